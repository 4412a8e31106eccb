import type { Connection } from '../../src/relay/connection';
import { createPageCache } from '../../src/relay/pageCache';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { createFakePaginator, type FakeItem, type FakePaginator } from '../helpers/fakePaginator';
import { relayOptions } from '../helpers/relayOptions';

const args = { filter: 'all' };

function withCache() {
  return { ...relayOptions(), pageCache: createPageCache({ maxEntries: 100, ttlMs: 60_000 }) };
}

const positions = (connection: Connection<FakeItem>): number[] => connection.nodes.map((node) => node.position);

/** Lets a prefetch started at the end of a request settle, as it does while a response is sent. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('page cache (prefetch and kept pages)', () => {
  it('prefetches the next native page after a page-boundary endCursor, so the next request reads nothing new', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache();
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    expect(paginator.requests).toEqual([
      { token: null, direction: 'forward', size: 10 },
      { token: { k: 10 }, direction: 'forward', size: 10 },
    ]);
    const second = await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    expect(positions(second)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    // Page 2 came from the cache; the only new read is the prefetch of page 3.
    await settle();
    expect(paginator.requests.slice(2)).toEqual([{ token: { k: 20 }, direction: 'forward', size: 10 }]);
  });

  it('costs no extra provider call over a whole traversal', async () => {
    const cached = createFakePaginator({ total: 73, maxPageSize: 10 });
    const plain = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache();
    const walk = async (paginator: FakePaginator, relay: ReturnType<typeof relayOptions>) => {
      const seen: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Connection<FakeItem> = await resolveConnection(paginator, args, { first: 10, after }, relay);
        await settle();
        seen.push(...positions(page));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk(cached, options)).toEqual(await walk(plain, relayOptions()));
    expect(cached.requests).toEqual(plain.requests);
  });

  it('keeps a page a mid-page endCursor points into instead of refetching it', async () => {
    const paginator = createFakePaginator({ total: 50, maxPageSize: 10 });
    const options = withCache();
    const start = await resolveConnection(paginator, args, { first: 10 }, relayOptions());
    paginator.requests.length = 0;
    const middle = await resolveConnection(paginator, args, { first: 2, after: start.edges[3]?.cursor }, options);
    expect(positions(middle)).toEqual([4, 5]);
    const next = await resolveConnection(paginator, args, { first: 2, after: middle.pageInfo.endCursor }, options);
    expect(positions(next)).toEqual([6, 7]);
    expect(paginator.requests).toEqual([{ token: null, direction: 'forward', size: 10 }]);
  });

  it('never serves a page kept for other filter arguments', async () => {
    const paginator = createFakePaginator({ total: 50, maxPageSize: 10 });
    const options = withCache();
    await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    const other = await resolveConnection(paginator, { filter: 'open' }, { first: 10 }, options);
    await settle();
    expect(positions(other)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paginator.requests.filter((request) => request.token === null)).toHaveLength(2);
  });

  it('reads the provider again when a prefetch failed', async () => {
    const paginator = createFakePaginator({ total: 30, maxPageSize: 10 });
    const options = withCache();
    const original = paginator.fetchPage.bind(paginator);
    let failures = 0;
    // The first read of page 2 (the prefetch) fails, as a dropped connection would.
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 10 && failures === 0) {
        failures += 1;
        paginator.requests.push(request);
        throw new Error('connection reset');
      }
      return original(filter, request);
    };
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    expect(failures).toBe(1);
    const second = await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    expect(paginator.requests.filter((request) => request.token?.k === 10)).toHaveLength(2);
    expect(positions(second)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('uses each kept page once', () => {
    const cache = createPageCache({ maxEntries: 2, ttlMs: 60_000 });
    cache.put('a', Promise.resolve({ nodes: [], nextToken: null, previousToken: null }));
    expect(cache.take('a')).toBeDefined();
    expect(cache.take('a')).toBeUndefined();
  });
});
