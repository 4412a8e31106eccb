import { Redis } from 'ioredis';

import type { Logger } from '../logger';

/** Longest pause between two reconnection attempts while Redis is down. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/**
 * A command that has no answer after this long fails, and its caller falls back to this process
 * (the rate budget counts the call locally, the page cache keeps pages in memory). A budget check
 * sits before every upstream call, so a Redis that hangs, not only one that is gone, must not hold
 * them: 500 ms is ~1,000 round trips on a LAN, where Redis answers in well under a millisecond.
 */
const COMMAND_TIMEOUT_MS = 500;

/**
 * One connection to REDIS_URL, shared by everything this process keeps in Redis: the provider rate
 * budgets, the page cache, reference lists and persisted queries. Redis is never required
 * to serve: commands fail fast while it is down (no offline queue, no retry of a command), callers
 * fall back, and the client reconnects by itself with a growing delay. Down and back are each
 * logged once per outage; the URL is never logged (it may hold a password).
 */
export function createRedisConnection(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** Math.min(attempt, 10), MAX_RECONNECT_DELAY_MS),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: { message: error.message } }, 'Redis unavailable: rate budgets and caches are kept in this process alone until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis available again');
  });
  return redis;
}
