import { ErrorCode } from '../errorCodes';
import { badUserInput, GatewayError } from '../errors';
import type { JsonValue, Paginator } from '../providers/types';
import type { Connection, Edge } from './connection';
import { type ConnectionArgs, planConnection } from './connectionArgs';
import { type CursorPosition, holdsUrl, type MergedPosition, type StreamPosition } from './cursor';
import { fingerprintArgs, stableStringify } from './fingerprint';
import type { PageCache } from './pageCache';
import { createPageReader, type PageReader, type ReadPage, type ResumePoint } from './pageReader';
import type { RelayOptions } from './resolveConnection';

/**
 * One sorted native list taking part in a merged connection, e.g. one provider's conversations by
 * `updated_at` descending. The engine knows no provider: a stream is a paginator, its arguments,
 * and how to read the order key off a node. Built with {@link defineMergeStream}.
 */
export interface MergeStream {
  /** Names the stream in cursors and errors; of two nodes with the same key, the smaller name's comes first. */
  readonly name: string;
  /**
   * Its reader for one request (through the page cache when one is configured), reading
   * `readAheadDepth` native pages ahead after each page boundary it serves.
   */
  open(cache: PageCache | undefined, readAheadDepth: number): OpenStream;
}

/** A stream inside one request, its node type erased (see {@link defineMergeStream}). */
export interface OpenStream {
  readonly resource: string;
  readonly fingerprint: string;
  readonly reader: PageReader<object>;
  readonly onRepeatedNode: 'fail' | 'skip';
  /** Every page is read at this size: see {@link settleHead}. */
  readonly maxPageSize: number;
  idOf(node: object): string;
  keyOf(node: object): number;
  admit(node: object): boolean;
  endsBefore(node: object): boolean;
  present(node: object): object;
  /** Whether the provider's count is the count of what this stream serves (every filter applied by the provider). */
  readonly countIsExact: boolean;
  fetchTotalCount(): Promise<number | null>;
}

export interface MergeStreamSpec<TNode extends object, TArgs extends JsonValue, TToken extends JsonValue> {
  readonly name: string;
  readonly paginator: Paginator<TNode, TArgs, TToken>;
  readonly args: TArgs;
  /**
   * The order key, larger first: the paginator must list nodes in non-increasing key order (its
   * server-side sort). Nodes with equal keys keep the paginator's order.
   */
  keyOf(node: TNode): number;
  /** `false` leaves the node out: a filter the provider cannot apply itself, applied as pages arrive. */
  admit?(node: TNode): boolean;
  /**
   * `true` when this node, and so every node after it in the sort order, is outside the query (older
   * than a lower bound on the key): the stream ends there, with no further page read.
   */
  endsBefore?(node: TNode): boolean;
  /** What the merged connection serves for a node (a tagged copy, say); the node itself by default. */
  present?(node: TNode): object;
  /** The provider's count (on a page or from its count endpoint) counts exactly what this stream serves. */
  readonly countIsExact: boolean;
}

/**
 * Erases a stream's node, argument and token types so streams of different providers can be merged.
 * The casts are sound: every node the erased functions see came from this stream's own paginator.
 */
export function defineMergeStream<TNode extends object, TArgs extends JsonValue, TToken extends JsonValue>(
  spec: MergeStreamSpec<TNode, TArgs, TToken>,
): MergeStream {
  const own = (node: object): TNode => node as TNode;
  return {
    name: spec.name,
    open(cache, readAheadDepth) {
      const fingerprint = fingerprintArgs(spec.paginator.resource, spec.args);
      const reader: PageReader<object> = createPageReader(spec.paginator, spec.args, fingerprint, cache, readAheadDepth);
      return {
        resource: spec.paginator.resource,
        fingerprint,
        reader,
        onRepeatedNode: spec.paginator.onRepeatedNode,
        maxPageSize: spec.paginator.maxPageSize,
        idOf: (node) => spec.paginator.idOf(own(node)),
        keyOf: (node) => spec.keyOf(own(node)),
        admit: (node) => spec.admit?.(own(node)) ?? true,
        endsBefore: (node) => spec.endsBefore?.(own(node)) ?? false,
        present: (node) => spec.present?.(own(node)) ?? node,
        countIsExact: spec.countIsExact,
        fetchTotalCount: async () => (spec.paginator.fetchTotalCount ? spec.paginator.fetchTotalCount(spec.args) : null),
      };
    },
  };
}

