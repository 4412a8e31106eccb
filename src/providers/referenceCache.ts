/**
 * Reference data kept between requests (REFERENCE_CACHE_TTL_MS, issue 23): the small whole lists
 * that relations look records up in (Intercom admins, teams, tags; Front inboxes, teammates, tags;
 * Zendesk groups). They change rarely and every request that follows such a relation would
 * otherwise read the whole list again. Off by default (TTL 0): a cached list is up to the TTL old.
 *
 * Names are provider-prefixed resources ('intercom.admins'); one cache serves one set of provider
 * credentials (the gateway's), and a shared one (src/redis/redisReferenceCache.ts) keys them by
 * provider account too. Values must survive JSON (models are plain JSON).
 */
export interface ReferenceCache {
  /** The list under `name` while it is younger than the TTL, else `load()`, kept if it succeeds. */
  get<T>(name: string, load: () => Promise<T>): Promise<T>;
}

/** No caching: every request reads the provider (REFERENCE_CACHE_TTL_MS=0). */
export const noReferenceCache: ReferenceCache = { get: (_name, load) => load() };

/** The reference cache of one process; `now` is the clock (tests pass their own). */
export function createLocalReferenceCache(ttlMs: number, now: () => number = Date.now): ReferenceCache {
  const entries = new Map<string, { readonly expires: number; readonly value: Promise<unknown> }>();
  return {
    get<T>(name: string, load: () => Promise<T>): Promise<T> {
      const kept = entries.get(name);
      // A name always holds the same list, loaded by the same code: the type it was stored with.
      if (kept !== undefined && kept.expires > now()) return kept.value as Promise<T>;
      const value = load();
      const entry = { expires: now() + ttlMs, value };
      entries.set(name, entry);
      // A failed read is not kept: the next request tries again.
      value.catch(() => {
        if (entries.get(name) === entry) entries.delete(name);
      });
      return value;
    },
  };
}
