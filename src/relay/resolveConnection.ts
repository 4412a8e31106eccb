import { ErrorCode } from '../errorCodes';
import { badUserInput, GatewayError } from '../errors';
import type { JsonValue, PageDirection, Paginator, RecordCap } from '../providers/types';
import type { Connection, Edge } from './connection';
import { type ConnectionArgs, type ConnectionLimits, type ConnectionPlan, planConnection } from './connectionArgs';
import { type CursorCodec, type CursorPosition, holdsUrl } from './cursor';
import { fingerprintArgs, stableStringify } from './fingerprint';
import type { PageCache } from './pageCache';
import { createPageReader, type PageReader, type ReadPage, type ResumePoint } from './pageReader';

/** What the engine needs from the request context. */
export interface RelayOptions {
  readonly limits: ConnectionLimits;
  readonly cursors: CursorCodec;
  /**
   * When set, pages the next request of a traversal will read are kept or read ahead here (the
   * latter from a traversal's second request on, see readAheadDepth).
   */
  readonly pageCache?: PageCache | undefined;
}

/**
 * A provider that keeps answering empty pages with a next token would make us loop; a few in a
 * row are tolerated (a filtered provider page can legitimately be empty), more end the traversal.
 */
const MAX_EMPTY_PAGES_IN_A_ROW = 3;

/** An edge before its cursor: where it sits, turned into a position only if a cursor is asked for. */
interface DraftEdge<TNode> {
  readonly node: TNode;
  readonly read: ReadPage<TNode>;
  readonly index: number;
}

interface Collected<TNode> {
  readonly edges: ReadonlyArray<DraftEdge<TNode>>;
  /** More items exist beyond the collected ones in the direction of travel. */
  readonly more: boolean;
  /** Items exist behind the starting point. */
  readonly behind: boolean;
  readonly totalCount: number | null;
}

/**
 * Implements the GraphQL Cursor Connections spec over one provider list: validates the arguments,
 * resumes from a cursor, stitches as many native pages as `first`/`last` needs (each at most the
 * provider's maximum), and mints one resumable cursor per edge.
 */
export async function resolveConnection<TNode, TArgs extends JsonValue, TToken extends JsonValue>(
  paginator: Paginator<TNode, TArgs, TToken>,
  args: TArgs,
  connectionArgs: ConnectionArgs,
  options: RelayOptions,
): Promise<Connection<TNode>> {
  const plan = planConnection(connectionArgs, options.limits);
  const fingerprint = fingerprintArgs(paginator.resource, args);
  const reader = createPageReader(paginator, args, fingerprint, options.pageCache, readAheadDepth(plan, options.pageCache));
  if (plan.direction === 'forward') {
    const start = plan.after === null ? firstPage() : resumeAfter(decodeFor(plan.after, paginator, fingerprint, options));
    const collected = await collectForward(reader, start, plan.count, paginator);
    return buildConnection(collected, reader, 'forward', plan.after !== null, paginator, args, options);
  }
  assertBackwardSupported(paginator);
  const start = plan.before === null ? lastPage(paginator) : resumeBefore(decodeFor(plan.before, paginator, fingerprint, options));
  const collected = await collectBackward(reader, start, plan.count, paginator);
  return buildConnection(collected, reader, 'backward', plan.before !== null, paginator, args, options);
}

/**
 * Read-ahead is adaptive: none after a traversal's first request (no `after`), so a client that
 * looks at one page and leaves costs exactly one call; `PREFETCH_DEPTH` pages from its second
 * request on (it resumes from a cursor, so it is walking the list). The cursor is the whole signal:
 * an instance keeps no per-client state, and any instance behind a load balancer decides alike.
 * Backward reads never read ahead.
 */
function readAheadDepth(plan: ConnectionPlan, pageCache: PageCache | undefined): number {
  return plan.direction === 'backward' || plan.after === null || pageCache === undefined ? 0 : pageCache.prefetchDepth;
}

