import { Writable } from 'node:stream';

import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startRedisServer, type RedisServer } from '../helpers/redisServer';
import { readAheadSettled, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { type ConnectionPage, fetchPage } from '../helpers/traverse';

/**
 * Issue 23: two gateway instances behind a load balancer share the page cache through Redis
 * (REDIS_URL), so the page one instance read ahead is served by the other. These tests start a
 * redis-server of their own on a free port (never the shared one), so they always run.
 */
const TICKETS = 1_050;
const PAGES = Math.ceil(TICKETS / 100);

/** Page cache lookups that found a page, from the gateway's own metrics. */
async function cacheHits(gateway: TestGateway): Promise<number> {
  const metric = await gateway.runtime.gateway.metrics.registry.getSingleMetric('page_cache_hits_total')?.get();
  return metric?.values.reduce((sum, value) => sum + value.value, 0) ?? 0;
}

/** Ticket page requests as the simulator logged them (the query names the page: page[after]). */
const ticketQueries = (simulator: ZendeskSimulator): string[] =>
  simulator.requests.entries.filter((entry) => entry.path.startsWith('/api/v2/tickets')).map((entry) => entry.query);

/** Records a gateway's log lines, to check what it says when Redis goes away. */
function logSink(): { lines: Array<Record<string, unknown>>; stream: Writable } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

async function alternate(gateways: ReadonlyArray<TestGateway>, between?: (request: number) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let request = 0; ; request += 1) {
    const gateway = gateways[request % gateways.length] as TestGateway;
    const page: ConnectionPage = await fetchPage(gateway, 'zendesk', 'tickets', { first: 100, after });
    ids.push(...page.edges.map((edge) => edge.node.nativeId));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
    await between?.(request);
  }
}

describe('page cache shared through Redis (REDIS_URL), two gateway instances', () => {
  let redis: RedisServer;
  let simulator: ZendeskSimulator;
  let a: TestGateway;
  let b: TestGateway;
  const bLog = logSink();
  const allIds = () => [...simulator.data.tickets].sort((x, y) => x.id - y.id).map((ticket) => String(ticket.id));

  beforeAll(async () => {
    redis = await startRedisServer();
    simulator = await startZendeskSimulator({ sizes: { tickets: TICKETS, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    // Same provider account, same CURSOR_SECRET (startTestGateway's), same Redis: one deployment.
    a = await startTestGateway({ ...zendeskEnv(simulator), REDIS_URL: redis.url });
    b = await startTestGateway({ ...zendeskEnv(simulator), REDIS_URL: redis.url }, bLog.stream);
    for (const gateway of [a, b]) {
      // Each gateway connects in the background; wait until both can use Redis.
      for (let attempt = 0; attempt < 500 && !redisReady(gateway); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(redisReady(gateway)).toBe(true);
    }
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await simulator.close();
    await redis.stop();
  });
  beforeEach(async () => {
    await readAheadSettled(a, simulator);
    await readAheadSettled(b, simulator);
    simulator.requests.clear();
  });

  it('a traversal alternating between the instances page by page gets every record once, and each page is read from Zendesk once', async () => {
    const hitsBefore = [await cacheHits(a), await cacheHits(b)];
    const ids = await alternate([a, b]);
    await readAheadSettled(a, simulator);
    await readAheadSettled(b, simulator);
    expect(ids).toEqual(allIds());
    // Every page once: the pages one instance read ahead were served by the other, not read again.
    const queries = ticketQueries(simulator);
    expect(queries).toHaveLength(PAGES);
    expect(new Set(queries).size).toBe(PAGES);
    // Pages 1 and 2 are read by the requests that asked for them (no read-ahead after a first
    // request); pages 3..11 come from the cache, requests alternating between A and B.
    const hits = [(await cacheHits(a)) - (hitsBefore[0] ?? 0), (await cacheHits(b)) - (hitsBefore[1] ?? 0)];
    expect(hits[0]! + hits[1]!).toBe(PAGES - 2);
    expect(hits[0]).toBeGreaterThan(0);
    expect(hits[1]).toBeGreaterThan(0);
  });

  it('serves B the pages A read ahead even when B is asked before they arrive (B waits for them)', async () => {
    // No pause between requests: each page is asked for while the other instance still reads it.
    const ids = await alternate([a, b, b, a]);
    await readAheadSettled(a, simulator);
    await readAheadSettled(b, simulator);
    expect(ids).toEqual(allIds());
    expect(ticketQueries(simulator)).toHaveLength(PAGES);
  });

  it('keeps serving when Redis dies mid-traversal (each instance falls back to its memory), warns once, and uses Redis again once it is back', async () => {
    const ids = await alternate([a, b], async (request) => {
      if (request === 3) await redis.stop();
    });
    expect(ids).toEqual(allIds());

    // Still down: a whole traversal on two instances works, read-ahead served from each one's memory.
    expect(await alternate([a, b])).toEqual(allIds());
    const warnings = () => bLog.lines.filter((line) => line.level === 40 && String(line.msg).startsWith('Redis unavailable'));
    // The client notices the loss on its first reconnection attempt; give it a moment.
    for (let attempt = 0; attempt < 200 && warnings().length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    // Once per outage, however many reconnection attempts fail.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(warnings()).toHaveLength(1);
    expect(JSON.stringify(bLog.lines)).not.toContain(redis.url);

    await redis.restart();
    for (const gateway of [a, b]) {
      for (let attempt = 0; attempt < 500 && !redisReady(gateway); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await readAheadSettled(a, simulator);
    await readAheadSettled(b, simulator);
    simulator.requests.clear();
    expect(await alternate([a, b])).toEqual(allIds());
    await readAheadSettled(a, simulator);
    await readAheadSettled(b, simulator);
    expect(ticketQueries(simulator)).toHaveLength(PAGES);
    expect(bLog.lines.some((line) => line.msg === 'Redis available again')).toBe(true);
  });
});

/** Whether a gateway has its Redis connection up (it connects in the background). */
function redisReady(gateway: TestGateway): boolean {
  return gateway.runtime.redis?.status === 'ready';
}

describe('without REDIS_URL', () => {
  it('each instance reads ahead for itself only: a traversal alternating between two reads the pages the other read ahead again', async () => {
    const simulator = await startZendeskSimulator({ sizes: { tickets: 500, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    const a = await startTestGateway(zendeskEnv(simulator));
    const b = await startTestGateway(zendeskEnv(simulator));
    try {
      const ids = await alternate([a, b]);
      expect(ids).toHaveLength(500);
      expect(a.runtime.redis).toBeUndefined();
      await readAheadSettled(a, simulator);
      await readAheadSettled(b, simulator);
      // 500 tickets: 5 full pages and Zendesk's empty 6th. Pages 1 and 2 are read when asked for;
      // from request 2 on each instance reads two pages ahead for itself, which the next request,
      // served by the other instance, cannot see: every page from 3 on is read twice.
      const counts = new Map<string, number>();
      for (const query of ticketQueries(simulator)) counts.set(query, (counts.get(query) ?? 0) + 1);
      expect([...counts.values()]).toEqual([1, 1, 2, 2, 2, 2]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await simulator.close();
    }
  });
});
