import type { UpstreamHttp } from '../../http/httpClient';
import type { Page, PageRequest, Paginator } from '../../types';
import { type CursorListShape, cursorPaginatorTraits, type IntercomCursorToken, readCursorPage, startingAfter } from './cursorPage';
import type { IntercomSearchNode, IntercomSearchSort } from './searchQuery';

/**
 * One search, already checked and translated (searchQuery.ts). It is what the engine fingerprints,
 * so a cursor from one filter or sort cannot resume another.
 */
export type IntercomSearchArgs = {
  readonly query: IntercomSearchNode;
  /** `null`: Intercom's default order. */
  readonly sort: IntercomSearchSort | null;
};

export interface IntercomSearchOptions<TRaw, TNode> extends CursorListShape<TRaw, TNode> {
  /** Path under the configured base URL. */
  readonly path: string;
}

/**
 * One Intercom search endpoint (POST, body `{query, pagination: {per_page, starting_after?}, sort?}`).
 * `per_page` is always sent, because the defaults differ per endpoint (conversations and tickets 20,
 * contacts 50).
 *
 * Pagination guide: "The starting_after context is stateless. Consequently, if items are updated
 * between 2 paginated queries, this can lead to duplicate or missed records." So a node already
 * returned in this traversal is skipped (`onRepeatedNode: 'skip'`) instead of failing the request.
 */
export function createIntercomSearchPaginator<TRaw, TNode extends { readonly nativeId: string }>(
  http: UpstreamHttp,
  options: IntercomSearchOptions<TRaw, TNode>,
): Paginator<TNode, IntercomSearchArgs, IntercomCursorToken> {
  return {
    ...cursorPaginatorTraits<TNode>(options.resource),
    async fetchPage(args: IntercomSearchArgs, request: PageRequest<IntercomCursorToken>): Promise<Page<TNode, IntercomCursorToken>> {
      // https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request
      const body = await http.requestJson({
        method: 'POST',
        path: options.path,
        endpoint: options.endpoint,
        // A search only reads: safe to send again after a 429, 5xx or dropped connection.
        idempotent: true,
        body: {
          query: args.query,
          pagination: { per_page: request.size, ...startingAfter(request.token) },
          ...(args.sort === null ? {} : { sort: args.sort }),
        },
        readAhead: request.readAhead,
      });
      return readCursorPage(body, options);
    },
  };
}
