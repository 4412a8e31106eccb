import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import type { BudgetStore, TakeResult, WindowLimiter } from './budgetStore';
import type { RateLimit } from './parseRateLimit';
import { windowMs } from './slidingWindow';

/**
 * The sliding-window log of slidingWindow.ts, in Redis, for every instance at once. It replaces
 * rate-limiter-flexible's fixed-window script (`customIncrTtlLuaScript`), whose windows start at
 * each key's first call: against a provider's own window, two misaligned fixed windows let up to
 * twice the limit through around a boundary, and the provider answers 429.
 *
 * rate-limiter-flexible calls it with KEYS[1] = the key and ARGV = points to take (always 1 here),
 * whole seconds, the limiter's `points` (the budget's requests) and `duration` (the window in
 * seconds, with its guard: fractional). It must answer {consumed, ms}: consumed above `points`
 * is a refusal and `ms` the wait before the next call may go; a refusal is not recorded, so
 * waiting callers never fill the window. The time is Redis's own (TIME), one clock for all
 * instances; each entry's member is unique (the microsecond and the count before it), and the key
 * expires once its last entry would have left the window.
 */
const SLIDING_WINDOW_SCRIPT = `
local key = KEYS[1]
local limit = tonumber(ARGV[3])
local span = tonumber(ARGV[4]) * 1000
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - span)
local count = redis.call('ZCARD', key)
if count < limit then
  redis.call('ZADD', key, now, time[1] .. '.' .. time[2] .. ':' .. count)
  redis.call('PEXPIRE', key, math.ceil(span))
  return {count + 1, math.ceil(span)}
end
local blocking = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
return {limit + 1, math.max(1, math.ceil(tonumber(blocking[2]) + span - now))}
`;

/**
 * Budgets in Redis (REDIS_URL), shared by every instance that names the same account. `client` is
 * the process's one Redis connection (src/redis/redisConnection.ts), shared with the caches: it
 * fails commands fast while Redis is out of reach (no offline queue, a short command timeout: a
 * budget check sits before every upstream call), reconnects by itself, and logs each outage once.
 * The store does not own it: the runtime closes it.
 *
 * Redis loss: rate-limiter-flexible is told not to send anything while the connection is not ready
 * (`rejectIfRedisNotReady`), so a call is never held by a dead Redis: it is counted by the
 * insurance limiter, a RateLimiterMemory with the same budget, in this process (a fixed window:
 * looser than the sliding one, for the outage only). From the connection's `ready` on, calls are
 * counted in Redis again. While degraded, each instance spends the whole budget on its own (it
 * cannot know how many others there are): the provider's 429s, their Retry-After and the adaptive
 * headers (rateBudget.ts) carry the excess.
 */
export function createRedisBudgetStore(client: Redis): BudgetStore {
  return {
    limiter: (key, limit) => createRedisLimiter(client, key, limit),
    shared: true,
    ready(timeoutMs) {
      if (client.status === 'ready') return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          client.off('ready', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        timer.unref();
        client.once('ready', done);
      });
    },
    degraded: () => client.status !== 'ready',
    close: () => Promise.resolve(),
  };
}

function createRedisLimiter(client: Redis, key: string, limit: RateLimit): WindowLimiter {
  const insurance = new RateLimiterMemory({ points: limit.requests, duration: windowMs(limit) / 1000 });
  const limiter = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: 'helpdesk-graph:rate',
    points: limit.requests,
    duration: windowMs(limit) / 1000,
    customIncrTtlLuaScript: SLIDING_WINDOW_SCRIPT,
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  });
  return {
    async take(): Promise<TakeResult> {
      try {
        await limiter.consume(key);
        return { granted: true };
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { granted: false, waitMs: Math.max(1, refusal.msBeforeNext) };
        // Both Redis and the insurance failed (the insurance is memory, so: never). Let the call go
        // rather than fail a request for want of a counter; the provider's own limit still stands.
        return { granted: true };
      }
    },
    setLimit(learned) {
      for (const each of [limiter, insurance]) {
        each.points = learned.requests;
        each.duration = windowMs(learned) / 1000;
      }
    },
  };
}