/** A stream that could not be read in this request; the others' edges are served without it. */
export interface StreamFailure {
  readonly stream: string;
  readonly error: unknown;
}

export interface MergedConnection extends Connection<object> {
  /** In stream order; empty when every stream answered. */
  readonly failures: ReadonlyArray<StreamFailure>;
}

/** A filtered stream answering empty pages that each claim more would make a request loop; a few in a row are tolerated. */
const MAX_EMPTY_PAGES_IN_A_ROW = 3;

/** Where a stream stands after the last node it gave up (served or left out); what a cursor records for it. */
type Mark =
  | { readonly kind: 'start' }
  | { readonly kind: 'done' }
  | { readonly kind: 'position'; readonly position: CursorPosition }
  | { readonly kind: 'read'; readonly read: ReadPage<object>; readonly index: number };

/** One stream during one request. */
interface Run {
  readonly name: string;
  readonly stream: OpenStream;
  mark: Mark;
  /** `live`: may have more; `done`: nothing more for this query; `failed`: a read failed in this request. */
  status: 'live' | 'done' | 'failed';
  /** The first page to read, until one has been read. */
  start: Extract<ResumePoint, { kind: 'page' }> | null;
  read: ReadPage<object> | null;
  /** The index of the stream's head in `read`. */
  index: number;
  readonly seen: Set<string>;
  emptyInRow: number;
  /** The count on the first page it read in this request, if the provider put one there. */
  pageCount: number | null;
  error?: unknown;
}

interface DraftEdge {
  readonly node: object;
  readonly run: Run;
  /** Every stream's mark right after this edge, in stream order. */
  readonly marks: ReadonlyArray<Mark>;
}

export interface MergeOptions {
  /** Names the merged connection in fingerprints and errors (`conversations`). */
  readonly resource: string;
  /** The merged query's own filter arguments; bound into every cursor with the streams' names. */
  readonly filter: JsonValue;
}

/**
 * A Relay connection over several sorted native lists at once: a k-way merge by each stream's key,
 * larger first, ties to the smaller stream name, then each stream's own order.
 *
 * Reads: each stream's first page is read at once (in parallel), then a stream's next page only
 * when the merge needs its next node, sized to what the request still wants; so beyond what is
 * served, at most one native page per stream is read per request (the page whose head lost the
 * comparison), and a stream that a cursor shows to be done is not read at all.
 *
 * Cursors: each edge's cursor holds every stream's position right after that edge (the edge's own
 * stream at the edge, the others at the last node they gave up before it), signed as one cursor, so
 * `after` resumes every stream exactly, from any edge.
 *
 * Failures: a stream whose read fails is left out of this request (its failure returned in
 * `failures`); the cursors keep its position where it stood, so `after` retries it from there.
 *
 * Forward only (`first`/`after`): a merge reads every stream from its head.
 */
