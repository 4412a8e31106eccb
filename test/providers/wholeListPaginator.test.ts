import { createWholeListPaginator } from '../../src/providers/wholeListPaginator';
import type { Connection } from '../../src/relay/connection';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { relayOptions } from '../helpers/relayOptions';

type Item = { readonly nativeId: string };
type Args = { readonly owner: string };

/** A whole-list source recording each fetch, with `size` items per owner. */
function createSource(size: number) {
  const fetches: Args[] = [];
  let failNext = false;
  return {
    fetches,
    failOnce() {
      failNext = true;
    },
    async fetchAll(args: Args): Promise<ReadonlyArray<Item>> {
      fetches.push(args);
      if (failNext) {
        failNext = false;
        throw new Error('upstream down');
      }
      return Array.from({ length: size }, (_, i) => ({ nativeId: `${args.owner}-${i}` }));
    },
  };
}

function paginatorOver(source: ReturnType<typeof createSource>) {
  return createWholeListPaginator<Item, Args>({ resource: 'test.whole', maxPageSize: 10, idOf: (item) => item.nativeId, fetchAll: (args) => source.fetchAll(args) });
}

const options = relayOptions({ defaultPageSize: 5, maxPageSize: 500 });
const ids = (connection: Connection<Item>): string[] => connection.nodes.map((node) => node.nativeId);
const range = (owner: string, from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `${owner}-${from + i}`);

describe('createWholeListPaginator', () => {
  it('fetches the list once per arguments and serves every window of it from memory', async () => {
    const source = createSource(37);
    const paginator = paginatorOver(source);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Connection<Item> = await resolveConnection(paginator, { owner: 'a' }, { first: 4, after }, options);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(range('a', 0, 37));
    expect(source.fetches).toEqual([{ owner: 'a' }]);
    await resolveConnection(paginator, { owner: 'b' }, { first: 25 }, options);
    expect(source.fetches).toEqual([{ owner: 'a' }, { owner: 'b' }]);
  });

  it('stitches windows of at most maxPageSize for a large first, still with one fetch', async () => {
    const source = createSource(37);
    const page = await resolveConnection(paginatorOver(source), { owner: 'a' }, { first: 30 }, options);
    expect(ids(page)).toEqual(range('a', 0, 30));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(source.fetches).toHaveLength(1);
  });

  it('resumes a cursor from another request (a fresh paginator) at the next item', async () => {
    const first = await resolveConnection(paginatorOver(createSource(37)), { owner: 'a' }, { first: 10 }, options);
    const source = createSource(37);
    const resumed = await resolveConnection(paginatorOver(source), { owner: 'a' }, { first: 3, after: first.edges[4]?.cursor }, options);
    expect(ids(resumed)).toEqual(range('a', 5, 8));
    expect(resumed.pageInfo.hasPreviousPage).toBe(true);
    expect(source.fetches).toHaveLength(1);
  });

  it('pages backward natively, from the end or from a cursor', async () => {
    const source = createSource(37);
    const paginator = paginatorOver(source);
    const tail = await resolveConnection(paginator, { owner: 'a' }, { last: 3 }, options);
    expect(ids(tail)).toEqual(range('a', 34, 37));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await resolveConnection(paginator, { owner: 'a' }, { last: 12, before: tail.pageInfo.startCursor }, options);
    expect(ids(before)).toEqual(range('a', 22, 34));
    const head = await resolveConnection(paginator, { owner: 'a' }, { last: 50, before: tail.pageInfo.startCursor }, options);
    expect(ids(head)).toEqual(range('a', 0, 34));
    expect(head.pageInfo.hasPreviousPage).toBe(false);
    expect(source.fetches).toHaveLength(1);
  });

  it('counts the whole list, with first: 0 too, from the same single fetch', async () => {
    const source = createSource(37);
    const paginator = paginatorOver(source);
    expect(await (await resolveConnection(paginator, { owner: 'a' }, { first: 2 }, options)).totalCount()).toBe(37);
    expect(await (await resolveConnection(paginator, { owner: 'a' }, { first: 0 }, options)).totalCount()).toBe(37);
    expect(source.fetches).toHaveLength(1);
  });

  it('serves an empty list as an empty connection', async () => {
    const page = await resolveConnection(paginatorOver(createSource(0)), { owner: 'a' }, { first: 5 }, options);
    expect(ids(page)).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('does not remember a failed fetch', async () => {
    const source = createSource(3);
    source.failOnce();
    const paginator = paginatorOver(source);
    await expect(resolveConnection(paginator, { owner: 'a' }, { first: 5 }, options)).rejects.toThrow('upstream down');
    expect(ids(await resolveConnection(paginator, { owner: 'a' }, { first: 5 }, options))).toEqual(range('a', 0, 3));
    expect(source.fetches).toHaveLength(2);
  });
});
