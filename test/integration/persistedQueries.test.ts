import { createHash } from 'node:crypto';

import { startRedisServer, type RedisServer } from '../helpers/redisServer';
import { startTestGateway, type TestGateway } from '../helpers/testGateway';

/**
 * Issue 23: automatic persisted queries (APQ) shared through Redis. A client registers a query on
 * one instance (hash + text) and sends the hash alone to another: with REDIS_URL the other knows
 * it. This test starts a redis-server of its own (never the shared one), so it always runs.
 */
const QUERY = '{ ok }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: HASH } };

async function post(gateway: TestGateway, body: Record<string, unknown>): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
  const response = await fetch(`${gateway.runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
}

const codesOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.map((error) => error.extensions?.code);

describe('automatic persisted queries across instances', () => {
  let redis: RedisServer;
  let a: TestGateway;
  let b: TestGateway;
  let alone: TestGateway;

  beforeAll(async () => {
    redis = await startRedisServer();
    a = await startTestGateway({ REDIS_URL: redis.url });
    b = await startTestGateway({ REDIS_URL: redis.url });
    alone = await startTestGateway({});
    // Each instance connects to Redis in the background (it serves without it meanwhile, each
    // keeping what it registers to itself); the sharing is what this test is about.
    for (const instance of [a, b]) {
      for (let attempt = 0; attempt < 500 && instance.runtime.redis?.status !== 'ready'; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(instance.runtime.redis?.status).toBe('ready');
    }
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop(), alone.stop()]);
    await redis.stop();
  });

  it('serves on instance B, by hash alone, a query registered on instance A', async () => {
    expect(codesOf(await post(b, { extensions: persisted }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(await post(a, { query: QUERY, extensions: persisted })).toEqual({ data: { ok: true } });
    // Apollo Server stores a registered query without waiting for the store (the answer does not
    // depend on it): wait until A's write has reached Redis, as a client's next request would.
    const stored = async () => ((await a.runtime.redis?.keys(`*${HASH}`)) ?? []).length > 0;
    for (let attempt = 0; attempt < 500 && !(await stored()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored()).toBe(true);
    expect(await post(b, { extensions: persisted })).toEqual({ data: { ok: true } });
  });

  it('keeps per-process APQ without REDIS_URL: another instance does not know the hash', async () => {
    expect(codesOf(await post(alone, { extensions: persisted }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('keeps answering the hashes an instance has seen while Redis is down', async () => {
    await redis.kill();
    try {
      expect(await post(a, { extensions: persisted })).toEqual({ data: { ok: true } });
      // B registered nothing itself: its client is asked for the text, and the query then works.
      const other = '{ __typename }';
      const otherHash = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(other).digest('hex') } };
      expect(codesOf(await post(b, { extensions: otherHash }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(await post(b, { query: other, extensions: otherHash })).toEqual({ data: { __typename: 'Query' } });
      expect(await post(b, { extensions: otherHash })).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await redis.restart();
    }
  });
});
