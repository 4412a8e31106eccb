import { LRUCache } from 'lru-cache';

import type { JsonValue, Page, PageRequest } from '../providers/types';
import { stableStringify } from './fingerprint';

export type CachedPage = Page<unknown, JsonValue>;

/**
 * Native pages kept for the next requests of a traversal, so they do not wait for the provider:
 * the pages after a page-boundary `endCursor` (read ahead while the client receives the current
 * page), or the page a mid-page `endCursor` points into (already read, kept instead of refetched).
 *
 * Entries are single-use, bounded in number and age, and keyed by the exact native position
 * (resource, filter/sort fingerprint, token, direction, size). A gateway holds one cache per set of
 * provider credentials (resources are provider-prefixed), so a page is never served to a client of
 * other credentials. It is an optimisation only: a miss (another instance without a shared store,
 * an expired entry, a failed prefetch) reads the provider as usual, so no traversal depends on it.
 *
 * Asynchronous because a cache may be shared between instances (src/relay/sharedPageCache.ts).
 */
export interface PageCache {
  /** How many native pages past the one just served are read ahead (PREFETCH_DEPTH). */
  readonly prefetchDepth: number;
  /**
   * Removes and returns the page stored under `key`, waiting for it if its read is in flight; a
   * page is served once. `undefined`: nothing there, or its read failed (the caller reads it).
   */
  take(key: string): Promise<CachedPage | undefined>;
  /** Stores a page already read. */
  put(key: string, page: CachedPage): void;
  /**
   * Read-ahead: the page under `key` if it is already waiting or being read, else starts `read` and
   * stores it.
   */
  readAhead(key: string, read: () => Promise<CachedPage>): ReadAhead;
}

export interface ReadAhead {
  /** `undefined` when the page cannot be had (a failed or lost read): the read-ahead chain stops there. */
  readonly page: Promise<CachedPage | undefined>;
  /**
   * Settles once the read is started, or known to be another reader's: until then another instance
   * sharing the cache would not know it is under way (sharedPageCache.ts), so a response waits for it.
   */
  readonly started: Promise<void>;
}

export interface PageCacheOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
  readonly prefetchDepth: number;
  /** Told whether each `take` found a page (metrics); the cache itself knows no metrics. */
  readonly onTake?: ((found: boolean) => void) | undefined;
}

/** This process's pages, kept as promises so a read still in flight is shared, not repeated. */
export interface LocalPages {
  get(key: string): Promise<CachedPage> | undefined;
  /** Removes and returns. */
  take(key: string): Promise<CachedPage> | undefined;
  set(key: string, page: Promise<CachedPage>): Promise<CachedPage>;
}

export function createLocalPages(options: Pick<PageCacheOptions, 'maxEntries' | 'ttlMs'>): LocalPages {
  const entries = new LRUCache<string, Promise<CachedPage>>({ max: options.maxEntries, ttl: options.ttlMs });
  return {
    get: (key) => entries.get(key),
    take(key) {
      const page = entries.get(key);
      if (page !== undefined) entries.delete(key);
      return page;
    },
    set(key, page) {
      // A failed read-ahead must not surface as an unhandled rejection; `take` callers see the
      // failure and read the provider themselves.
      page.catch(() => undefined);
      entries.set(key, page);
      return page;
    },
  };
}

/** Settles to the page, or `undefined` when its read failed. */
export const pageOrNothing = (page: Promise<CachedPage>): Promise<CachedPage | undefined> => page.catch(() => undefined);

/** The page cache of one process (PREFETCH_PAGES without REDIS_URL). */
export function createPageCache(options: PageCacheOptions): PageCache {
  const pages = createLocalPages(options);
  return {
    prefetchDepth: options.prefetchDepth,
    async take(key) {
      const page = pages.take(key);
      options.onTake?.(page !== undefined);
      return page === undefined ? undefined : pageOrNothing(page);
    },
    put(key, page) {
      pages.set(key, Promise.resolve(page));
    },
    readAhead(key, read) {
      return { page: pageOrNothing(pages.get(key) ?? pages.set(key, read())), started: Promise.resolve() };
    },
  };
}

export function pageCacheKey(resource: string, fingerprint: string, request: PageRequest<JsonValue>): string {
  return `${resource}\u0000${fingerprint}\u0000${request.direction}\u0000${request.size}\u0000${stableStringify(request.token)}`;
}

/** The resource a key was made for (keys start with it; resources are provider-prefixed). */
export function resourceOfKey(key: string): string {
  return key.slice(0, key.indexOf('\u0000'));
}
