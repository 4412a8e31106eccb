import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { type FederationGateway, startFederationGateway } from '../helpers/federationGateway';
import { startRedisServer, type RedisServer } from '../helpers/redisServer';
import { type RoundRobinProxy, startRoundRobinProxy } from '../helpers/roundRobinProxy';
import { readAheadSettled, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import type { ConnectionPage } from '../helpers/traverse';

/**
 * Issue 23, as deployed: two stateless instances sharing one Redis, behind a load balancer that
 * sends each request to the next instance, behind `@apollo/gateway`. A client traversal through the
 * gateway alternates between the instances page by page. This test starts a redis-server of its
 * own, so it always runs.
 */
const TICKETS = 730;
const PAGES = Math.ceil(TICKETS / 100);
const QUERY = `query Page($after: String) {
  zendesk { tickets(first: 100, after: $after) { edges { cursor node { nativeId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`;

describe('two instances behind a round-robin balancer and @apollo/gateway, sharing Redis', () => {
  let redis: RedisServer;
  let simulator: ZendeskSimulator;
  let instances: TestGateway[];
  let balancer: RoundRobinProxy;
  let gateway: FederationGateway;

  beforeAll(async () => {
    redis = await startRedisServer();
    simulator = await startZendeskSimulator({ sizes: { tickets: TICKETS, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    // Same account, same CURSOR_SECRET (startTestGateway's) and same Redis: one deployment.
    instances = [await startTestGateway({ ...zendeskEnv(simulator), REDIS_URL: redis.url }), await startTestGateway({ ...zendeskEnv(simulator), REDIS_URL: redis.url })];
    // Each instance connects to Redis in the background; a traversal before both can use it would
    // (correctly) read some pages twice, which is not what this test is about.
    for (const instance of instances) {
      for (let attempt = 0; attempt < 500 && instance.runtime.redis?.status !== 'ready'; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(instance.runtime.redis?.status).toBe('ready');
    }
    balancer = await startRoundRobinProxy(instances.map((instance) => instance.runtime.url));
    gateway = await startFederationGateway([{ name: 'helpdesk', url: `${balancer.url}/graphql` }]);
  });
  afterAll(async () => {
    await gateway.stop();
    await balancer.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await simulator.close();
    await redis.stop();
  });

  it('returns every ticket exactly once, each page read from Zendesk once: pages read ahead by one instance are served by the other', async () => {
    for (const instance of instances) await readAheadSettled(instance, simulator);
    simulator.requests.clear();
    const servedBefore = balancer.servedBy.length;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: Awaited<ReturnType<typeof gateway.query<{ zendesk: { tickets: ConnectionPage } }>>> = await gateway.query<{ zendesk: { tickets: ConnectionPage } }>(QUERY, { after });
      expect(response.errors).toBeUndefined();
      const page = response.data?.zendesk.tickets;
      if (page === undefined) throw new Error('no page');
      ids.push(...page.edges.map((edge) => edge.node.nativeId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    for (const instance of instances) await readAheadSettled(instance, simulator);
    expect(ids).toEqual([...simulator.data.tickets].sort((x, y) => x.id - y.id).map((ticket) => String(ticket.id)));
    // The balancer alternated: consecutive pages went to different instances.
    const served = balancer.servedBy.slice(servedBefore);
    expect(served).toHaveLength(PAGES);
    for (let index = 1; index < served.length; index += 1) expect(served[index]).not.toBe(served[index - 1]);
    // Every native page read from Zendesk exactly once, across both instances.
    const pageQueries = simulator.requests.entries.filter((entry) => entry.path.startsWith('/api/v2/tickets')).map((entry) => entry.query);
    expect(pageQueries).toHaveLength(PAGES);
    expect(new Set(pageQueries).size).toBe(PAGES);
    // And both instances served pages the other had read ahead.
    for (const instance of instances) {
      const hits = await instance.runtime.gateway.metrics.registry.getSingleMetric('page_cache_hits_total')?.get();
      expect(hits?.values.reduce((sum, value) => sum + value.value, 0) ?? 0).toBeGreaterThan(0);
    }
  });
});
