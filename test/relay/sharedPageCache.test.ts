import { withDeferredNodes } from '../../src/providers/deferredNodes';
import type { Connection } from '../../src/relay/connection';
import { resolveConnection, type RelayOptions } from '../../src/relay/resolveConnection';
import { createSharedPageCache, type PageStore, type StoredLookup } from '../../src/relay/sharedPageCache';
import { createFakePaginator, type FakeItem, type FakePaginator } from '../helpers/fakePaginator';
import { relayOptions } from '../helpers/relayOptions';

const args = { filter: 'all' };
const settle = () => new Promise((resolve) => setImmediate(resolve));
/**
 * Waits until `done()` holds, however long the machine takes (a loaded CI runner), checking every
 * millisecond, up to 5 s; the assertion after it says what should then be true.
 */
async function until(done: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 5_000 && !done(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 1));
}
const positions = (connection: Connection<FakeItem>): number[] => connection.nodes.map((node) => node.position);
const tokensRead = (paginator: FakePaginator): Array<number | null> => paginator.requests.map((request) => request.token?.k ?? null);

/** Redis's semantics in memory (no expiry): what two instances share. `down` makes every call fail, as a lost connection does. */
function memoryStore() {
  const pages = new Map<string, string>();
  const claims = new Set<string>();
  const state = { down: false, ready: true };
  const call = async <T>(work: () => T): Promise<T> => {
    await settle();
    if (state.down) throw new Error('Connection is closed.');
    return work();
  };
  const lookup = (key: string, remove: boolean): StoredLookup => {
    const page = pages.get(key);
    if (page === undefined) return { page: null, pending: claims.has(key) };
    if (remove) {
      pages.delete(key);
      claims.delete(key);
    }
    return { page };
  };
  const store: PageStore = {
    get ready() {
      return state.ready;
    },
    take: (key) => call(() => lookup(key, true)),
    peek: (key) => call(() => lookup(key, false)),
    claim: (key) =>
      call(() => {
        if (claims.has(key)) return false;
        claims.add(key);
        return true;
      }),
    save: (key, page) => call(() => void pages.set(key, page)),
    release: (key) => call(() => void claims.delete(key)),
    discard: (key) => call(() => [pages.delete(key), claims.delete(key)].some(Boolean)),
  };
  return { store, pages, claims, state };
}

function instance(store: PageStore, waitMs = 1_000, namespace = 'account-1'): RelayOptions {
  return {
    ...relayOptions(),
    pageCache: createSharedPageCache({ maxEntries: 100, ttlMs: 60_000, prefetchDepth: 2, waitMs, store, namespaceOf: () => namespace }),
  };
}

