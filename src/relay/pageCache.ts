import { LRUCache } from 'lru-cache';

import type { JsonValue, Page, PageRequest } from '../providers/types';
import { stableStringify } from './fingerprint';

type CachedPage = Promise<Page<unknown, JsonValue>>;

/**
 * Native pages kept for the next requests of a traversal, so they do not wait for the provider:
 * the pages after a page-boundary `endCursor` (read ahead while the client receives the current
 * page), or the page a mid-page `endCursor` points into (already read, kept instead of refetched).
 *
 * Entries are single-use, bounded in number and age, and keyed by the exact native position
 * (resource, filter/sort fingerprint, token, direction, size). A gateway holds one cache per set of
 * provider credentials (resources are provider-prefixed), so a page is never served to a client of
 * other credentials. It is an optimisation only: a miss (another instance, an expired entry, a
 * failed prefetch) reads the provider as usual, so no traversal depends on instance-local state.
 */
export interface PageCache {
  /** How many native pages past the one just served are read ahead (PREFETCH_DEPTH). */
  readonly prefetchDepth: number;
  /** Removes and returns the page stored under `key`, if any; a page is served once. */
  take(key: string): CachedPage | undefined;
  /** Stores a page already read. */
  put(key: string, page: CachedPage): void;
  /** Read-ahead: the page under `key` if it is already waiting or in flight, else starts `read` and stores it. */
  readAhead(key: string, read: () => CachedPage): CachedPage;
}

export interface PageCacheOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly prefetchDepth: number;
  /** Told whether each `take` found a page (metrics); the cache itself knows no metrics. */
  readonly onTake?: ((found: boolean) => void) | undefined;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const entries = new LRUCache<string, CachedPage>({ max: options.maxEntries, ttl: options.ttlMs });
  const store = (key: string, page: CachedPage): CachedPage => {
    // A failed read-ahead must not surface as an unhandled rejection; `take` callers see the
    // failure and read the provider themselves.
    page.catch(() => undefined);
    entries.set(key, page);
    return page;
  };
  return {
    prefetchDepth: options.prefetchDepth,
    take(key) {
      const page = entries.get(key);
      if (page !== undefined) entries.delete(key);
      options.onTake?.(page !== undefined);
      return page;
    },
    put(key, page) {
      store(key, page);
    },
    readAhead(key, read) {
      return entries.get(key) ?? store(key, read());
    },
  };
}

export function pageCacheKey(resource: string, fingerprint: string, request: PageRequest<JsonValue>): string {
  return `${resource}\u0000${fingerprint}\u0000${request.direction}\u0000${request.size}\u0000${stableStringify(request.token)}`;
}
