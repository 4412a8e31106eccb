import type { Connection } from '../../src/relay/connection';
import { fingerprintArgs } from '../../src/relay/fingerprint';
import { createPageCache, pageCacheKey } from '../../src/relay/pageCache';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { createFakePaginator, type FakeItem, type FakePaginator } from '../helpers/fakePaginator';
import { relayOptions } from '../helpers/relayOptions';

const args = { filter: 'all' };

function withCache(prefetchDepth = 1) {
  return { ...relayOptions(), pageCache: createPageCache({ maxEntries: 100, ttlMs: 60_000, prefetchDepth }) };
}

const positions = (connection: Connection<FakeItem>): number[] => connection.nodes.map((node) => node.position);

/** The offset token of every page the paginator was asked for, in order (`null`: the first page). */
const tokensRead = (paginator: FakePaginator): Array<number | null> => paginator.requests.map((request) => request.token?.k ?? null);

/** Lets a prefetch started at the end of a request settle, as it does while a response is sent. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('page cache (prefetch and kept pages)', () => {
  it('prefetches the next native page after a page-boundary endCursor, so the next request reads nothing new', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache();
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    // The read-ahead is marked, so its HTTP call outlives this request's response.
    expect(paginator.requests).toEqual([
      { token: null, direction: 'forward', size: 10 },
      { token: { k: 10 }, direction: 'forward', size: 10, readAhead: true },
    ]);
    const second = await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    expect(positions(second)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    // Page 2 came from the cache; the only new read is the prefetch of page 3.
    await settle();
    expect(paginator.requests.slice(2)).toEqual([{ token: { k: 20 }, direction: 'forward', size: 10, readAhead: true }]);
  });

  it.each([
    [10, 1],
    [10, 2],
    [10, 3],
    [15, 2],
    [25, 2],
    [25, 3],
  ])('costs no extra provider call over a whole traversal (first: %i over pages of 10, PREFETCH_DEPTH=%i)', async (first, depth) => {
    const cached = createFakePaginator({ total: 73, maxPageSize: 10 });
    const plain = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(depth);
    const walk = async (paginator: FakePaginator, relay: ReturnType<typeof relayOptions>) => {
      const seen: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Connection<FakeItem> = await resolveConnection(paginator, args, { first, after }, relay);
        await settle();
        seen.push(...positions(page));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk(cached, options)).toEqual(await walk(plain, relayOptions()));
    const positionsRead = (paginator: FakePaginator) => paginator.requests.map(({ readAhead: _readAhead, ...request }) => request);
    expect(positionsRead(cached)).toEqual(positionsRead(plain));
  });

  it('tells its observer whether each lookup found a page (hit) or not (miss); read-ahead is no lookup', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const takes: boolean[] = [];
    const options = { ...relayOptions(), pageCache: createPageCache({ maxEntries: 100, ttlMs: 60_000, prefetchDepth: 1, onTake: (found) => takes.push(found) }) };
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    expect(takes).toEqual([false]);
    await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    await settle();
    expect(takes).toEqual([false, true]);
    expect(paginator.requests).toHaveLength(3);
  });

  it('reads PREFETCH_DEPTH pages ahead, each as soon as the one before it arrives, and no further', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    // Page 3's token is only known once page 2 has arrived: the chain starts it then, unasked.
    expect(tokensRead(paginator)).toEqual([null, 10, 20]);
    const second = await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    await settle();
    expect(positions(second)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    // Served page 2 from memory; page 3 was already read, so only page 4 is new: two ahead again.
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30]);
  });

  it('reads ahead again when a client walks the same list a second time', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    for (let walk = 0; walk < 2; walk += 1) {
      paginator.requests.length = 0;
      const first = await resolveConnection(paginator, args, { first: 10 }, options);
      await settle();
      expect(tokensRead(paginator)).toEqual([null, 10, 20]);
      await resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
      await settle();
      expect(tokensRead(paginator)).toEqual([null, 10, 20, 30]);
      // Let the second walk start from scratch: take what this one left ahead.
      for (const k of [20, 30]) options.pageCache.take(pageCacheKey(paginator.resource, fingerprintArgs(paginator.resource, args), { token: { k }, direction: 'forward', size: 10 }));
    }
  });

  it('keeps reading ahead while the client is still waiting for the page it asked for', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    const gate: Array<() => void> = [];
    const original = paginator.fetchPage.bind(paginator);
    // Holds every read of page 2 until released, as a slow provider would.
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 10) await new Promise<void>((resolve) => gate.push(resolve));
      return original(filter, request);
    };
    const first = await resolveConnection(paginator, args, { first: 10 }, options);
    const second = resolveConnection(paginator, args, { first: 10, after: first.pageInfo.endCursor }, options);
    await settle();
    expect(gate).toHaveLength(1); // the client waits on the read-ahead, not on a read of its own
    gate.forEach((release) => release());
    await second;
    await settle();
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30]);
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
    const cache = createPageCache({ maxEntries: 2, ttlMs: 60_000, prefetchDepth: 1 });
    cache.put('a', Promise.resolve({ nodes: [], nextToken: null, previousToken: null }));
    expect(cache.take('a')).toBeDefined();
    expect(cache.take('a')).toBeUndefined();
  });
});
