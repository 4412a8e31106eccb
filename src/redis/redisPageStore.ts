import type { Redis } from 'ioredis';

import type { PageStore, StoredLookup } from '../relay/sharedPageCache';

/** Every key this gateway writes for the page cache starts with this. */
const PREFIX = 'helpdesk-graph:page:';

/**
 * GETDEL of the page and, on a hit, DEL of its claim, in one step so two instances never both take
 * it; on a miss, whether a claim says another instance is reading it.
 */
const TAKE = `
local page = redis.call('GETDEL', KEYS[1])
if page then
  redis.call('DEL', KEYS[2])
  return {page, 0}
end
return {false, redis.call('EXISTS', KEYS[2])}
`;

/** The page cache's shared store over Redis: a page under `<key>`, its read-ahead claim under `<key>:claim`. */
export function createRedisPageStore(redis: Redis): PageStore {
  const pageKey = (key: string): string => `${PREFIX}${key}`;
  const claimKey = (key: string): string => `${PREFIX}${key}:claim`;
  const lookup = async (key: string): Promise<StoredLookup> => {
    const [page, claimed] = await redis.multi().get(pageKey(key)).exists(claimKey(key)).exec().then(results);
    return typeof page === 'string' ? { page } : { page: null, pending: claimed === 1 };
  };
  return {
    get ready() {
      return redis.status === 'ready';
    },
    async take(key) {
      const reply = await redis.eval(TAKE, 2, pageKey(key), claimKey(key));
      if (!Array.isArray(reply)) return { page: null, pending: false };
      const [page, claimed] = reply as [unknown, unknown];
      return typeof page === 'string' ? { page } : { page: null, pending: claimed === 1 };
    },
    peek: lookup,
    async claim(key, ttlMs) {
      // The claim lives as long as the page would, so a page stored and not yet taken stays claimed.
      return (await redis.set(claimKey(key), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async save(key, page, ttlMs) {
      await redis.set(pageKey(key), page, 'PX', ttlMs);
    },
    async release(key) {
      await redis.del(claimKey(key));
    },
    async discard(key) {
      return (await redis.del(pageKey(key), claimKey(key))) > 0;
    },
  };
}

/** The replies of a MULTI, failing if any command failed. */
function results(replies: Array<[Error | null, unknown]> | null): unknown[] {
  if (replies === null) throw new Error('Redis transaction aborted');
  return replies.map(([error, reply]) => {
    if (error !== null) throw error;
    return reply;
  });
}
