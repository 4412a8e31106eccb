import type { OffsetToken } from './pageNumberPaginator';
import type { JsonValue, Page, PageRequest, Paginator } from './types';

export interface WholeListPaginatorOptions<TNode, TArgs> {
  readonly resource: string;
  /** Largest window the engine may ask for at once; the list itself is fetched whole. */
  readonly maxPageSize: number;
  idOf(node: TNode): string;
  /** One upstream call that returns the entire list, in the provider's order. */
  fetchAll(args: TArgs): Promise<ReadonlyArray<TNode>>;
}

/**
 * Adapts a list the provider returns unpaged (no limit, no token: Front's inboxes, teammates and
 * conversation comments) to the {@link Paginator} contract: the list is fetched once per request
 * and arguments, then served as offset windows `{ offset }` into it.
 *
 * Create one per GraphQL request (the per-request provider object does): the memo is what makes
 * every page of one request cost a single call, and it must not outlive the request, or one
 * client's list would be served to the next (DataLoader's "per request" rule). A failed fetch is
 * forgotten so a later read in the same request can try again.
 *
 * Since the whole list is in memory, backward paging (even from the end) and the count are exact.
 * Offsets are re-applied to a list fetched afresh, so if the provider's list changes between two
 * requests a resumed traversal can shift by the records added or removed before its cursor.
 */
export function createWholeListPaginator<TNode, TArgs extends JsonValue>(
  options: WholeListPaginatorOptions<TNode, TArgs>,
): Paginator<TNode, TArgs, OffsetToken> {
  const load = memoizeByArgs(options.fetchAll);
  return {
    resource: options.resource,
    maxPageSize: options.maxPageSize,
    backward: { kind: 'native', startsFromEnd: true },
    onRepeatedNode: 'fail',
    idOf: options.idOf,
    async fetchPage(args: TArgs, request: PageRequest<OffsetToken>): Promise<Page<TNode, OffsetToken>> {
      const all = await load(args);
      return request.direction === 'forward'
        ? windowForward(all, request.token?.offset ?? 0, request.size)
        : windowBackward(all, request.token?.offset ?? all.length, request.size);
    },
    async fetchTotalCount(args: TArgs): Promise<number> {
      return (await load(args)).length;
    },
  };
}

function windowForward<TNode>(all: ReadonlyArray<TNode>, offset: number, size: number): Page<TNode, OffsetToken> {
  const start = Math.min(offset, all.length);
  const end = Math.min(start + size, all.length);
  return {
    nodes: all.slice(start, end),
    nextToken: end < all.length ? { offset: end } : null,
    previousToken: start > 0 ? { offset: start } : null,
    totalCount: all.length,
  };
}

function windowBackward<TNode>(all: ReadonlyArray<TNode>, endOffset: number, size: number): Page<TNode, OffsetToken> {
  const end = Math.min(endOffset, all.length);
  const start = Math.max(0, end - size);
  return {
    nodes: all.slice(start, end),
    nextToken: end < all.length ? { offset: end } : null,
    previousToken: start > 0 ? { offset: start } : null,
    totalCount: all.length,
  };
}

/**
 * Keyed by the arguments' JSON: resolvers build them with a fixed key order, and the values are
 * already normalised, so equal arguments give equal keys.
 */
function memoizeByArgs<TNode, TArgs extends JsonValue>(
  fetchAll: (args: TArgs) => Promise<ReadonlyArray<TNode>>,
): (args: TArgs) => Promise<ReadonlyArray<TNode>> {
  const lists = new Map<string, Promise<ReadonlyArray<TNode>>>();
  return (args) => {
    const key = JSON.stringify(args);
    const cached = lists.get(key);
    if (cached) return cached;
    const loading = fetchAll(args);
    lists.set(key, loading);
    loading.catch(() => lists.delete(key));
    return loading;
  };
}