function firstPage(): ResumePoint {
  return { kind: 'page', token: null, size: null, direction: 'forward', boundary: 0 };
}

function lastPage<TNode, TArgs, TToken extends JsonValue>(paginator: Paginator<TNode, TArgs, TToken>): ResumePoint {
  if (paginator.backward.kind === 'native' && !paginator.backward.startsFromEnd) {
    throw badUserInput(
      `\`last\` without \`before\` is not supported on ${paginator.resource}: the provider cannot list from the end. ` +
        'Page backward from a cursor (`last` + `before`), or reverse the sort order and use `first`.',
    );
  }
  return { kind: 'page', token: null, size: null, direction: 'backward', boundary: null };
}

function assertBackwardSupported<TNode, TArgs, TToken extends JsonValue>(paginator: Paginator<TNode, TArgs, TToken>): void {
  if (paginator.backward.kind === 'unsupported') {
    throw badUserInput(`${paginator.resource} cannot page backward: ${paginator.backward.reason}`);
  }
}

/** Resuming after an edge: straight to the next native page when the edge ended its page. */
function resumeAfter(position: CursorPosition): ResumePoint {
  if (position.next !== undefined) {
    return position.next === null
      ? { kind: 'end' }
      : { kind: 'page', token: position.next, size: null, direction: 'forward', boundary: 0 };
  }
  return { kind: 'page', token: position.token, size: position.size, direction: position.direction, boundary: position.index + 1 };
}

function resumeBefore(position: CursorPosition): ResumePoint {
  if (position.previous !== undefined) {
    return position.previous === null
      ? { kind: 'end' }
      : { kind: 'page', token: position.previous, size: null, direction: 'backward', boundary: null };
  }
  return { kind: 'page', token: position.token, size: position.size, direction: position.direction, boundary: position.index };
}

function decodeFor<TNode, TArgs, TToken extends JsonValue>(
  cursor: string,
  paginator: Paginator<TNode, TArgs, TToken>,
  fingerprint: string,
  options: RelayOptions,
): CursorPosition {
  const position = options.cursors.decode(cursor);
  if (position.resource !== paginator.resource) {
    throw badUserInput(`This cursor belongs to ${position.resource}, not ${paginator.resource}.`);
  }
  if (position.fingerprint !== fingerprint) {
    throw badUserInput('This cursor was issued for different filter or sort arguments; use it with the arguments it came from.');
  }
  assertLeadsOn(position, paginator.resource);
  return position;
}

function paginationError(resource: string, message: string): GatewayError {
  return new GatewayError(ErrorCode.UPSTREAM_PAGINATION_ERROR, `${resource}: ${message}`);
}

/**
 * A token value names a different position in each direction (an offset list's `{ offset: 40 }` is "from
 * record 40" forward and "before record 40" backward), so positions are compared with their direction.
 */
function positionKey(direction: PageDirection, token: JsonValue | null): string {
  return `${direction === 'forward' ? 'f' : 'b'}${stableStringify(token)}`;
}

/**
 * A cursor whose page leads, in its own direction, to itself would resume on the same page and hand
 * out the same cursor again: a client following `endCursor` would loop forever, one request at a
 * time. The engine mints no such cursor (see `visit` below), but cursors minted before it checked
 * are still signed and valid, so they are refused here, before any call.
 */
function assertLeadsOn(position: CursorPosition, resource: string): void {
  const onward = position.direction === 'forward' ? position.next : position.previous;
  if (onward !== undefined && onward !== null && stableStringify(onward) === stableStringify(position.token)) {
    throw paginationError(resource, 'this cursor comes from a page whose next page token was its own token, so resuming it would serve the same page forever. Start again without a cursor.');
  }
}