export async function resolveMergedConnection(
  streams: ReadonlyArray<MergeStream>,
  connectionArgs: ConnectionArgs,
  merge: MergeOptions,
  options: RelayOptions,
): Promise<MergedConnection> {
  const plan = planConnection(connectionArgs, options.limits);
  if (plan.direction === 'backward') {
    throw badUserInput(`\`${merge.resource}\` pages forward only (\`first\`/\`after\`): a merge reads every stream from its head.`);
  }
  const names = streams.map((stream) => stream.name);
  const fingerprint = fingerprintArgs(`merged:${merge.resource}`, { filter: merge.filter, streams: [...names].sort() });
  const resumed = plan.after === null ? null : decodeFor(plan.after, fingerprint, options, merge.resource);
  // Read-ahead as for a single connection: none on a traversal's first request, PREFETCH_DEPTH
  // pages per stream once it resumes from a cursor.
  const readAheadDepth = resumed === null || options.pageCache === undefined ? 0 : options.pageCache.prefetchDepth;
  const runs = streams.map((stream) =>
    openRun(stream, stream.open(options.pageCache, readAheadDepth), resumed?.streams[stream.name] ?? { kind: 'start' }, merge.resource),
  );
  const edges: DraftEdge[] = [];
  if (plan.count > 0) {
    await Promise.all(runs.map((run) => settleHead(run)));
    while (edges.length < plan.count) {
      const run = leader(runs);
      if (run === null) break;
      const read = run.read as ReadPage<object>;
      const node = read.page.nodes[run.index] as object;
      run.mark = { kind: 'read', read, index: run.index };
      run.index += 1;
      edges.push({ node, run, marks: runs.map((each) => each.mark) });
      if (edges.length < plan.count) await settleHead(run);
    }
  }
  await Promise.all(runs.map(keepForNext));
  return buildConnection(edges, runs, fingerprint, plan.after !== null, options);
}

function decodeFor(cursor: string, fingerprint: string, options: RelayOptions, resource: string): MergedPosition {
  const position = options.cursors.decodeMerged(cursor);
  if (position.fingerprint !== fingerprint) {
    throw badUserInput(`This cursor was issued for other \`${resource}\` filters; use it with the arguments it came from.`);
  }
  return position;
}

function openRun(descriptor: MergeStream, stream: OpenStream, from: StreamPosition, resource: string): Run {
  const run: Run = {
    name: descriptor.name,
    stream,
    mark: { kind: 'start' },
    status: 'live',
    start: { kind: 'page', token: null, size: null, direction: 'forward', boundary: 0 },
    read: null,
    index: 0,
    seen: new Set(),
    emptyInRow: 0,
    pageCount: null,
  };
  if (from.kind === 'done') return { ...run, mark: from, status: 'done', start: null };
  if (from.kind === 'start') return run;
  const { position } = from;
  if (position.resource !== stream.resource || position.fingerprint !== stream.fingerprint || position.direction !== 'forward') {
    throw badUserInput(`This cursor's ${descriptor.name} position belongs to another list or filter; use it with the \`${resource}\` arguments it came from.`);
  }
  const mark: Mark = { kind: 'position', position };
  // Resuming after an edge: straight to the next native page when the edge ended its page.
  if (position.next !== undefined) {
    if (position.next === null) return { ...run, mark, status: 'done', start: null };
    if (stableStringify(position.next) === stableStringify(position.token)) {
      throw new GatewayError(ErrorCode.UPSTREAM_PAGINATION_ERROR, `${stream.resource}: this cursor leads back to its own page. Start again without a cursor.`);
    }
    return { ...run, mark, start: { kind: 'page', token: position.next, size: null, direction: 'forward', boundary: 0 } };
  }
  return { ...run, mark, start: { kind: 'page', token: position.token, size: position.size, direction: 'forward', boundary: position.index + 1 } };
}

/**
 * Moves the stream to its next node that the query selects, reading a page if its current one is
 * used up; leaves it `done` when it has none, or `failed` when a read fails. Nodes left out by a
 * filter move its mark on, so no cursor makes them be read again.
 *
 * Pages are read at the provider's largest size, whatever `first` is: how much of a stream a page
 * of the merge takes depends on the other streams, so a page sized to `first` is often too short
 * (one more call) and never saves one; and with the page cache, the next request finds the rest
 * of the page kept (measured on the simulators, first=100: 15 calls sized to `first`, 12 at the
 * largest size, against a minimum of 11).
 */
