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

/** A traversal's first request, then its second: the one that resumes from a cursor and starts reading ahead. */
async function firstTwo(paginator: FakePaginator, options: ReturnType<typeof withCache>, first = 10) {
  const one = await resolveConnection(paginator, args, { first }, options);
  await settle();
  const two = await resolveConnection(paginator, args, { first, after: one.pageInfo.endCursor }, options);
  await settle();
  return { one, two };
}

describe('page cache (adaptive read-ahead and kept pages)', () => {
  it("reads nothing ahead after a traversal's first request: a one-page view costs exactly one call", async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    await resolveConnection(paginator, args, { first: 10 }, options);
    await settle();
    await settle();
    expect(paginator.requests).toEqual([{ token: null, direction: 'forward', size: 10 }]);
  });

  it('reads ahead from the second request on (it resumes from a cursor), so the third reads nothing new', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache();
    const { two } = await firstTwo(paginator, options);
    expect(positions(two)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    // The read-ahead is marked, so its HTTP call outlives this request's response.
    expect(paginator.requests).toEqual([
      { token: null, direction: 'forward', size: 10 },
      { token: { k: 10 }, direction: 'forward', size: 10 },
      { token: { k: 20 }, direction: 'forward', size: 10, readAhead: true },
    ]);
    const third = await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
    expect(positions(third)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    // Page 3 came from the cache; the only new read is the prefetch of page 4.
    await settle();
    expect(paginator.requests.slice(3)).toEqual([{ token: { k: 30 }, direction: 'forward', size: 10, readAhead: true }]);
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
    // Every page after the second request's was read ahead.
    expect(cached.requests.filter((request) => request.readAhead === true).length).toBeGreaterThan(0);
  });

  it('tells its observer whether each lookup found a page (hit) or not (miss); read-ahead is no lookup', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const takes: boolean[] = [];
    const options = { ...relayOptions(), pageCache: createPageCache({ maxEntries: 100, ttlMs: 60_000, prefetchDepth: 1, onTake: (found) => takes.push(found) }) };
    const { two } = await firstTwo(paginator, options);
    expect(takes).toEqual([false, false]);
    await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
    await settle();
    expect(takes).toEqual([false, false, true]);
    expect(paginator.requests).toHaveLength(4);
  });

  it('reads PREFETCH_DEPTH pages ahead, each as soon as the one before it arrives, and no further', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    const { two } = await firstTwo(paginator, options);
    // Page 4's token is only known once page 3 has arrived: the chain starts it then, unasked.
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30]);
    const third = await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
    await settle();
    expect(positions(third)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    // Served page 3 from memory; page 4 was already read, so only page 5 is new: two ahead again.
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40]);
  });

  it('reads ahead again when a client walks the same list a second time', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    for (let walk = 0; walk < 2; walk += 1) {
      paginator.requests.length = 0;
      const { two } = await firstTwo(paginator, options);
      expect(tokensRead(paginator)).toEqual([null, 10, 20, 30]);
      await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
      await settle();
      expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40]);
      // Let the second walk start from scratch: take what this one left ahead.
      for (const k of [30, 40]) await options.pageCache.take(pageCacheKey(paginator.resource, fingerprintArgs(paginator.resource, args), { token: { k }, direction: 'forward', size: 10 }));
    }
  });

  it('keeps reading ahead while the client is still waiting for the page it asked for', async () => {
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const options = withCache(2);
    const gate: Array<() => void> = [];
    const original = paginator.fetchPage.bind(paginator);
    // Holds every read of page 3 until released, as a slow provider would.
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 20) await new Promise<void>((resolve) => gate.push(resolve));
      return original(filter, request);
    };
    const one = await resolveConnection(paginator, args, { first: 10 }, options);
    const two = await resolveConnection(paginator, args, { first: 10, after: one.pageInfo.endCursor }, options);
    const third = resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
    await settle();
    expect(gate).toHaveLength(1); // the client waits on the read-ahead, not on a read of its own
    gate.forEach((release) => release());
    await third;
    await settle();
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40]);
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
    await firstTwo(paginator, options);
    expect(tokensRead(paginator)).toEqual([null, 10, 20]);
    // The same positions under other filters: page 3 is read again, by the other traversal's own read-ahead.
    const open = { filter: 'open' };
    const one = await resolveConnection(paginator, open, { first: 10 }, options);
    const two = await resolveConnection(paginator, open, { first: 10, after: one.pageInfo.endCursor }, options);
    await settle();
    expect(tokensRead(paginator)).toEqual([null, 10, 20, null, 10, 20]);
    expect(positions(two)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('reads the provider again when a prefetch failed', async () => {
    const paginator = createFakePaginator({ total: 40, maxPageSize: 10 });
    const options = withCache();
    const original = paginator.fetchPage.bind(paginator);
    let failures = 0;
    // The first read of page 3 (the prefetch) fails, as a dropped connection would.
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 20 && failures === 0) {
        failures += 1;
        paginator.requests.push(request);
        throw new Error('connection reset');
      }
      return original(filter, request);
    };
    const { two } = await firstTwo(paginator, options);
    expect(failures).toBe(1);
    const third = await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, options);
    expect(paginator.requests.filter((request) => request.token?.k === 20)).toHaveLength(2);
    expect(positions(third)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  });

  it('never reads ahead backward', async () => {
    const paginator = createFakePaginator({ total: 50, maxPageSize: 10, startsFromEnd: true });
    const options = withCache(2);
    const last = await resolveConnection(paginator, args, { last: 10 }, options);
    await resolveConnection(paginator, args, { last: 10, before: last.pageInfo.startCursor }, options);
    await settle();
    expect(paginator.requests.map((request) => request.direction)).toEqual(['backward', 'backward']);
    expect(paginator.requests.some((request) => request.readAhead === true)).toBe(false);
  });

  it('uses each kept page once', async () => {
    const cache = createPageCache({ maxEntries: 2, ttlMs: 60_000, prefetchDepth: 1 });
    cache.put('a', { nodes: [], nextToken: null, previousToken: null });
    expect(await cache.take('a')).toBeDefined();
    expect(await cache.take('a')).toBeUndefined();
  });
});
