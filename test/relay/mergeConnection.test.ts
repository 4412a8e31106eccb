import { GraphQLError } from 'graphql';

import { ProviderError } from '../../src/providers/providerError';
import type { ConnectionArgs } from '../../src/relay/connectionArgs';
import { defineMergeStream, type MergedConnection, type MergeStream, resolveMergedConnection } from '../../src/relay/mergeConnection';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { createFakePaginator, type FakeItem, type FakeOptions, type FakePaginator } from '../helpers/fakePaginator';
import { relayOptions } from '../helpers/relayOptions';

const options = relayOptions();

/** A fake stream whose node at position p has key `start - step × p` (so the list is sorted, larger first). */
interface FakeStream {
  readonly name: string;
  readonly paginator: FakePaginator;
  readonly step: number;
  readonly start: number;
}

function fakeStream(name: string, step: number, start: number, fake: FakeOptions): FakeStream {
  return { name, paginator: { ...createFakePaginator(fake), resource: `fake.${name}` }, step, start };
}

const keyOf = (stream: FakeStream, item: FakeItem): number => stream.start - stream.step * item.position;
const label = (stream: FakeStream, item: FakeItem): string => `${stream.name}:${item.position}`;

interface MergeFilter {
  /** Leave out nodes whose position is a multiple of this. */
  readonly dropMultiplesOf?: number;
  /** Stop at nodes with a key below this. */
  readonly minKey?: number;
  readonly countIsExact?: boolean;
}

function streamsOf(fakes: ReadonlyArray<FakeStream>, filter: MergeFilter = {}): MergeStream[] {
  return fakes.map((fake) =>
    defineMergeStream({
      name: fake.name,
      paginator: fake.paginator,
      args: { filter: 'all' },
      keyOf: (item) => keyOf(fake, item),
      admit: (item) => filter.dropMultiplesOf === undefined || item.position % filter.dropMultiplesOf !== 0,
      endsBefore: (item) => filter.minKey !== undefined && keyOf(fake, item) < filter.minKey,
      present: (item) => ({ label: label(fake, item), key: keyOf(fake, item) }),
      countIsExact: filter.countIsExact ?? true,
    }),
  );
}

interface Served {
  readonly label: string;
  readonly key: number;
}

const labels = (connection: MergedConnection): string[] => connection.nodes.map((node) => (node as Served).label);

function merge(fakes: ReadonlyArray<FakeStream>, args: ConnectionArgs, filter: MergeFilter = {}): Promise<MergedConnection> {
  return resolveMergedConnection(streamsOf(fakes, filter), args, { resource: 'things', filter: { drop: filter.dropMultiplesOf ?? null, min: filter.minKey ?? null } }, options);
}

/** Every node of every stream the filter selects, in the merge's order (key descending, then name, then position). */
function expectedOrder(fakes: ReadonlyArray<FakeStream>, totals: ReadonlyArray<number>, filter: MergeFilter = {}): string[] {
  const all: Array<{ label: string; key: number; name: string; position: number }> = [];
  fakes.forEach((fake, index) => {
    for (let position = 0; position < (totals[index] ?? 0); position += 1) {
      const key = fake.start - fake.step * position;
      if (filter.minKey !== undefined && key < filter.minKey) break;
      if (filter.dropMultiplesOf !== undefined && position % filter.dropMultiplesOf === 0) continue;
      all.push({ label: `${fake.name}:${position}`, key, name: fake.name, position });
    }
  });
  all.sort((a, b) => b.key - a.key || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.position - b.position));
  return all.map((entry) => entry.label);
}

async function traverse(fakes: ReadonlyArray<FakeStream>, first: number, filter: MergeFilter = {}): Promise<{ labels: string[]; cursors: string[]; requests: number }> {
  const seen: string[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  for (let requests = 1; ; requests += 1) {
    const connection: MergedConnection = await merge(fakes, { first, after }, filter);
    expect(connection.failures).toEqual([]);
    seen.push(...labels(connection));
    cursors.push(...connection.edges.map((edge) => edge.cursor));
    if (!connection.pageInfo.hasNextPage) return { labels: seen, cursors, requests };
    after = connection.pageInfo.endCursor;
    if (requests > 200) throw new Error('runaway traversal');
  }
}

async function codeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions.code;
    return error instanceof ProviderError ? error.code : error;
  }
  return 'no error';
}

const TOTALS = [23, 17, 31];
const threeStreams = (): FakeStream[] => [
  fakeStream('a', 3, 1000, { total: 23, maxPageSize: 5, totalCount: true }),
  fakeStream('b', 4, 1000, { total: 17, maxPageSize: 4, totalCount: true }),
  // Keys on a coarser grid than a's and b's: many ties across streams.
  fakeStream('c', 2, 1001, { total: 31, maxPageSize: 6, totalCount: true }),
];

