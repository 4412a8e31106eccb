import { GraphQLError } from 'graphql';

import { ProviderError } from '../../src/providers/providerError';
import type { Connection } from '../../src/relay/connection';
import type { ConnectionArgs } from '../../src/relay/connectionArgs';
import { fingerprintArgs } from '../../src/relay/fingerprint';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { createFakePaginator, type FakeItem, type FakePaginator } from '../helpers/fakePaginator';
import { relayOptions } from '../helpers/relayOptions';

const options = relayOptions();
const args = { filter: 'all' };

async function page(paginator: FakePaginator, connectionArgs: ConnectionArgs, filter = args): Promise<Connection<FakeItem>> {
  return resolveConnection(paginator, filter, connectionArgs, options);
}

const positions = (connection: Connection<FakeItem>): number[] => connection.nodes.map((node) => node.position);

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions.code;
    return error instanceof ProviderError ? error.code : error;
  }
  return 'no error';
}

/** Walks the whole list forward, `first` at a time, resuming from each endCursor. */
async function traverse(paginator: FakePaginator, first: number): Promise<{ positions: number[]; pages: number }> {
  const seen: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const connection: Connection<FakeItem> = await page(paginator, { first, after });
    pages += 1;
    seen.push(...positions(connection));
    if (!connection.pageInfo.hasNextPage) return { positions: seen, pages };
    after = connection.pageInfo.endCursor;
  }
}

