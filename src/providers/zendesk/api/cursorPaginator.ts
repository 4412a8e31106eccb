import { z } from 'zod';

import { withDeferredNodes } from '../../deferredNodes';
import type { QueryValue, UpstreamHttp } from '../../http/httpClient';
import { keyedListOf } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import type { JsonValue, Page, PageRequest, Paginator } from '../../types';
import { countResponse, cursorMeta } from './types';

/** Zendesk cursor tokens: `meta.after_cursor` or `meta.before_cursor`, never the `links` URLs. */
export type ZendeskCursorToken = { readonly after: string } | { readonly before: string };

/** Zendesk: "Returns a maximum of 100 records per page" for cursor pagination. */
export const ZENDESK_MAX_PAGE_SIZE = 100;

export interface ZendeskCursorListOptions<TRaw, TNode, TArgs, TSideloads = undefined> {
  readonly resource: string;
  /** Label for call accounting, e.g. `GET /api/v2/tickets`. */
  readonly endpoint: string;
  /** Path of the list, e.g. `/api/v2/tickets.json`. */
  path(args: TArgs): string;
  /** Filter/sort parameters, sent unchanged on every page. */
  query(args: TArgs): Readonly<Record<string, QueryValue>>;
  readonly listKey: string;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw, args: TArgs, sideloads: TSideloads | undefined): TNode;
  /**
   * Reads what the page sideloaded beside its records (the `include` sent in `query`), once per
   * page, when its records are read; handed to `toNode` for each record.
   */
  sideloads?(body: unknown): TSideloads;
  /** The list's `/count` endpoint, when Zendesk has one. */
  countPath?(args: TArgs): string;
}

/** The arguments of a list that takes no filter: every traversal of it is the same query. */
export type ZendeskNoArgs = Readonly<Record<string, never>>;

/**
 * One Zendesk list under cursor pagination
 * (https://developer.zendesk.com/api-reference/introduction/pagination/#using-cursor-pagination):
 * `page[size]` ≤ 100 with `page[after]` or `page[before]`; `meta.has_more` says whether another page
 * follows in the direction of travel. Zendesk sets has_more whenever a page is full, so the page
 * after an exactly full last page is empty: the engine handles that as a normal end.
 */
export function createZendeskCursorPaginator<TRaw, TNode extends { readonly nativeId: string }, TArgs extends JsonValue, TSideloads = undefined>(
  http: UpstreamHttp,
  options: ZendeskCursorListOptions<TRaw, TNode, TArgs, TSideloads>,
): Paginator<TNode, TArgs, ZendeskCursorToken> {
  const endpoint = options.endpoint;
  const list = keyedListOf(options.item, options.listKey);
  return {
    resource: options.resource,
    maxPageSize: ZENDESK_MAX_PAGE_SIZE,
    backward: { kind: 'native', startsFromEnd: false },
    onRepeatedNode: 'fail',
    idOf: (node) => node.nativeId,
    async fetchPage(args: TArgs, request: PageRequest<ZendeskCursorToken>): Promise<Page<TNode, ZendeskCursorToken>> {
      const body = await http.requestJson({
        method: 'GET',
        path: options.path(args),
        endpoint,
        query: { ...options.query(args), 'page[size]': request.size, ...tokenQuery(request.token) },
        readAhead: request.readAhead,
      });
      const { meta } = parseUpstream(cursorMeta, body, 'zendesk', endpoint);
      return withDeferredNodes(envelopeOf(meta, request), () => {
        const raws = parseUpstream(list, body, 'zendesk', endpoint)[options.listKey] ?? [];
        const sideloads = options.sideloads?.(body);
        return raws.map((raw) => options.toNode(raw, args, sideloads));
      });
    },
    ...(options.countPath
      ? {
          async fetchTotalCount(args: TArgs): Promise<number | null> {
            const countPath = options.countPath?.(args) ?? '';
            // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#count-tickets
            const body = await http.requestJson({ method: 'GET', path: countPath, endpoint: `${endpoint}/count`, query: options.query(args) });
            return parseUpstream(countResponse, body, 'zendesk', `${endpoint}/count`).count.value;
          },
        }
      : {}),
  };
}

function tokenQuery(token: ZendeskCursorToken | null): Record<string, string> {
  if (token === null) return {};
  return 'after' in token ? { 'page[after]': token.after } : { 'page[before]': token.before };
}

function envelopeOf(
  meta: z.infer<typeof cursorMeta>['meta'],
  request: PageRequest<ZendeskCursorToken>,
): Omit<Page<never, ZendeskCursorToken>, 'nodes'> {
  const after = meta.after_cursor === null ? null : { after: meta.after_cursor };
  const before = meta.before_cursor === null ? null : { before: meta.before_cursor };
  if (request.direction === 'forward') {
    return {
      nextToken: meta.has_more ? after : null,
      // The first page has nothing before it; any later page has at least the record we came from.
      previousToken: request.token === null ? null : before,
      endToken: after ?? undefined,
    };
  }
  return { nextToken: after, previousToken: meta.has_more ? before : null };
}
