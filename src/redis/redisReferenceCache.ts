import type { Redis } from 'ioredis';

import type { ReferenceCache } from '../providers/referenceCache';

const PREFIX = 'helpdesk-graph:reference:';

export interface SharedReferenceCacheOptions {
  readonly redis: Redis;
  readonly ttlMs: number;
  /** The provider account of a resource (src/runtime/providerAccounts.ts). */
  namespaceOf(resource: string): string;
  /** Used while Redis is down or fails: this process's own cache. */
  readonly fallback: ReferenceCache;
}

/**
 * Reference lists shared between instances: stored as JSON under the provider account and the
 * list's name, expiring after REFERENCE_CACHE_TTL_MS, so one instance's read serves every instance
 * of the same account until then. Redis down or failing: the process's own cache serves.
 */
export function createSharedReferenceCache(options: SharedReferenceCacheOptions): ReferenceCache {
  const { redis } = options;
  const keyOf = (name: string): string => `${PREFIX}${options.namespaceOf(name)}:${name}`;
  return {
    async get<T>(name: string, load: () => Promise<T>): Promise<T> {
      if (redis.status !== 'ready') return options.fallback.get(name, load);
      let stored: string | null;
      try {
        stored = await redis.get(keyOf(name));
      } catch {
        return options.fallback.get(name, load);
      }
      // Stored by this code under this name from a list of the same type (see ReferenceCache).
      if (stored !== null) return JSON.parse(stored) as T;
      const value = await load();
      redis.set(keyOf(name), JSON.stringify(value), 'PX', options.ttlMs).catch(() => undefined);
      return value;
    },
  };
}