async function settleHead(run: Run): Promise<void> {
  const { stream } = run;
  for (;;) {
    if (run.status !== 'live') return;
    const read = run.read;
    if (read !== null && run.index < read.page.nodes.length) {
      const node = read.page.nodes[run.index] as object;
      if (stream.endsBefore(node)) {
        finish(run);
        return;
      }
      const id = stream.idOf(node);
      if (run.seen.has(id)) {
        if (stream.onRepeatedNode === 'fail') return fail(run, paginationError(stream.resource, `the provider returned ${id} twice in one traversal; stopping instead of looping.`));
      } else if (stream.admit(node)) {
        run.seen.add(id);
        return;
      }
      run.mark = { kind: 'read', read, index: run.index };
      run.index += 1;
      continue;
    }
    const point = read === null ? run.start : onward(read);
    if (point === null) {
      finish(run);
      return;
    }
    let next: ReadPage<object>;
    try {
      next = await stream.reader.read(point, stream.maxPageSize);
    } catch (error) {
      return fail(run, error);
    }
    const problem = checkPage(run, next);
    if (problem !== null) return fail(run, problem);
    if (read === null) run.pageCount = next.page.totalCount ?? null;
    run.read = next;
    run.index = point.boundary ?? 0;
  }
}

function onward(read: ReadPage<object>): Extract<ResumePoint, { kind: 'page' }> | null {
  const token = read.page.nextToken;
  return token === null ? null : { kind: 'page', token, size: null, direction: 'forward', boundary: 0 };
}

/** The stream has nothing more for this query: later cursors say so, and no later request reads it. */
function finish(run: Run): void {
  run.status = 'done';
  run.mark = { kind: 'done' };
}

function fail(run: Run, error: unknown): void {
  run.status = 'failed';
  run.error = error;
}

function paginationError(resource: string, message: string): GatewayError {
  return new GatewayError(ErrorCode.UPSTREAM_PAGINATION_ERROR, `${resource}: ${message}`);
}

/** The single-list engine's guards that apply to one forward stream: record caps, URL tokens, self-loops, empty pages. */
function checkPage(run: Run, { page, request }: ReadPage<object>): GatewayError | null {
  const { resource } = run.stream;
  if (page.capped) return new GatewayError(ErrorCode.PAGINATION_LIMIT, `${resource}: ${page.capped.reason}`, { resource, recordCap: page.capped.recordCap });
  if ([page.nextToken, page.previousToken, page.endToken ?? null].some((token) => token !== null && holdsUrl(token))) {
    return paginationError(resource, 'the provider sent a page token that is a URL; tokens are sent back as values, never followed.');
  }
  if (page.nextToken !== null && stableStringify(page.nextToken) === stableStringify(request.token)) {
    return paginationError(resource, 'the provider returned a page whose next page is itself; stopping instead of looping.');
  }
  run.emptyInRow = page.nodes.length === 0 && page.nextToken !== null ? run.emptyInRow + 1 : 0;
  if (run.emptyInRow > MAX_EMPTY_PAGES_IN_A_ROW) {
    return paginationError(resource, `the provider returned ${run.emptyInRow} empty pages in a row that each claimed more; stopping.`);
  }
  return null;
}

/** The live stream whose head comes first: the largest key, then the smallest stream name. */
function leader(runs: ReadonlyArray<Run>): Run | null {
  let best: Run | null = null;
  let bestKey = 0;
  for (const run of runs) {
    if (run.status !== 'live' || run.read === null || run.index >= run.read.page.nodes.length) continue;
    const key = run.stream.keyOf(run.read.page.nodes[run.index] as object);
    if (best === null || key > bestKey || (key === bestKey && run.name < best.name)) {
      best = run;
      bestKey = key;
    }
  }
  return best;
}

/** Whether the stream may still hold nodes for this query beyond what this request served. */
function mayHaveMore(run: Run): boolean {
  if (run.status === 'failed') return true;
  if (run.status === 'done') return false;
  if (run.read === null) return run.start !== null;
  return run.index < run.read.page.nodes.length || run.read.page.nextToken !== null;
}

