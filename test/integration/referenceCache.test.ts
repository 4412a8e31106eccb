import { type IntercomSimulator, startIntercomSimulator } from '../../src/providers/intercom/simulator';
import { startRedisServer, type RedisServer } from '../helpers/redisServer';
import { intercomEnv, startTestGateway, type TestGateway } from '../helpers/testGateway';

/** Issue 23: reference lists (here Intercom's admins, teams, tags) kept between requests for REFERENCE_CACHE_TTL_MS. */
const QUERY = '{ intercom { admins { nativeId } teams { nativeId } tags { nativeId } } }';

const listCalls = (simulator: IntercomSimulator) => simulator.requests.entries.map((entry) => entry.path).sort();

async function ask(gateway: TestGateway): Promise<unknown> {
  const response = await gateway.query<{ intercom: unknown }>(QUERY);
  expect(response.errors).toBeUndefined();
  return response.data;
}

describe('reference cache over HTTP (Intercom admins, teams, tags)', () => {
  let simulator: IntercomSimulator;
  beforeAll(async () => {
    simulator = await startIntercomSimulator();
  });
  afterAll(() => simulator.close());
  beforeEach(() => simulator.requests.clear());

  it('reads each list once per request by default (REFERENCE_CACHE_TTL_MS=0)', async () => {
    const gateway = await startTestGateway(intercomEnv(simulator));
    try {
      await ask(gateway);
      await ask(gateway);
      expect(listCalls(simulator)).toEqual(['/admins', '/admins', '/tags', '/tags', '/teams', '/teams']);
    } finally {
      await gateway.stop();
    }
  });

  it('with a TTL, serves the next requests from memory: one call per list', async () => {
    const gateway = await startTestGateway({ ...intercomEnv(simulator), REFERENCE_CACHE_TTL_MS: '600000' });
    try {
      const first = await ask(gateway);
      expect(await ask(gateway)).toEqual(first);
      expect(listCalls(simulator)).toEqual(['/admins', '/tags', '/teams']);
    } finally {
      await gateway.stop();
    }
  });

  describe('with REDIS_URL (a redis-server of the test’s own)', () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(() => redis.stop());

    it('shares the lists between instances of the same account: one call per list for both, the same answer', async () => {
      const env = { ...intercomEnv(simulator), REFERENCE_CACHE_TTL_MS: '600000', REDIS_URL: redis.url };
      const [a, b] = [await startTestGateway(env), await startTestGateway(env)];
      try {
        for (const gateway of [a, b]) {
          for (let attempt = 0; attempt < 500 && gateway.runtime.redis?.status !== 'ready'; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
          expect(gateway.runtime.redis?.status).toBe('ready');
        }
        const fromA = await ask(a);
        // The lists are written to Redis once read: wait until all three have landed.
        const stored = async () => (await a.runtime.redis?.keys('helpdesk-graph:reference:*'))?.length ?? 0;
        for (let attempt = 0; attempt < 200 && (await stored()) < 3; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 5));
        expect(await stored()).toBe(3);
        expect(await ask(b)).toEqual(fromA);
        expect(listCalls(simulator)).toEqual(['/admins', '/tags', '/teams']);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });

    it('keeps serving from each instance’s memory when Redis is down', async () => {
      const env = { ...intercomEnv(simulator), REFERENCE_CACHE_TTL_MS: '600000', REDIS_URL: 'redis://127.0.0.1:1' };
      const gateway = await startTestGateway(env);
      try {
        await ask(gateway);
        await ask(gateway);
        expect(listCalls(simulator)).toEqual(['/admins', '/tags', '/teams']);
      } finally {
        await gateway.stop();
      }
    });
  });
});
