import type { UpstreamHttp } from '../../http/httpClient';
import type { Page, PageRequest, Paginator } from '../../types';
import { type CursorListShape, cursorPaginatorTraits, type IntercomCursorToken, readCursorPage, startingAfter } from './cursorPage';

/** The list endpoints take no filter: every traversal of one list is the same query. */
export type IntercomNoArgs = Readonly<Record<string, never>>;

export interface IntercomListOptions<TRaw, TNode> extends CursorListShape<TRaw, TNode> {
  /** Path under the configured base URL. */
  readonly path: string;
}

/**
 * One Intercom cursor list (GET, `per_page` ≤ 150 and `starting_after` in the query; the response's
 * `pages.next.starting_after` opens the next page). `per_page` is always sent, because each
 * endpoint has its own default (conversations 20, contacts 50) and the engine wants its own size.
 *
 * Repeated nodes are skipped rather than failed: list cursors are positions, not snapshots (the
 * seed's `WzE3MDc5MzAwODEwMDAsMTMxLDJd` decodes to `[1707930081000,131,2]`: a sort value, an id and
 * a page), so a record updated between two pages can come back, as the guide warns for search.
 */
export function createIntercomListPaginator<TRaw, TNode extends { readonly nativeId: string }>(
  http: UpstreamHttp,
  options: IntercomListOptions<TRaw, TNode>,
): Paginator<TNode, IntercomNoArgs, IntercomCursorToken> {
  return {
    ...cursorPaginatorTraits<TNode>(options.resource),
    async fetchPage(_args: IntercomNoArgs, request: PageRequest<IntercomCursorToken>): Promise<Page<TNode, IntercomCursorToken>> {
      // https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis
      const body = await http.requestJson({
        method: 'GET',
        path: options.path,
        endpoint: options.endpoint,
        query: { per_page: request.size, ...startingAfter(request.token) },
        readAhead: request.readAhead,
      });
      return readCursorPage(body, options);
    },
  };
}
