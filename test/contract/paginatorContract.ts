import { GraphQLError } from 'graphql';

import type { UpstreamRequest } from '../../src/providers/http/httpClient';
import type { JsonValue, Paginator } from '../../src/providers/types';
import type { Connection } from '../../src/relay/connection';
import type { ConnectionArgs } from '../../src/relay/connectionArgs';
import { resolveConnection } from '../../src/relay/resolveConnection';
import type { LoggedRequest } from '../../src/simulators/kit/simulatorServer';
import { relayOptions } from '../helpers/relayOptions';

/**
 * One native list of a provider, bound to an HTTP view of its simulator. Every paginator of every
 * provider registers one (test/contract/paginators.test.ts) and gets the same checks.
 */
export interface ContractList<TArgs> {
  /** A fresh paginator, as each GraphQL request builds its provider afresh (whole lists are memoized per provider object). */
  paginator(): Paginator<unknown, TArgs, JsonValue>;
  readonly args: TArgs;
  /** Every record's native id, in list order, taken from the simulator's data set (not through the paginator). */
  readonly expectedIds: ReadonlyArray<string>;
  /** The simulator's request log (every native request it received). */
  readonly log: { readonly entries: ReadonlyArray<LoggedRequest>; clear(): void };
  /** What the paginators sent, with bodies (cleared with the log). */
  readonly sent: UpstreamRequest[];
}

export interface ContractSubject<TArgs> extends ContractList<TArgs> {
  /** The provider's largest page, as documented (Zendesk 100, Intercom 150, Front 100). */
  readonly maxPageSize: number;
  /**
   * 'native': `last` + `before` page backward, and `last` alone is refused (the provider cannot list
   * from the end); 'fromEnd': `last` alone works too; 'unsupported': both refused.
   */
  readonly backward: 'native' | 'fromEnd' | 'unsupported';
  /**
   * 'paged': one native request per native page. 'wholeList': the provider answers the whole list in
   * one request, made once per GraphQL request whatever is read.
   */
  readonly native: 'paged' | 'wholeList';
  /**
   * What a forward page that ends exactly at the end of the list says: 'ends' (hasNextPage false),
   * or 'emptyPageFollows' (Zendesk cursor paging: `has_more` is true whenever a page is full, so the
   * last full page says more and the next request returns an empty page that ends the list).
   */
  readonly exactBoundary: 'ends' | 'emptyPageFollows';
  /** The page size one native request asked for (`page[size]`, `per_page`, `limit`), or null when it asks for none. */
  nativePageSize(request: UpstreamRequest): number | null;
  /** The same list with no records. */
  readonly empty: ContractList<TArgs>;
}

/** Up to 2,500 per request, so `first` can go past every provider maximum (Zendesk's exports read 1,000 a page). */
const options = relayOptions({ defaultPageSize: 5, maxPageSize: 2_500 });

const ids = (connection: Connection<unknown>, paginator: Paginator<unknown, unknown, JsonValue>): string[] =>
  connection.nodes.map((node) => paginator.idOf(node));

const requestKey = (request: UpstreamRequest): string => JSON.stringify([request.method, request.path, request.query ?? {}, request.body ?? null]);

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a refusal, got a connection'),
    (error: unknown) => error,
  );
}

function expectCode(error: unknown, code: string): void {
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions.code).toBe(code);
}

interface TraversedPage {
  readonly connection: Connection<unknown>;
  readonly ids: string[];
  /** The native requests this GraphQL request made, as the simulator logged them. */
  readonly requests: ReadonlyArray<LoggedRequest>;
  /** The same requests as the paginator sent them, bodies included (Intercom's searches page in the body). */
  readonly sent: ReadonlyArray<string>;
}

/**
 * Registers the contract for one paginator: `setup` runs once (in beforeAll) and returns the list;
 * the caller closes what it started.
 */