/** Stops a traversal that would loop or return a node twice (the Relay spec forbids duplicates in one page). */
function createGuard<TNode, TArgs, TToken extends JsonValue>(paginator: Paginator<TNode, TArgs, TToken>) {
  const seen = new Set<string>();
  /** Every page position this traversal has read, so any cycle (A → B → A), not only A → A, is caught. */
  const visited = new Set<string>();
  let emptyInRow = 0;
  const fail = (message: string): never => {
    throw paginationError(paginator.resource, message);
  };
  return {
    /** true when the node is new; false when it repeats and the paginator says to skip repeats. */
    admit(node: TNode): boolean {
      const id = paginator.idOf(node);
      if (!seen.has(id)) {
        seen.add(id);
        return true;
      }
      if (paginator.onRepeatedNode === 'skip') return false;
      return fail(`the provider returned ${id} twice in one traversal; stopping instead of looping.`);
    },
    /**
     * Called with every page as it arrives, before any of it is served: a page whose token onward
     * (in the direction of travel) leads to a page already read in this traversal is a loop, even
     * when this request would stop on the page, because its last edge's cursor would lead back
     * too. Tokens that look like URLs are refused as well: cursors carry token values, never links.
     */
    visit({ request, page }: ReadPage<TNode>, direction: PageDirection): void {
      if ([page.nextToken, page.previousToken, page.endToken ?? null].some((token) => token !== null && holdsUrl(token))) {
        fail('the provider sent a page token that is a URL; tokens are sent back as values, never followed.');
      }
      visited.add(positionKey(request.direction, request.token));
      const onward = direction === 'forward' ? page.nextToken : page.previousToken;
      if (onward !== null && visited.has(positionKey(direction, onward))) {
        fail('the provider returned a page token that leads back to a page already read in this request; stopping instead of looping.');
      }
    },
    /** After a page that the traversal continues past. */
    advance(pageSize: number): void {
      emptyInRow = pageSize === 0 ? emptyInRow + 1 : 0;
      if (emptyInRow > MAX_EMPTY_PAGES_IN_A_ROW) {
        fail(`the provider returned ${emptyInRow} empty pages in a row that each claimed more; stopping.`);
      }
    },
  };
}

/**
 * `first: 0` / `last: 0` read nothing: no provider call, no edges, so no start or end cursor (the
 * spec: they are the first and last edge's). The flag for the direction of travel is still a spec
 * MUST, "true if further edges exist", with no leave to answer false where that is costly to know,
 * so it says `true` unless the cursor already proves the list ends there (`kind: 'end'`, handled by
 * the callers); graphql-relay-js answers the same. The client continues with the cursor it sent,
 * or from the start without one; Relay keeps its own end cursor when a page returns none.
 */
function nothingRead<TNode>(behind: boolean): Collected<TNode> {
  return { edges: [], more: true, behind, totalCount: null };
}

async function collectForward<TNode, TArgs, TToken extends JsonValue>(
  reader: PageReader<TNode>,
  start: ResumePoint,
  count: number,
  paginator: Paginator<TNode, TArgs, TToken>,
): Promise<Collected<TNode>> {
  if (start.kind === 'end') return { edges: [], more: false, behind: true, totalCount: null };
  const skip = start.boundary ?? 0;
  if (count === 0) return nothingRead(skip > 0 || start.token !== null);
  const guard = createGuard(paginator);
  const edges: DraftEdge<TNode>[] = [];
  let point = start;
  let behind = skip > 0;
  let totalCount: number | null = null;
  for (let pageNumber = 0; ; pageNumber += 1) {
    const read = await reader.read(point, count - edges.length);
    if (read.page.capped) {
      // Records past a provider's record cap are unreachable: serve the ones already read, so those
      // just below the cap are reachable with any `first`; only a request that read nothing fails.
      if (edges.length === 0) throw recordCapError(paginator.resource, read.page.capped);
      return { edges, more: true, behind, totalCount };
    }
    guard.visit(read, 'forward');
    const { page, request } = read;
    totalCount ??= page.totalCount ?? null;
    if (pageNumber === 0) behind ||= page.previousToken !== null;
    let index = point.boundary ?? 0;
    for (; index < page.nodes.length && edges.length < count; index += 1) {
      const node = page.nodes[index] as TNode;
      if (guard.admit(node)) edges.push({ node, read, index });
    }
    if (page.nextToken === null && index >= page.nodes.length) return { edges, more: false, behind, totalCount };
    if (index < page.nodes.length || edges.length >= count) {
      await reader.keepForNext(request, page, index, count);
      return { edges, more: true, behind, totalCount };
    }
    guard.advance(page.nodes.length);
    point = { kind: 'page', token: page.nextToken, size: null, direction: 'forward', boundary: 0 };
  }
}