/** Requests alternating over `instances`, `first: 10` each, until the list ends. */
async function alternate(paginator: FakePaginator, instances: ReadonlyArray<RelayOptions>): Promise<number[]> {
  const seen: number[] = [];
  let after: string | null = null;
  for (let request = 0; ; request += 1) {
    const page: Connection<FakeItem> = await resolveConnection(paginator, args, { first: 10, after }, instances[request % instances.length] as RelayOptions);
    seen.push(...positions(page));
    // Lets read-ahead land and be stored, as it does while a response travels.
    for (let turn = 0; turn < 20; turn += 1) await settle();
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

const all = (total: number) => Array.from({ length: total }, (_, position) => position);

describe('page cache shared between instances (sharedPageCache)', () => {
  it('serves on one instance the pages another read ahead: each page read once over a traversal alternating between them', async () => {
    const { store, pages, claims } = memoryStore();
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    expect(await alternate(paginator, [instance(store), instance(store)])).toEqual(all(73));
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40, 50, 60, 70]);
    // Pages 3 on were read ahead, and nothing is left behind in the store.
    expect(paginator.requests.filter((request) => request.readAhead === true)).toHaveLength(6);
    expect(pages.size).toBe(0);
    expect(claims.size).toBe(0);
  });

  it('stores pages as JSON that round-trips: a page served by the other instance equals the one read', async () => {
    const { store, pages } = memoryStore();
    const [a, b] = [instance(store), instance(store)];
    const page = withDeferredNodes<FakeItem, { k: number }>({ nextToken: { k: 20 }, previousToken: { k: 10 }, endToken: { k: 20 }, totalCount: 73 }, () => [
      { nativeId: 'n10', position: 10 },
    ]);
    a.pageCache?.put('fake.items\u0000fp\u0000forward\u000010\u0000{"k":10}', page);
    // Stored in the shared store a few turns later (serialised off the request's path).
    await until(() => pages.size > 0);
    const served = await b.pageCache?.take('fake.items\u0000fp\u0000forward\u000010\u0000{"k":10}');
    expect(served).toEqual({ nodes: [{ nativeId: 'n10', position: 10 }], nextToken: { k: 20 }, previousToken: { k: 10 }, endToken: { k: 20 }, totalCount: 73 });
  });

  it('makes a request wait for a page another instance is still reading ahead, instead of reading it again', async () => {
    const { store } = memoryStore();
    const [a, b] = [instance(store), instance(store)];
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const gate: Array<() => void> = [];
    const original = paginator.fetchPage.bind(paginator);
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 20) await new Promise<void>((resolve) => gate.push(resolve));
      return original(filter, request);
    };
    const one = await resolveConnection(paginator, args, { first: 10 }, a);
    const two = await resolveConnection(paginator, args, { first: 10, after: one.pageInfo.endCursor }, a);
    // A is reading page 3 ahead (held at the provider); B is asked for it now.
    const three = resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, b);
    await until(() => gate.length > 0);
    expect(gate).toHaveLength(1);
    gate.forEach((release) => release());
    expect(positions(await three)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    // B's own read-ahead (pages 4 and 5) goes on after its response.
    await until(() => tokensRead(paginator).length >= 5);
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40]);
  });

  it('reads the page itself when the other instance has not delivered it within PAGE_CACHE_WAIT_MS', async () => {
    const { store } = memoryStore();
    const [a, b] = [instance(store, 30), instance(store, 30)];
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const gate: Array<() => void> = [];
    const original = paginator.fetchPage.bind(paginator);
    paginator.fetchPage = async (filter, request) => {
      if (request.token?.k === 20 && request.readAhead === true) await new Promise<void>((resolve) => gate.push(resolve));
      return original(filter, request);
    };
    const one = await resolveConnection(paginator, args, { first: 10 }, a);
    const two = await resolveConnection(paginator, args, { first: 10, after: one.pageInfo.endCursor }, a);
    const three = await resolveConnection(paginator, args, { first: 10, after: two.pageInfo.endCursor }, b);
    expect(positions(three)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    // B read page 3 itself; A's read-ahead of it, held at the provider until now, lands too: a wasted call.
    gate.forEach((release) => release());
    await until(() => paginator.requests.filter((request) => request.token?.k === 20).length >= 2);
    const pageThree = paginator.requests.filter((request) => request.token?.k === 20);
    expect(pageThree.map((request) => request.readAhead === true).sort()).toEqual([false, true]);
  });

  it('works from each instance’s memory alone while the store is down, as without one', async () => {
    const { store, state } = memoryStore();
    state.down = true;
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    const single = instance(store);
    expect(await alternate(paginator, [single])).toEqual(all(73));
    // One instance: every page read once, pages 3 on read ahead, as the local cache does.
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40, 50, 60, 70]);
    state.ready = false;
    paginator.requests.length = 0;
    expect(await alternate(paginator, [single])).toEqual(all(73));
    expect(tokensRead(paginator)).toEqual([null, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('never serves a page to an instance of another account', async () => {
    const { store } = memoryStore();
    const paginator = createFakePaginator({ total: 73, maxPageSize: 10 });
    expect(await alternate(paginator, [instance(store, 1_000, 'account-1'), instance(store, 1_000, 'account-2')])).toEqual(all(73));
    // Each page from 3 on is read ahead by one account and asked for by the other: read twice.
    expect(tokensRead(paginator).filter((k) => k === 30)).toHaveLength(2);
  });
});