export function describePaginatorContract<TArgs extends JsonValue>(
  name: string,
  setup: () => Promise<ContractSubject<TArgs>>,
): void {
  describe(`paginator contract: ${name}`, () => {
    let subject: ContractSubject<TArgs>;

    beforeAll(async () => {
      subject = await setup();
    });
    beforeEach(() => clearLog());

    function clearLog(list: ContractList<TArgs> = subject): void {
      list.log.clear();
      list.sent.length = 0;
    }

    /** One GraphQL request: a fresh paginator, and the native requests it made. */
    async function resolve(args: ConnectionArgs, list: ContractList<TArgs> = subject): Promise<TraversedPage> {
      clearLog(list);
      const paginator = list.paginator();
      const connection = await resolveConnection(paginator, list.args, args, options);
      return { connection, ids: ids(connection, paginator), requests: [...list.log.entries], sent: list.sent.map(requestKey) };
    }

    /** Pages forward with `first`, resuming from each endCursor, until hasNextPage is false. */
    async function traverse(first: number): Promise<TraversedPage[]> {
      const pages: TraversedPage[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await resolve({ first, after });
        pages.push(page);
        if (!page.connection.pageInfo.hasNextPage) return pages;
        expect(pages.length).toBeLessThanOrEqual(subject.expectedIds.length + 1);
        after = page.connection.pageInfo.endCursor;
      }
    }

    /**
     * hasNextPage for a forward page that ends at `end` (exclusive) of the list, its last native page
     * full or not: a provider whose full pages always say "more" says so at the very end too.
     */
    const hasNextAt = (end: number, lastNativePageFull: boolean): boolean =>
      end < subject.expectedIds.length || (end === subject.expectedIds.length && lastNativePageFull && subject.exactBoundary === 'emptyPageFollows');

    /** A page size that does not divide the list, so the traversal ends on a short page; a few pages long. */
    const pageSize = (): number => {
      const total = subject.expectedIds.length;
      for (let size = Math.min(7, subject.maxPageSize); size < total; size += 1) if (total % size !== 0) return size;
      return Math.max(1, total - 1);
    };

    it('declares the maximum page size and backward support the provider has', () => {
      const paginator = subject.paginator();
      expect(paginator.maxPageSize).toBe(subject.maxPageSize);
      expect(paginator.backward.kind).toBe(subject.backward === 'unsupported' ? 'unsupported' : 'native');
      if (paginator.backward.kind === 'native') expect(paginator.backward.startsFromEnd).toBe(subject.backward === 'fromEnd');
      // Enough records for several pages, and for a `first` above the provider's maximum to stitch pages.
      expect(subject.expectedIds.length).toBeGreaterThan(subject.maxPageSize + 1);
      expect(new Set(subject.expectedIds).size).toBe(subject.expectedIds.length);
    });

    it('returns every record exactly once, in list order, with one native request per page and none repeated', async () => {
      const size = pageSize();
      const pages = await traverse(size);
      expect(pages.flatMap((page) => page.ids)).toEqual(subject.expectedIds);
      // The list does not end on a full page, so there is no trailing empty page.
      expect(pages).toHaveLength(Math.ceil(subject.expectedIds.length / size));
      for (const page of pages) expect(page.requests).toHaveLength(1);
      if (subject.native === 'paged') {
        const keys = pages.flatMap((page) => page.sent);
        expect(new Set(keys).size).toBe(keys.length);
      }
    });

    it('resumes from every edge at the next record; after an edge that ends its native page, without requesting that page again', async () => {
      const size = pageSize();
      const pages = await traverse(size);
      let index = 0;
      const lastPage = pages[pages.length - 1];
      for (const page of pages) {
        const edges = page.connection.edges;
        for (let position = 0; position < edges.length; position += 1, index += 1) {
          const resumed = await resolve({ first: size, after: edges[position]?.cursor });
          const end = Math.min(index + 1 + size, subject.expectedIds.length);
          expect({ index, ids: resumed.ids }).toEqual({ index, ids: subject.expectedIds.slice(index + 1, end) });
          expect(resumed.connection.pageInfo.hasPreviousPage).toBe(true);
          // Resumed inside the short last page, the refetched page is short; elsewhere the last page read is full.
          const hasNextPage = hasNextAt(index + 1 + size, page !== lastPage);
          expect({ index, hasNextPage: resumed.connection.pageInfo.hasNextPage }).toEqual({ index, hasNextPage });
          if (subject.native === 'wholeList') {
            // The list is read once per GraphQL request, whatever the cursor; the last edge's cursor knows the end.
            expect(resumed.requests).toHaveLength(index === subject.expectedIds.length - 1 ? 0 : 1);
          } else if (position === edges.length - 1) {
            // The edge ended its native page: the cursor holds the next page's token (or the end).
            // One request for the next page, never that page again. After the list's last edge: none
            // when the cursor knows the list ends there, or one read from the end offset to see records
            // added since (a page-number list may address it with the window it just read).
            if (index < subject.expectedIds.length - 1) {
              expect(resumed.requests).toHaveLength(1);
              expect(resumed.sent).not.toContain(page.sent[0]);
            } else {
              expect(resumed.requests.length).toBeLessThanOrEqual(1);
            }
          } else {
            // Inside a page: that page once more (or a window holding the rest), then the next. A
            // page-number list may read a maximum-size window holding only a few of the records
            // wanted, then an aligned window from there: at most three.
            expect(resumed.requests.length).toBeGreaterThanOrEqual(1);
            expect(resumed.requests.length).toBeLessThanOrEqual(3);
          }
        }
      }
      expect(index).toBe(subject.expectedIds.length);
    });

    it('stitches ceil(first / maximum) native pages, each at most the maximum, for a `first` above the maximum', async () => {
      const first = Math.min(subject.expectedIds.length - 1, 2 * subject.maxPageSize + 1);
      expect(first).toBeGreaterThan(subject.maxPageSize);
      const pages: number[] = [];
      const paginator = subject.paginator();
      const recording: Paginator<unknown, TArgs, JsonValue> = {
        ...paginator,
        async fetchPage(args, request) {
          const page = await paginator.fetchPage(args, request);
          pages.push(page.nodes.length);
          expect(request.size).toBeLessThanOrEqual(subject.maxPageSize);
          return page;
        },
      };
      clearLog();
      const connection = await resolveConnection(recording, subject.args, { first }, options);
      expect(ids(connection, paginator)).toEqual(subject.expectedIds.slice(0, first));
      expect(connection.pageInfo.hasNextPage).toBe(true);
      expect(pages).toHaveLength(Math.ceil(first / subject.maxPageSize));
      for (const nodes of pages) expect(nodes).toBeLessThanOrEqual(subject.maxPageSize);
      if (subject.native === 'paged') {
        expect(subject.log.entries).toHaveLength(pages.length);
        for (const request of subject.sent) expect(subject.nativePageSize(request)).toBeLessThanOrEqual(subject.maxPageSize);
      } else {
        expect(subject.log.entries).toHaveLength(1);
        expect(subject.sent.map(subject.nativePageSize)).toEqual([null]);
      }
    });

    it('pages backward where the provider can, and refuses with BAD_USER_INPUT before any request where it cannot', async () => {
      const size = pageSize();
      const pages = await traverse(size);
      const cursors = pages.flatMap((page) => page.connection.edges.map((edge) => edge.cursor));
      const paginator = subject.paginator();
      if (subject.backward === 'unsupported') {
        const reason = paginator.backward.kind === 'unsupported' ? paginator.backward.reason : '';
        for (const args of [{ last: size }, { last: size, before: cursors[size] }, { before: cursors[size] }]) {
          const refused = await errorOf(resolve(args));
          expectCode(refused, 'BAD_USER_INPUT');
          expect((refused as Error).message).toBe(`${paginator.resource} cannot page backward: ${reason}`);
          expect(subject.log.entries).toHaveLength(0);
        }
        return;
      }
      for (let index = 0; index < cursors.length; index += 1) {
        const page = await resolve({ last: size, before: cursors[index] });
        const start = Math.max(0, index - size);
        expect({ index, ids: page.ids }).toEqual({ index, ids: subject.expectedIds.slice(start, index) });
        // A provider whose full pages always say "more" says so backward too: a full native page that
        // reaches the first record (read from a cursor past the first page) still says one precedes.
        const fullPageReachesStart = start === 0 && index >= size && subject.exactBoundary === 'emptyPageFollows';
        expect({ index, hasPreviousPage: page.connection.pageInfo.hasPreviousPage }).toEqual({ index, hasPreviousPage: start > 0 || fullPageReachesStart });
        expect(page.connection.pageInfo.hasNextPage).toBe(true);
        expect(page.requests.length).toBeLessThanOrEqual(3);
      }
      if (subject.backward === 'fromEnd') {
        const tail = await resolve({ last: size });
        expect(tail.ids).toEqual(subject.expectedIds.slice(-size));
        expect(tail.connection.pageInfo.hasPreviousPage).toBe(true);
        expect(tail.requests).toHaveLength(1);
      } else {
        const refused = await errorOf(resolve({ last: size }));
        expectCode(refused, 'BAD_USER_INPUT');
        expect(subject.log.entries).toHaveLength(0);
      }
    });

    it('refuses a bad cursor with BAD_CURSOR before any request', async () => {
      const page = await resolve({ first: 2 });
      const cursor = page.connection.pageInfo.endCursor ?? '';
      // A cursor that is not one, and a real one with one character changed (its signature no longer holds).
      const flipped = `${cursor.slice(0, 10)}${cursor[10] === 'A' ? 'B' : 'A'}${cursor.slice(11)}`;
      for (const after of ['bm90LWEtY3Vyc29y', flipped]) {
        const refused = await errorOf(resolve({ first: 2, after }));
        expectCode(refused, 'BAD_CURSOR');
        expect(subject.log.entries).toHaveLength(0);
      }
    });

    it('serves an empty list as no edges, no cursors and no further page, in one request', async () => {
      expect(subject.empty.expectedIds).toEqual([]);
      const page = await resolve({ first: 5 }, subject.empty);
      expect(page.ids).toEqual([]);
      expect(page.connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
      expect(page.requests).toHaveLength(1);
      if (subject.backward === 'fromEnd') {
        const tail = await resolve({ last: 5 }, subject.empty);
        expect(tail.ids).toEqual([]);
        expect(tail.connection.pageInfo.hasPreviousPage).toBe(false);
      }
    });

    it('says whether a page follows when the list ends exactly on a full page', async () => {
      const total = subject.expectedIds.length;
      // The largest page size that divides the list into at least two pages.
      let size = Math.min(subject.maxPageSize, Math.floor(total / 2));
      while (total % size !== 0) size -= 1;
      const pages = await traverse(size);
      expect(pages.flatMap((page) => page.ids)).toEqual(subject.expectedIds);
      const full = total / size;
      for (const page of pages) expect(page.requests).toHaveLength(1);
      if (subject.exactBoundary === 'ends') {
        expect(pages).toHaveLength(full);
      } else {
        // The last full page still says hasNextPage; the request after it reads one empty page.
        expect(pages).toHaveLength(full + 1);
        expect(pages[full - 1]?.connection.pageInfo.hasNextPage).toBe(true);
        expect(pages[full]?.ids).toEqual([]);
        expect(pages[full]?.connection.pageInfo.endCursor).toBeNull();
      }
    });
  });
}