describe('resolveMergedConnection', () => {
  it.each([1, 4, 7, 50])('serves every node of every stream once, in key order with ties by stream name, first=%i', async (first) => {
    const fakes = threeStreams();
    const result = await traverse(fakes, first);
    expect(result.labels).toEqual(expectedOrder(fakes, TOTALS));
  });

  it('resumes from any edge cursor with exactly the rest', async () => {
    const full = await traverse(threeStreams(), 6);
    for (const [index, cursor] of full.cursors.entries()) {
      const rest = await traverse(threeStreams(), 100).then(() => merge(threeStreams(), { first: 100, after: cursor }));
      expect(labels(rest)).toEqual(full.labels.slice(index + 1));
    }
  });

  it('reads at most one native page per stream beyond the pages it serves from, and none from a stream a cursor shows is done', async () => {
    const fakes = threeStreams();
    let after: string | null = null;
    for (;;) {
      const before = fakes.map((fake) => fake.paginator.requests.length);
      const connection: MergedConnection = await merge(fakes, { first: 5, after });
      fakes.forEach((fake, index) => {
        const reads = fake.paginator.requests.slice(before[index]);
        const servedPages = new Set(
          connection.nodes.filter((node) => (node as Served).label.startsWith(`${fake.name}:`)).map((node) => Math.floor(Number((node as Served).label.split(':')[1]) / fake.paginator.maxPageSize)),
        );
        expect(reads.length).toBeLessThanOrEqual(servedPages.size + 1);
      });
      after = connection.pageInfo.endCursor;
      if (!connection.pageInfo.hasNextPage) break;
    }
    const counts = fakes.map((fake) => fake.paginator.requests.length);
    const last = await merge(fakes, { first: 5, after });
    expect(last.edges).toEqual([]);
    expect(fakes.map((fake) => fake.paginator.requests.length)).toEqual(counts);
  });

  it('applies the filters the streams cannot apply themselves, and stops a stream at its lower bound without reading past it', async () => {
    const filter = { dropMultiplesOf: 3, minKey: 960 };
    const fakes = threeStreams();
    const result = await traverse(fakes, 4, filter);
    expect(result.labels).toEqual(expectedOrder(threeStreams(), TOTALS, filter));
    // a's keys fall below 960 at position 14: it reads pages 0..2 (positions 0-14), never page 3.
    expect(Math.max(...fakes[0]!.paginator.requests.map((request) => request.token?.k ?? 0))).toBeLessThanOrEqual(14);
  });

  it('adds up the streams’ counts only when every one is exact', async () => {
    const exact = await merge(threeStreams(), { first: 2 });
    await expect(exact.totalCount()).resolves.toBe(23 + 17 + 31);
    const inexact = await merge(threeStreams(), { first: 2 }, { countIsExact: false });
    await expect(inexact.totalCount()).resolves.toBeNull();
  });

  it('serves the other streams when one fails, and its cursor resumes the failed stream from where it stood', async () => {
    const fakes = threeStreams();
    const b = fakes[1]!;
    const healthy = b.paginator.fetchPage.bind(b.paginator);
    let failing = false;
    const flaky: FakePaginator = {
      ...b.paginator,
      fetchPage: (args, request) => (failing ? Promise.reject(new ProviderError('UPSTREAM_UNAVAILABLE', 'b is down', {})) : healthy(args, request)),
    };
    const withFlaky = [fakes[0]!, { ...b, paginator: flaky }, fakes[2]!];
    const seen: string[] = [];
    const first = await merge(withFlaky, { first: 6 });
    seen.push(...labels(first));
    failing = true;
    const failed = await merge(withFlaky, { first: 40, after: first.pageInfo.endCursor });
    expect(failed.failures.map((failure) => failure.stream)).toEqual(['b']);
    expect(failed.pageInfo.hasNextPage).toBe(true);
    expect(labels(failed).some((entry) => entry.startsWith('b:'))).toBe(false);
    seen.push(...labels(failed));
    failing = false;
    let after = failed.pageInfo.endCursor;
    for (;;) {
      const connection: MergedConnection = await merge(withFlaky, { first: 40, after });
      expect(connection.failures).toEqual([]);
      seen.push(...labels(connection));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    // Every node exactly once; b's are late (served after it recovered), the rest in order.
    expect([...seen].sort()).toEqual(expectedOrder(threeStreams(), TOTALS).sort());
    expect(seen.filter((entry) => !entry.startsWith('b:'))).toEqual(expectedOrder(threeStreams(), TOTALS).filter((entry) => !entry.startsWith('b:')));
    expect(seen.filter((entry) => entry.startsWith('b:'))).toEqual(expectedOrder(threeStreams(), TOTALS).filter((entry) => entry.startsWith('b:')));
  });

  it('refuses a cursor of other filters, of a single connection, or modified, before any read', async () => {
    const fakes = threeStreams();
    const page = await merge(fakes, { first: 3 });
    const cursor = page.pageInfo.endCursor as string;
    const single = await resolveConnection(fakes[0]!.paginator, { filter: 'all' }, { first: 1 }, options);
    const reads = fakes.map((fake) => fake.paginator.requests.length);
    expect(await codeOf(() => merge(fakes, { first: 3, after: cursor }, { dropMultiplesOf: 2 }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(() => merge(fakes.slice(0, 2), { first: 3, after: cursor }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(() => merge(fakes, { first: 3, after: single.pageInfo.endCursor }))).toBe('BAD_CURSOR');
    expect(await codeOf(() => resolveConnection(fakes[0]!.paginator, { filter: 'all' }, { first: 1, after: cursor }, options))).toBe('BAD_CURSOR');
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith('A') ? 'B' : 'A'}${cursor.slice(-1)}`;
    expect(await codeOf(() => merge(fakes, { first: 3, after: tampered }))).toBe('BAD_CURSOR');
    expect(await codeOf(() => merge(fakes, { last: 3 }))).toBe('BAD_USER_INPUT');
    expect(fakes.map((fake) => fake.paginator.requests.length)).toEqual(reads);
  });

  it('reads nothing for first: 0', async () => {
    const fakes = threeStreams();
    const connection = await merge(fakes, { first: 0 });
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(fakes.map((fake) => fake.paginator.requests.length)).toEqual([0, 0, 0]);
  });
});