describe('resolveConnection', () => {
  describe('forward', () => {
    it('returns the default page size when no count is given', async () => {
      const connection = await page(createFakePaginator({ total: 50 }), {});
      expect(positions(connection)).toEqual([0, 1, 2, 3, 4]);
      expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('stitches native pages when first exceeds the provider maximum, each at most the maximum', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10 });
      const connection = await page(paginator, { first: 25 });
      expect(positions(connection)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(paginator.requests.map((request) => request.size)).toEqual([10, 10, 5]);
    });

    it.each([1, 3, 7, 10, 25, 100])('visits every item exactly once, in order, with first=%i', async (first) => {
      const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
      const result = await traverse(paginator, first);
      expect(result.positions).toEqual(Array.from({ length: 73 }, (_, i) => i));
      // Minimal calls: each GraphQL page needs ceil(first / max) native pages, and no page is refetched.
      expect(paginator.requests).toHaveLength(Math.ceil(73 / first) * Math.ceil(Math.min(first, 73) / 10));
    });

    it('resumes from a page-boundary endCursor without refetching the page it came from', async () => {
      const paginator = createFakePaginator({ total: 30, maxPageSize: 10 });
      const first = await page(paginator, { first: 10 });
      paginator.requests.length = 0;
      const second = await page(paginator, { first: 10, after: first.pageInfo.endCursor });
      expect(positions(second)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(paginator.requests).toEqual([{ token: { k: 10 }, direction: 'forward', size: 10 }]);
    });

    it('resumes right after any middle edge by refetching that edge’s page', async () => {
      const paginator = createFakePaginator({ total: 30, maxPageSize: 10 });
      const first = await page(paginator, { first: 10 });
      const middle = first.edges[3]?.cursor ?? '';
      paginator.requests.length = 0;
      const resumed = await page(paginator, { first: 8, after: middle });
      expect(positions(resumed)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
      expect(paginator.requests).toEqual([
        { token: null, direction: 'forward', size: 10 },
        { token: { k: 10 }, direction: 'forward', size: 2 },
      ]);
      expect(resumed.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    });

    it('reports the end, and resuming from the last edge finds records added since (end token kept)', async () => {
      const paginator = createFakePaginator({ total: 12, maxPageSize: 10 });
      const all = await page(paginator, { first: 20 });
      expect(all.pageInfo.hasNextPage).toBe(false);
      paginator.requests.length = 0;
      const after = await page(paginator, { first: 5, after: all.pageInfo.endCursor });
      expect(positions(after)).toEqual([]);
      expect(paginator.requests).toEqual([{ token: { k: 12 }, direction: 'forward', size: 5 }]);
    });

    it('handles a provider that says "more" on an exactly full last page (Zendesk has_more)', async () => {
      const paginator = createFakePaginator({ total: 20, maxPageSize: 10, fullPageSaysMore: true });
      const result = await traverse(paginator, 10);
      expect(result.positions).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect(paginator.requests).toHaveLength(3);
      expect(result.pages).toBe(3);
    });

    it('makes no upstream call for first: 0', async () => {
      const paginator = createFakePaginator({ total: 5 });
      const connection = await page(paginator, { first: 0 });
      expect(connection.edges).toEqual([]);
      expect(paginator.requests).toEqual([]);
    });
  });

  // The spec's HasNextPage for `first` is "edges after `after` > first", a MUST for the direction
  // of travel; with first: 0 that is "anything after `after`", and the cursors are those of the
  // (absent) first and last edges. No call is made, so the answer is what the cursor knows.
  describe('a zero count', () => {
    const emptyPage = { startCursor: null, endCursor: null };

    it('first: 0 without a cursor: no call, no cursors, more may follow, and the client continues from the start', async () => {
      const paginator = createFakePaginator({ total: 25 });
      const connection = await page(paginator, { first: 0 });
      expect(connection.pageInfo).toEqual({ ...emptyPage, hasNextPage: true, hasPreviousPage: false });
      expect(paginator.requests).toEqual([]);
      expect(positions(await page(paginator, { first: 3, after: connection.pageInfo.endCursor }))).toEqual([0, 1, 2]);
    });

    it('first: 0 after a cursor: no call, and the cursor the client sent continues the list', async () => {
      const paginator = createFakePaginator({ total: 25, maxPageSize: 10 });
      const first = await page(paginator, { first: 4 });
      paginator.requests.length = 0;
      const zero = await page(paginator, { first: 0, after: first.pageInfo.endCursor });
      expect(zero.pageInfo).toEqual({ ...emptyPage, hasNextPage: true, hasPreviousPage: true });
      expect(paginator.requests).toEqual([]);
      expect(positions(await page(paginator, { first: 3, after: first.pageInfo.endCursor }))).toEqual([4, 5, 6]);
    });

    it('first: 0 after each edge says what first: 1 after it finds, when the cursor knows the list ended there', async () => {
      // No end token: the last edge's cursor records that the provider had nothing after it.
      const paginator = createFakePaginator({ total: 23, maxPageSize: 10, endToken: false });
      const all = await page(paginator, { first: 23 });
      for (const edge of all.edges) {
        paginator.requests.length = 0;
        const zero = await page(paginator, { first: 0, after: edge.cursor });
        expect(paginator.requests).toEqual([]);
        const one = await page(paginator, { first: 1, after: edge.cursor });
        expect(zero.pageInfo.hasNextPage).toBe(one.edges.length > 0);
      }
      const last = all.edges[22]?.cursor;
      expect((await page(paginator, { first: 0, after: last })).pageInfo).toEqual({ ...emptyPage, hasNextPage: false, hasPreviousPage: true });
    });

    it('first: 0 after a last edge that keeps a position for records created later says more may follow', async () => {
      const paginator = createFakePaginator({ total: 12, maxPageSize: 10 });
      const all = await page(paginator, { first: 12 });
      expect(all.pageInfo.hasNextPage).toBe(false);
      paginator.requests.length = 0;
      const zero = await page(paginator, { first: 0, after: all.pageInfo.endCursor });
      expect(zero.pageInfo).toEqual({ ...emptyPage, hasNextPage: true, hasPreviousPage: true });
      expect(paginator.requests).toEqual([]);
    });

    it('last: 0 before a cursor: no call, hasPreviousPage unless the cursor knows the list starts there', async () => {
      const paginator = createFakePaginator({ total: 25, maxPageSize: 10 });
      const first = await page(paginator, { first: 12 });
      paginator.requests.length = 0;
      const beforeMiddle = await page(paginator, { last: 0, before: first.edges[11]?.cursor });
      expect(beforeMiddle.pageInfo).toEqual({ ...emptyPage, hasNextPage: true, hasPreviousPage: true });
      const beforeFirst = await page(paginator, { last: 0, before: first.edges[0]?.cursor });
      expect(beforeFirst.pageInfo).toEqual({ ...emptyPage, hasNextPage: true, hasPreviousPage: false });
      expect(paginator.requests).toEqual([]);
    });

    it('last: 0 from the end where the provider lists from the end: no call, earlier items may exist', async () => {
      const paginator = createFakePaginator({ total: 25, startsFromEnd: true });
      const connection = await page(paginator, { last: 0 });
      expect(connection.pageInfo).toEqual({ ...emptyPage, hasNextPage: false, hasPreviousPage: true });
      expect(paginator.requests).toEqual([]);
    });
  });

  describe('backward', () => {
    it('pages backward from a cursor and returns the items in list order', async () => {
      const paginator = createFakePaginator({ total: 30, maxPageSize: 10 });
      const forward = await page(paginator, { first: 30 });
      const last = forward.edges[29]?.cursor ?? '';
      const back = await page(paginator, { last: 12, before: last });
      expect(positions(back)).toEqual([17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });

    it('walks backward to the start and returns every earlier item once, in reverse page order', async () => {
      const paginator = createFakePaginator({ total: 47, maxPageSize: 10 });
      const forward = await traverse(paginator, 10);
      const lastEdge = await page(paginator, { first: 1, after: (await page(paginator, { first: 46 })).pageInfo.endCursor });
      expect(positions(lastEdge)).toEqual([46]);
      const seen: number[] = [];
      let before = lastEdge.pageInfo.startCursor;
      for (;;) {
        const back: Connection<FakeItem> = await page(paginator, { last: 7, before });
        seen.unshift(...positions(back));
        if (!back.pageInfo.hasPreviousPage) break;
        before = back.pageInfo.startCursor;
      }
      expect([...seen, 46]).toEqual(forward.positions);
    });

    it('refuses last without before when the provider cannot list from the end, with no call', async () => {
      const paginator = createFakePaginator({ total: 10 });
      expect(await codeOf(() => page(paginator, { last: 3 }))).toBe('BAD_USER_INPUT');
      expect(paginator.requests).toEqual([]);
    });

    it('reads the last page when the provider can list from the end', async () => {
      const paginator = createFakePaginator({ total: 10, startsFromEnd: true });
      const connection = await page(paginator, { last: 3 });
      expect(positions(connection)).toEqual([7, 8, 9]);
      expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    });
  });

  describe('cursors', () => {
    it('gives every edge a distinct cursor that resumes right after it', async () => {
      const paginator = createFakePaginator({ total: 40, maxPageSize: 10 });
      const connection = await page(paginator, { first: 25 });
      for (const [index, edge] of connection.edges.entries()) {
        const next = await page(paginator, { first: 1, after: edge.cursor });
        expect(positions(next)).toEqual([index + 1]);
      }
      expect(new Set(connection.edges.map((edge) => edge.cursor)).size).toBe(25);
    });

    it('refuses a cursor made for other filter arguments, with no call', async () => {
      const paginator = createFakePaginator({ total: 40 });
      const connection = await page(paginator, { first: 2 });
      paginator.requests.length = 0;
      const code = await codeOf(() => page(paginator, { first: 2, after: connection.pageInfo.endCursor }, { filter: 'open' }));
      expect(code).toBe('BAD_USER_INPUT');
      expect(paginator.requests).toEqual([]);
    });

    it('refuses a cursor from another resource', async () => {
      const paginator = createFakePaginator({ total: 40 });
      const connection = await page(paginator, { first: 2 });
      const other = { ...createFakePaginator({ total: 40 }), resource: 'fake.others' };
      expect(await codeOf(() => resolveConnection(other, args, { first: 1, after: connection.pageInfo.endCursor }, options))).toBe('BAD_USER_INPUT');
    });

    it('refuses a garbage cursor with BAD_CURSOR and no call', async () => {
      const paginator = createFakePaginator({ total: 40 });
      expect(await codeOf(() => page(paginator, { first: 2, after: 'garbage' }))).toBe('BAD_CURSOR');
      expect(paginator.requests).toEqual([]);
    });
  });

  describe('guard rails', () => {
    it('ends with UPSTREAM_PAGINATION_ERROR when the provider repeats a token', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, repeatToken: true });
      expect(await codeOf(() => page(paginator, { first: 50 }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests.length).toBeLessThanOrEqual(2);
    });

    it('ends with UPSTREAM_PAGINATION_ERROR when a page repeats ids already returned', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, repeatIds: true });
      expect(await codeOf(() => page(paginator, { first: 50 }))).toBe('UPSTREAM_PAGINATION_ERROR');
    });

    it('skips repeated nodes instead when the paginator says its provider may repeat them', async () => {
      const paginator = createFakePaginator({ total: 30, maxPageSize: 10, repeatIds: true, onRepeatedNode: 'skip' });
      const connection = await page(paginator, { first: 30 });
      expect(new Set(positions(connection)).size).toBe(connection.nodes.length);
    });

    it('ends an A → B → A token cycle after reading each page once, even where repeated records are skipped', async () => {
      // Page 20 says the next page is 10 again: records 10–29 come back forever, skipped as repeats,
      // so only the token shows the loop (before: every call the request was allowed).
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, onRepeatedNode: 'skip', nextToken: (start) => ({ k: start === 20 ? 10 : start + 10 }) });
      expect(await codeOf(() => page(paginator, { first: 50 }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests).toEqual([
        { token: null, direction: 'forward', size: 10 },
        { token: { k: 10 }, direction: 'forward', size: 10 },
        { token: { k: 20 }, direction: 'forward', size: 10 },
      ]);
    });

    it('ends a cycle back to the page a cursor resumed from', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, onRepeatedNode: 'skip', nextToken: (start) => ({ k: start === 30 ? 10 : start + 10 }) });
      const first = await page(paginator, { first: 10 });
      paginator.requests.length = 0;
      expect(await codeOf(() => page(paginator, { first: 50, after: first.pageInfo.endCursor }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests.map((request) => request.token)).toEqual([{ k: 10 }, { k: 20 }, { k: 30 }]);
    });

    it('mints no cursor that resumes where it started: a page whose next token is its own fails, even when the request ends on it', async () => {
      // Served, its last edge would carry next = its own token: each request would return the same
      // page and the same endCursor, and a client following endCursor would never finish.
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, nextToken: (start) => ({ k: start === 10 ? 10 : start + 10 }) });
      const first = await page(paginator, { first: 10 });
      paginator.requests.length = 0;
      expect(await codeOf(() => page(paginator, { first: 10, after: first.pageInfo.endCursor }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests).toEqual([{ token: { k: 10 }, direction: 'forward', size: 10 }]);
    });

    it('refuses a cursor whose page led to itself (minted before this check) with no call', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10 });
      const stuck = options.cursors.encode({
        resource: paginator.resource,
        fingerprint: fingerprintArgs(paginator.resource, args),
        token: { k: 10 },
        size: 10,
        direction: 'forward',
        index: 9,
        next: { k: 10 },
      });
      expect(await codeOf(() => page(paginator, { first: 5, after: stuck }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(await codeOf(() => page(paginator, { last: 5, before: stuck }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests).toEqual([]);
    });

    it('compares tokens with their direction: an offset read backward, then forward from the same value, is no loop', async () => {
      // The fake's backward page `before 10` has next token `from 10`: the same value, another position.
      const paginator = createFakePaginator({ total: 50, maxPageSize: 10 });
      const first = await page(paginator, { first: 10 });
      const second = await page(paginator, { first: 10, after: first.pageInfo.endCursor });
      const backward = await page(paginator, { last: 5, before: second.pageInfo.startCursor });
      expect(positions(backward)).toEqual([5, 6, 7, 8, 9]);
      paginator.requests.length = 0;
      const forward = await page(paginator, { first: 7, after: backward.edges[2]?.cursor ?? '' });
      expect(positions(forward)).toEqual([8, 9, 10, 11, 12, 13, 14]);
      expect(paginator.requests).toEqual([
        { token: { k: 10 }, direction: 'backward', size: 5 },
        { token: { k: 10 }, direction: 'forward', size: 5 },
      ]);
    });

    it('refuses a page token that is a URL when the page arrives, before serving or minting anything', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, nextToken: (start) => ({ k: start + 10, u: 'https://provider.example/items?after=10' }) });
      expect(await codeOf(() => page(paginator, { first: 10 }))).toBe('UPSTREAM_PAGINATION_ERROR');
      expect(paginator.requests).toHaveLength(1);
    });

    it('ends a run of empty pages that each claim more', async () => {
      const paginator = createFakePaginator({ total: 10, maxPageSize: 10, nextToken: (start) => ({ k: start + 10 }) });
      expect(await codeOf(() => page(paginator, { first: 50 }))).toBe('UPSTREAM_PAGINATION_ERROR');
      // One full page, then the tolerated empty ones, then the one too many.
      expect(paginator.requests.map((request) => request.token)).toEqual([null, { k: 10 }, { k: 20 }, { k: 30 }, { k: 40 }]);
    });

    it('refuses invalid arguments before any call', async () => {
      const paginator = createFakePaginator({ total: 10 });
      for (const bad of [{ first: -1 }, { first: 501 }, { first: 1, last: 1 }]) {
        expect(await codeOf(() => page(paginator, bad))).toBe('BAD_USER_INPUT');
      }
      expect(paginator.requests).toEqual([]);
    });
  });

  describe('a provider record cap', () => {
    it('serves the records below the cap, then refuses the next page with PAGINATION_LIMIT', async () => {
      const paginator = createFakePaginator({ total: 100, maxPageSize: 10, capAt: 25 });
      const first = await page(paginator, { first: 20 });
      const second = await page(paginator, { first: 20, after: first.pageInfo.endCursor });
      expect(positions(second)).toEqual([20, 21, 22, 23, 24]);
      expect(second.pageInfo.hasNextPage).toBe(true);
      expect(await codeOf(() => page(paginator, { first: 20, after: second.pageInfo.endCursor }))).toBe('PAGINATION_LIMIT');
    });
  });

  describe('totalCount', () => {
    it('uses the total a page reported, without another call', async () => {
      const paginator = createFakePaginator({ total: 33, totalCount: true });
      const connection = await page(paginator, { first: 2 });
      expect(await connection.totalCount()).toBe(33);
      expect(paginator.requests).toHaveLength(1);
    });

    it('asks the provider count endpoint only when selected, and is null when there is none', async () => {
      const paginator = createFakePaginator({ total: 33 });
      expect(await (await page(paginator, { first: 2 })).totalCount()).toBeNull();
      const counted = { ...paginator, fetchTotalCount: jest.fn(async () => 33) };
      const connection = await resolveConnection(counted, args, { first: 2 }, options);
      expect(counted.fetchTotalCount).not.toHaveBeenCalled();
      expect(await connection.totalCount()).toBe(33);
    });
  });
});
