import type { z } from 'zod';

import { withDeferredNodes } from '../../deferredNodes';
import type { QueryValue, UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import type { JsonValue, Page, PageRequest, Paginator } from '../../types';
import { pageTokenFromNext } from './pageToken';
import { paginationEnvelope, wholeListOf } from './types';

/**
 * A Front page token with the `limit` it was issued for. Front ties a token to its limit (the
 * guide: the `next` URL "will already include the limit you specified in the initial request"),
 * so a continuation always repeats that limit, whatever page size the engine asks for next.
 */
export type FrontPageToken = { readonly pageToken: string; readonly limit: number };

/** Front: `limit` has "maximum: 100" (core-api.json, shared `limit` parameter). */
export const FRONT_MAX_PAGE_SIZE = 100;

/** Front lists have only `_pagination.next`: no previous link, no reverse token, no offset. */
export const FRONT_BACKWARD_UNSUPPORTED = 'Front does not support backward pagination';

export interface FrontPagedListOptions<TRaw, TNode, TArgs> {
  readonly resource: string;
  /** Label for call accounting, e.g. `GET /conversations`; never ids or tokens. */
  readonly endpoint: string;
  /** Path under the configured base URL, e.g. `/conversations`. */
  path(args: TArgs): string;
  /** Filter and sort parameters, sent unchanged on every page (Front binds the token to them too). */
  query(args: TArgs): Readonly<Record<string, QueryValue>>;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw, args: TArgs): TNode;
  /** Search only: `_total`, "a count of total matches". No other Front list reports a count. */
  readonly reportsTotal?: boolean;
  /** A list with a lower `limit` maximum than the shared 100 (list-events: "max 15"). */
  readonly maxPageSize?: number;
  /**
   * 'skip' for lists in last-activity order, where a conversation bumped while we page can show up
   * again on a later page; 'fail' for lists whose order does not move.
   */
  readonly onRepeatedNode: 'fail' | 'skip';
}

/**
 * One Front list under `limit` + `page_token` pagination (https://dev.frontapp.com/docs/pagination).
 * `limit` is always sent: the spec gives it no default (the guide says 50), and the token only
 * works with the limit it was issued for. The next token comes from `_pagination.next`, of which
 * only `page_token` is read; that URL is never requested.
 */
export function createPageTokenPaginator<TRaw, TNode extends { readonly nativeId: string }, TArgs extends JsonValue>(
  http: UpstreamHttp,
  options: FrontPagedListOptions<TRaw, TNode, TArgs>,
): Paginator<TNode, TArgs, FrontPageToken> {
  const list = wholeListOf(options.item);
  const maxPageSize = options.maxPageSize ?? FRONT_MAX_PAGE_SIZE;
  return {
    resource: options.resource,
    maxPageSize,
    backward: { kind: 'unsupported', reason: FRONT_BACKWARD_UNSUPPORTED },
    onRepeatedNode: options.onRepeatedNode,
    idOf: (node) => node.nativeId,
    async fetchPage(args: TArgs, request: PageRequest<FrontPageToken>): Promise<Page<TNode, FrontPageToken>> {
      const limit = limitFor(request, maxPageSize);
      const body = await http.requestJson({
        method: 'GET',
        path: options.path(args),
        endpoint: options.endpoint,
        query: { ...options.query(args), limit, page_token: request.token?.pageToken },
        readAhead: request.readAhead,
      });
      const envelope = parseUpstream(paginationEnvelope, body, 'front', options.endpoint);
      const next = envelope._pagination.next;
      const page = {
        nextToken: next === null ? null : { pageToken: pageTokenFromNext(next, options.endpoint), limit },
        // Front has no previous-page link and no way to read one.
        previousToken: null,
        totalCount: options.reportsTotal ? envelope._total : undefined,
      };
      return withDeferredNodes(page, () => parseUpstream(list, body, 'front', options.endpoint)._results.map((raw) => options.toNode(raw, args)));
    },
  };
}

/**
 * The first page is read at the engine's size (already clamped to 1..maxPageSize); a continuation at its
 * token's limit, so the page may hold more nodes than asked for and the engine takes what it needs.
 */
function limitFor(request: PageRequest<FrontPageToken>, maxPageSize: number): number {
  if (request.direction === 'backward') {
    // The engine refuses `last`/`before` before calling us (`backward.kind === 'unsupported'`).
    throw new TypeError(FRONT_BACKWARD_UNSUPPORTED);
  }
  return request.token?.limit ?? Math.min(request.size, maxPageSize);
}