/**
 * The page cache (when configured) keeps each stream's current page for the next request, which
 * resumes inside it, or reads ahead the page after it: the same help a single connection gets.
 */
async function keepForNext(run: Run): Promise<void> {
  if (run.status !== 'live' || run.read === null) return;
  const { request, page } = run.read;
  // Read-ahead at the size the next request reads this stream's pages at (see settleHead).
  const keeping = run.stream.reader.keepForNext(request, page, run.index, run.stream.maxPageSize);
  // A merged request almost never ends on a stream's page boundary, so the read-ahead a single
  // connection starts there would never start, and every stream's next page would be read only
  // when the merge runs out of its current one, one provider after another (bench, inbox suite:
  // 2.2x the slowest single-provider traversal). So the pages after the kept one are read ahead
  // too (PREFETCH_DEPTH, none on a traversal's first request): a whole traversal reads each of them
  // anyway; a traversal that stops here wastes at most that many pages per stream, as a single
  // connection's read-ahead does.
  const readingOn = run.index < page.nodes.length ? run.stream.reader.keepForNext(request, page, page.nodes.length, run.stream.maxPageSize) : undefined;
  await Promise.all([keeping, readingOn]);
}

function positionOf(run: Run, mark: Mark): StreamPosition {
  switch (mark.kind) {
    case 'start':
      return { kind: 'start' };
    case 'done':
      return { kind: 'done' };
    case 'position':
      return { kind: 'at', position: mark.position };
    case 'read': {
      const { page, request } = mark.read;
      // The end of a stream sorted newest first: records created later appear at its head, not
      // after its end, so the position after the end (Zendesk's `after_cursor`) holds nothing new.
      if (mark.index === page.nodes.length - 1 && page.nextToken === null) return { kind: 'done' };
      return { kind: 'at', position: run.stream.reader.position(request, page, mark.index) };
    }
  }
}

function buildConnection(edges: ReadonlyArray<DraftEdge>, runs: ReadonlyArray<Run>, fingerprint: string, resumed: boolean, options: RelayOptions): MergedConnection {
  const encode = (marks: ReadonlyArray<Mark>): string =>
    options.cursors.encodeMerged({
      fingerprint,
      streams: Object.fromEntries(runs.map((run, index) => [run.name, positionOf(run, marks[index] as Mark)])),
    });
  const served = edges.map((draft) => new LazyEdge(draft.run.stream.present(draft.node), draft.marks, encode));
  const failures = runs.filter((run) => run.status === 'failed').map((run) => ({ stream: run.name, error: run.error }));
  return {
    edges: served,
    nodes: served.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: runs.some(mayHaveMore),
      // As in a single connection: a cursor we resumed from proves an edge exists before it.
      hasPreviousPage: resumed,
      get startCursor() {
        return served[0]?.cursor ?? null;
      },
      get endCursor() {
        return served[served.length - 1]?.cursor ?? null;
      },
    },
    failures,
    totalCount: () => totalCount(runs),
  };
}

/** The sum of every stream's count when each knows its own exactly; else `null`. */
async function totalCount(runs: ReadonlyArray<Run>): Promise<number | null> {
  if (runs.some((run) => run.status === 'failed' || !run.stream.countIsExact)) return null;
  const counts = await Promise.all(runs.map((run) => (run.pageCount !== null ? Promise.resolve(run.pageCount) : run.stream.fetchTotalCount())));
  let sum = 0;
  for (const count of counts) {
    if (count === null) return null;
    sum += count;
  }
  return sum;
}

/** Signs its cursor on first read, as a single connection's edge does. */
class LazyEdge implements Edge<object> {
  #cursor: string | undefined;

  constructor(
    readonly node: object,
    private readonly marks: ReadonlyArray<Mark>,
    private readonly encode: (marks: ReadonlyArray<Mark>) => string,
  ) {}

  get cursor(): string {
    this.#cursor ??= this.encode(this.marks);
    return this.#cursor;
  }
}
