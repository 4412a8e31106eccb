import { randomUUID } from 'node:crypto';

import type { Redis } from 'ioredis';

import { createLogger } from '../../../../src/logger';
import type { BudgetStore } from '../../../../src/providers/http/rateLimit/budgetStore';
import { createRedisBudgetStore } from '../../../../src/providers/http/rateLimit/redisBudgetStore';
import { createRedisConnection } from '../../../../src/redis/redisConnection';
import { type RedisServer, startRedisServer } from '../../../helpers/redisServer';
import { describeWithRedis } from '../../../helpers/redisTests';

describeWithRedis('createRedisBudgetStore: one budget for every instance (REDIS_URL)', (redisUrl) => {
  /** Each store on a connection of its own, as each instance has. */
  const connections: Redis[] = [];
  /** A store as an instance has it after startup: connected. */
  const store = async (): Promise<BudgetStore> => {
    const connection = createRedisConnection(redisUrl, createLogger('silent'));
    connections.push(connection);
    const created = createRedisBudgetStore(connection);
    await created.ready(60_000);
    expect(created.degraded()).toBe(false);
    return created;
  };
  afterAll(() => {
    for (const connection of connections) connection.disconnect();
  });

  it('counts two instances’ calls in one sliding window per account', async () => {
    const key = `zendesk:${randomUUID()}`;
    const limit = { requests: 3, perSeconds: 60 };
    const [first, second] = [(await store()).limiter(key, limit), (await store()).limiter(key, limit)];
    const answers = [await first.take(), await second.take(), await first.take(), await second.take()];
    expect(answers.slice(0, 3)).toEqual([{ granted: true }, { granted: true }, { granted: true }]);
    // Full for both: room comes when the first call leaves the 61 s window.
    expect(answers[3]).toEqual({ granted: false, waitMs: expect.any(Number) });
    const { waitMs } = answers[3] as { waitMs: number };
    expect(waitMs).toBeGreaterThan(0);
    expect(waitMs).toBeLessThanOrEqual(61_000);
  });

  it('keeps another account’s budget apart', async () => {
    const limit = { requests: 1, perSeconds: 60 };
    const shared = await store();
    expect(await shared.limiter(`front:${randomUUID()}`, limit).take()).toEqual({ granted: true });
    expect(await shared.limiter(`front:${randomUUID()}`, limit).take()).toEqual({ granted: true });
  });

  it('applies a learned, smaller limit to the shared window', async () => {
    const key = `intercom:${randomUUID()}`;
    const limiter = (await store()).limiter(key, { requests: 5, perSeconds: 60 });
    await limiter.take();
    await limiter.take();
    limiter.setLimit({ requests: 2, perSeconds: 60 });
    expect(await limiter.take()).toMatchObject({ granted: false });
  });

  describe('Redis lost and back (a redis-server of this test’s own)', () => {
    let redis: RedisServer;
    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterAll(() => redis.stop());

    it('counts locally while Redis is gone, says it is degraded, warns once, and shares again once Redis is back', async () => {
      const logged: Array<{ level: number; msg: string }> = [];
      let lost: () => void = () => undefined;
      let restored: () => void = () => undefined;
      const lostOnce = new Promise<void>((resolve) => (lost = resolve));
      const restoredOnce = new Promise<void>((resolve) => (restored = resolve));
      const logger = createLogger('info', {
        write: (line: string) => {
          const entry = JSON.parse(line) as { level: number; msg: string };
          logged.push(entry);
          if (entry.msg.startsWith('Redis unavailable')) lost();
          if (entry.msg === 'Redis available again') restored();
        },
      });
      const connection = createRedisConnection(redis.url, logger);
      connections.push(connection);
      const degradable = createRedisBudgetStore(connection);
      const limiter = degradable.limiter(`zendesk:${randomUUID()}`, { requests: 100, perSeconds: 60 });
      await degradable.ready(60_000);
      expect(degradable.degraded()).toBe(false);
      expect(await limiter.take()).toEqual({ granted: true });

      await redis.kill();
      await lostOnce;
      expect(degradable.degraded()).toBe(true);
      // Served from the insurance budget, in this process, without waiting for Redis.
      for (let call = 0; call < 5; call += 1) expect(await limiter.take()).toEqual({ granted: true });

      await redis.restart();
      await restoredOnce;
      expect(degradable.degraded()).toBe(false);
      expect(await limiter.take()).toEqual({ granted: true });
      // However many reconnects failed in between: one warning, one recovery, from the process's one connection.
      expect(logged.map((entry) => entry.msg)).toEqual([
        'Redis unavailable: rate budgets and caches are kept in this process alone until it is back',
        'Redis available again',
      ]);
    });
  });
});
