import { LRUCache } from 'lru-cache';

import type { JsonValue, Page, PageRequest } from '../providers/types';
import { stableStringify } from './fingerprint';

/**
 * Native pages kept for the next request of a traversal, so it does not wait for the provider:
 * the page after a page-boundary `endCursor` (prefetched while the client receives the current
 * page), or the page a mid-page `endCursor` points into (already read, kept instead of refetched).
 *
 * Entries are single-use, bounded in number and age, and keyed by the exact native position
 * (resource, filter/sort fingerprint, token, direction, size). A gateway holds one cache per set of
 * provider credentials (resources are provider-prefixed), so a page is never served to a client of
 * other credentials. It is an optimisation only: a miss (another instance, an expired entry, a
 * failed prefetch) reads the provider as usual, so no traversal depends on instance-local state.
 */
export interface PageCache {
  /** Removes and returns the page stored under `key`, if any. */
  take(key: string): Promise<Page<unknown, JsonValue>> | undefined;
  put(key: string, page: Promise<Page<unknown, JsonValue>>): void;
}

export interface PageCacheOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const entries = new LRUCache<string, Promise<Page<unknown, JsonValue>>>({ max: options.maxEntries, ttl: options.ttlMs });
  return {
    take(key) {
      const page = entries.get(key);
      if (page !== undefined) entries.delete(key);
      return page;
    },
    put(key, page) {
      // A failed prefetch must not surface as an unhandled rejection; `take` callers see the
      // failure and read the provider themselves.
      page.catch(() => undefined);
      entries.set(key, page);
    },
  };
}

export function pageCacheKey(resource: string, fingerprint: string, request: PageRequest<JsonValue>): string {
  return `${resource}\u0000${fingerprint}\u0000${request.direction}\u0000${request.size}\u0000${stableStringify(request.token)}`;
}
