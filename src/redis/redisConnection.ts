import { Redis } from 'ioredis';

import type { Logger } from '../logger';

/** Longest pause between two reconnection attempts while Redis is down. */
const MAX_RECONNECT_DELAY_MS = 2_000;
/**
 * A command that has no answer after this long fails, and its caller falls back (the page cache to
 * this process's memory). Redis answers in well under a millisecond on a healthy network; a second
 * bounds what a stalled server adds to a GraphQL request.
 */
const COMMAND_TIMEOUT_MS = 1_000;

/**
 * One connection to REDIS_URL, shared by what this process keeps in Redis. Redis is never required
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
    logger.warn({ err: { message: error.message } }, 'Redis unavailable: serving from this process alone until it is back (page cache in memory)');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis available again');
  });
  return redis;
}