function recordCapError(resource: string, cap: RecordCap): GatewayError {
  return new GatewayError(ErrorCode.PAGINATION_LIMIT, `${resource}: ${cap.reason}`, { resource, recordCap: cap.recordCap });
}

async function collectBackward<TNode, TArgs, TToken extends JsonValue>(
  reader: PageReader<TNode>,
  start: ResumePoint,
  count: number,
  paginator: Paginator<TNode, TArgs, TToken>,
): Promise<Collected<TNode>> {
  if (start.kind === 'end') return { edges: [], more: false, behind: true, totalCount: null };
  if (count === 0) return nothingRead(start.token !== null);
  const guard = createGuard(paginator);
  const reversed: DraftEdge<TNode>[] = [];
  let point = start;
  let totalCount: number | null = null;
  const behind = start.token !== null;
  for (;;) {
    const read = await reader.read(point, count - reversed.length);
    // Backward reads end before a cursor the engine minted, so below the cap; this only guards the contract.
    if (read.page.capped) throw recordCapError(paginator.resource, read.page.capped);
    guard.visit(read, 'backward');
    const { page } = read;
    totalCount ??= page.totalCount ?? null;
    let index = Math.min(point.boundary ?? page.nodes.length, page.nodes.length) - 1;
    for (; index >= 0 && reversed.length < count; index -= 1) {
      const node = page.nodes[index] as TNode;
      if (guard.admit(node)) reversed.push({ node, read, index });
    }
    const done = (more: boolean): Collected<TNode> => ({ edges: reversed.reverse(), more, behind, totalCount });
    if (index >= 0) return done(true);
    if (page.previousToken === null) return done(false);
    if (reversed.length >= count) return done(true);
    guard.advance(page.nodes.length);
    point = { kind: 'page', token: page.previousToken, size: null, direction: 'backward', boundary: null };
  }
}

function buildConnection<TNode, TArgs extends JsonValue, TToken extends JsonValue>(
  collected: Collected<TNode>,
  reader: PageReader<TNode>,
  direction: PageDirection,
  resumed: boolean,
  paginator: Paginator<TNode, TArgs, TToken>,
  args: TArgs,
  options: RelayOptions,
): Connection<TNode> {
  const edges = collected.edges.map((draft) => new LazyEdge(draft, reader, options.cursors));
  const forward = direction === 'forward';
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      // The spec lets a server answer the opposite direction's flag when it can do so cheaply:
      // a cursor we resumed from proves an item exists on that side.
      hasNextPage: forward ? collected.more : resumed,
      hasPreviousPage: forward ? resumed || collected.behind : collected.more,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    async totalCount() {
      if (collected.totalCount !== null) return collected.totalCount;
      return paginator.fetchTotalCount ? paginator.fetchTotalCount(args) : null;
    },
  };
}

/**
 * Signs its cursor on first read, so clients that select no cursor pay neither for the position nor
 * for the HMAC. A class, not an object literal with a getter: it is built once per edge of every
 * connection, and V8 builds class instances on a fast path.
 */
class LazyEdge<TNode> implements Edge<TNode> {
  readonly node: TNode;
  #cursor: string | undefined;

  constructor(
    private readonly draft: DraftEdge<TNode>,
    private readonly reader: PageReader<TNode>,
    private readonly cursors: CursorCodec,
  ) {
    this.node = draft.node;
  }

  get cursor(): string {
    this.#cursor ??= this.cursors.encode(this.reader.position(this.draft.read.request, this.draft.read.page, this.draft.index));
    return this.#cursor;
  }
}
