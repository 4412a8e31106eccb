import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/** Keys of this gateway in a Redis it may share with other applications. */
const KEY_PREFIX = 'helpdesk-graph:apq:';

/**
 * The cache of automatic persisted queries (APQ: query text by its SHA-256), shared by every
 * instance through REDIS_URL, so a query registered on one instance is found by hash on the others
 * (behind a load balancer the hash-only retry rarely reaches the instance that stored it). Apollo
 * Server adds its own `apq:` prefix and the TTL.
 *
 * Redis loss: every entry is also kept in this process (Apollo's bounded in-memory LRU, the cache it
 * uses by default), and a failed Redis command falls back to it, so an instance keeps answering the
 * hashes it has seen; a hash it has not seen gets `PERSISTED_QUERY_NOT_FOUND`, which APQ clients
 * answer by sending the query again.
 */
export function createSharedQueryCache(redis: Redis): KeyValueCache<string> {
  const local = new InMemoryLRUCache<string>();
  return {
    async get(key) {
      try {
        const shared = await redis.get(KEY_PREFIX + key);
        return shared ?? (await local.get(key));
      } catch {
        return local.get(key);
      }
    },
    async set(key, value, options?: KeyValueCacheSetOptions) {
      await local.set(key, value, options);
      const ttl = options?.ttl;
      try {
        if (typeof ttl === 'number' && ttl > 0) await redis.set(KEY_PREFIX + key, value, 'EX', Math.ceil(ttl));
        else await redis.set(KEY_PREFIX + key, value);
      } catch {
        // Kept locally; another instance asks its client for the query text.
      }
    },
    async delete(key) {
      await local.delete(key);
      try {
        await redis.del(KEY_PREFIX + key);
      } catch {
        // Gone from this process; Redis drops it at its TTL.
      }
    },
  };
}
