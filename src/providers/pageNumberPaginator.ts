import { chooseBackwardWindow, chooseForwardWindow } from './pageWindow';
import type { JsonValue, Page, PageRequest, Paginator } from './types';

/** The token of a page-number list: an absolute record offset, whatever page size read it. */
export type OffsetToken = { readonly offset: number };

/** One native page-number read. */
export interface NumberedPage<TNode> {
  readonly nodes: ReadonlyArray<TNode>;
  /** The provider says a page follows (`next_page` / `pages.next`). */
  readonly hasNext: boolean;
  readonly totalCount?: number | undefined;
}

export interface PageNumberPaginatorOptions<TNode, TArgs> {
  readonly resource: string;
  readonly maxPageSize: number;
  /** Records past this offset are unreachable by page number (the provider answers an error). */
  readonly recordCap: number;
  /** Says why the cap exists and what to do instead; the engine makes it the PAGINATION_LIMIT message. */
  readonly capExplanation: string;
  idOf(node: TNode): string;
  /** `readAhead`: pass it on to the HTTP request (see PageRequest.readAhead). */
  fetchNumberedPage(args: TArgs, page: number, perPage: number, readAhead?: boolean): Promise<NumberedPage<TNode>>;
}

/**
 * Adapts a page-number endpoint to the {@link Paginator} contract. Tokens are absolute offsets, so a
 * cursor minted while reading 7 per page resumes correctly when the next request reads 100; and a
 * read at or past the cap answers a `capped` page (see Page.capped) instead of sending a request the
 * provider would reject.
 */
export function createPageNumberPaginator<TNode, TArgs extends JsonValue>(
  options: PageNumberPaginatorOptions<TNode, TArgs>,
): Paginator<TNode, TArgs, OffsetToken> {
  const capped: Page<TNode, OffsetToken> = {
    nodes: [],
    nextToken: null,
    previousToken: null,
    capped: { reason: options.capExplanation, recordCap: options.recordCap },
  };
  const readForward = async (args: TArgs, offset: number, size: number, readAhead: boolean | undefined): Promise<Page<TNode, OffsetToken>> => {
    if (offset >= options.recordCap) return capped;
    const window = chooseForwardWindow(offset, size, options.maxPageSize, options.recordCap);
    const fetched = await options.fetchNumberedPage(args, window.page, window.perPage, readAhead);
    const nodes = fetched.nodes.slice(offset - window.start);
    const end = offset + nodes.length;
    return {
      nodes,
      nextToken: fetched.hasNext && nodes.length > 0 ? { offset: end } : null,
      previousToken: offset > 0 ? { offset: offset } : null,
      endToken: { offset: end },
      totalCount: fetched.totalCount,
    };
  };
  const readBackward = async (args: TArgs, end: number, size: number): Promise<Page<TNode, OffsetToken>> => {
    if (end <= 0) return { nodes: [], nextToken: { offset: 0 }, previousToken: null };
    if (end - 1 >= options.recordCap) return capped;
    const window = chooseBackwardWindow(end, size, options.maxPageSize);
    const fetched = await options.fetchNumberedPage(args, window.page, window.perPage);
    const start = Math.max(window.start, end - size);
    const nodes = fetched.nodes.slice(start - window.start, end - window.start);
    return {
      nodes,
      nextToken: { offset: end },
      previousToken: start > 0 ? { offset: start } : null,
      totalCount: fetched.totalCount,
    };
  };
  return {
    resource: options.resource,
    maxPageSize: options.maxPageSize,
    backward: { kind: 'native', startsFromEnd: false },
    onRepeatedNode: 'fail',
    idOf: options.idOf,
    fetchPage(args: TArgs, request: PageRequest<OffsetToken>) {
      const offset = request.token?.offset ?? 0;
      return request.direction === 'forward'
        ? readForward(args, offset, request.size, request.readAhead)
        : readBackward(args, offset, request.size);
    },
  };
}
