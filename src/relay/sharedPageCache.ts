import { createHash } from 'node:crypto';

import {
  type CachedPage,
  createLocalPages,
  type PageCache,
  type PageCacheOptions,
  pageOrNothing,
  resourceOfKey,
} from './pageCache';

/** What a lookup in the shared store found: the serialised page, or whether an instance is reading it. */
export type StoredLookup = { readonly page: string } | { readonly page: null; readonly pending: boolean };

/**
 * Where pages are shared between instances (Redis: src/redis/redisPageStore.ts). Keys are already
 * namespaced by account and hashed. Every call may fail (the store is down): the cache then works
 * from this process's memory.
 */
export interface PageStore {
  /** Whether calls can be made now; false: they would fail at once. */
  readonly ready: boolean;
  /** Removes and returns the page (and its claim); on a miss, whether a claim says it is being read. */
  take(key: string): Promise<StoredLookup>;
  /** Like take, without removing: the read-ahead chain needs a page's next token. */
  peek(key: string): Promise<StoredLookup>;
  /** Claims the read of a page for this instance; false when another instance holds or stored it. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  save(key: string, page: string, ttlMs: number): Promise<void>;
  /** Drops a claim whose read failed, so others read the page themselves. */
  release(key: string): Promise<void>;
  /**
   * Drops the page and its claim: this instance serves it from its own memory. False when neither
   * was there: another instance served it already (or it expired).
   */
  discard(key: string): Promise<boolean>;
}

export interface SharedPageCacheOptions extends PageCacheOptions {
  readonly store: PageStore;
  /**
   * The account a resource's pages belong to (a hash of the provider's base URL and credentials),
   * so instances of other credentials sharing the store never see each other's pages.
   */
  namespaceOf(resource: string): string;
  /** How long a request waits for a page another instance is reading ahead (PAGE_CACHE_WAIT_MS). */
  readonly waitMs: number;
}

/**
 * How often a waiting request asks the store again. A read-ahead lands one provider call after it
 * started (tens to hundreds of ms); a few ms of polling cost one small Redis command each.
 */
const POLL_MS = 3;

/** Longest a response waits for its read-ahead's claim to reach the store. */
const CLAIM_WAIT_MS = 50;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page cache shared between instances (REDIS_URL): instance B serves the page instance A read
 * ahead, so a traversal whose requests a load balancer spreads over instances keeps its read-ahead.
 *
 * Each instance keeps its own pages in memory too and mirrors them into the store once read; it
 * serves its own copy (no parsing) after removing the stored one, unless another instance served
 * the page already. A read-ahead first claims its page in the store, so
 * instances never read the same page ahead twice; an instance that finds a page claimed but not
 * yet stored waits for it up to `waitMs` (polling) rather than reading it again, since the
 * read-ahead is in flight exactly when a fast client asks for that page. After `waitMs` (a slow
 * provider, or the reading instance died) it reads the provider itself: a wasted call, never a
 * wrong page. Pages are single-use: whoever serves one removes it from the store.
 *
 * When the store fails or is down, every call falls back to the memory of this process, which
 * keeps serving; the store is used again as soon as it is back.
 */
export function createSharedPageCache(options: SharedPageCacheOptions): PageCache {
  const { store } = options;
  const local = createLocalPages(options);
  const sharedKey = (key: string): string =>
    `${options.namespaceOf(resourceOfKey(key))}:${createHash('sha256').update(key).digest('base64url')}`;
  /** Runs a store call; `fallback` when the store is down or the call fails. */
  const attempt = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    if (!store.ready) return fallback;
    try {
      return await work();
    } catch {
      return fallback;
    }
  };
  const waitFor = async (lookup: (key: string) => Promise<StoredLookup>, key: string): Promise<CachedPage | undefined> => {
    const deadline = Date.now() + options.waitMs;
    for (;;) {
      const found = await lookup(key);
      if (found.page !== null) return parsePage(found.page);
      if (!found.pending || Date.now() >= deadline) return undefined;
      await sleep(POLL_MS);
    }
  };
  /**
   * Stores a page in the shared store once read. Serialising reads every record of a page whose
   * records are parsed lazily (src/providers/deferredNodes.ts), so it waits for the next turn of
   * the event loop: the read-ahead of the following page has left by then.
   */
  const mirror = (key: string, shared: string, page: Promise<CachedPage>): void => {
    page.then(
      (read) =>
        setTimeout(() => {
          // Served by this instance meanwhile (its claim is gone with it): nothing to share.
          if (local.get(key) !== page) return;
          void attempt(() => store.save(shared, JSON.stringify(read), options.ttlMs), undefined);
        }, 0),
      () => void attempt(() => store.release(shared), undefined),
    );
  };
  return {
    prefetchDepth: options.prefetchDepth,
    async take(key) {
      const own = local.take(key);
      const shared = sharedKey(key);
      // This instance's own copy, unless another instance served the page already (single use).
      // The store being down counts as unserved: each instance then works alone.
      if (own !== undefined && (await attempt(() => store.discard(shared), true))) {
        options.onTake?.(true);
        return pageOrNothing(own);
      }
      const page = await attempt(() => waitFor((k) => store.take(k), shared), undefined);
      options.onTake?.(page !== undefined);
      return page;
    },
    put(key, page) {
      const kept = local.set(key, Promise.resolve(page));
      if (store.ready) mirror(key, sharedKey(key), kept);
    },
    readAhead(key, read) {
      const own = local.get(key);
      if (own !== undefined) return { page: pageOrNothing(own), started: Promise.resolve() };
      if (!store.ready) return { page: pageOrNothing(local.set(key, read())), started: Promise.resolve() };
      const shared = sharedKey(key);
      // A store that fails here counts as claimed: the page is read by this instance, as without one.
      const claimed = attempt(() => store.claim(shared, options.ttlMs), true);
      const page = claimed.then((mine): Promise<CachedPage | undefined> => {
        if (!mine) return attempt(() => waitFor((k) => store.peek(k), shared), undefined);
        // Another read of this instance may have started it while the claim was on its way.
        const started = local.get(key);
        if (started !== undefined) return pageOrNothing(started);
        const reading = local.set(key, read());
        mirror(key, shared, reading);
        return pageOrNothing(reading);
      });
      // The response waits for the claim (a Redis round trip, well under a millisecond), but never
      // long on a stalled store: other instances then merely read the page again.
      return { page, started: Promise.race([claimed.then(() => undefined), sleep(CLAIM_WAIT_MS)]) };
    },
  };
}

/** A page as stored: JSON of a Page (records are plain JSON models; optional fields absent, not undefined). */
function parsePage(text: string): CachedPage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const page = value as Partial<Record<keyof CachedPage, unknown>>;
  if (!Array.isArray(page.nodes) || !('nextToken' in page) || !('previousToken' in page)) return undefined;
  return value as CachedPage;
}
