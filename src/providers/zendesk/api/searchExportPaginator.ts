import { z } from 'zod';

import { withDeferredNodes } from '../../deferredNodes';
import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import type { Page, PageRequest, Paginator } from '../../types';
import { rawSearchResults, searchResultKey, toSearchResult, type ZendeskSearchResultModel, type ZendeskSearchType } from './searchPaginator';

export type ZendeskSearchExportArgs = { readonly query: string; readonly type: ZendeskSearchType };
export type ZendeskSearchExportToken = { readonly after: string };

/** ExportSearchResults: "Returns a maximum of 1000 records per page" (`page[size]`). */
export const ZENDESK_SEARCH_EXPORT_MAX_PAGE_SIZE = 1_000;
const endpoint = 'GET /api/v2/search/export';
const countEndpoint = 'GET /api/v2/search/count';

const exportMeta = z.object({
  meta: z.object({ has_more: z.boolean(), after_cursor: z.string().nullable().default(null) }),
});
const searchCount = z.object({ count: z.number().int().nonnegative() });

/**
 * Search of one object type through the search export
 * (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#export-search-results):
 * `filter[type]`, cursor paging forward only (`page[size]` ≤ 1000, `page[after]`), newest created
 * first, and no 1,000-result limit. The export has no `count`: `totalCount` asks
 * `/api/v2/search/count` with `type:<type>` prepended (one call, only when selected).
 * Its cursors "expire after one hour": a cursor older than that fails upstream (Zendesk's 400).
 */
export function createSearchExportPaginator(http: UpstreamHttp): Paginator<ZendeskSearchResultModel, ZendeskSearchExportArgs, ZendeskSearchExportToken> {
  return {
    resource: 'zendesk.searchExport',
    maxPageSize: ZENDESK_SEARCH_EXPORT_MAX_PAGE_SIZE,
    backward: { kind: 'unsupported', reason: 'The Zendesk search export pages forward only ("backward pagination is not supported"): use `first`/`after`.' },
    onRepeatedNode: 'fail',
    idOf: searchResultKey,
    async fetchPage(args, request: PageRequest<ZendeskSearchExportToken>): Promise<Page<ZendeskSearchResultModel, ZendeskSearchExportToken>> {
      const body = await http.requestJson({
        method: 'GET',
        path: '/api/v2/search/export.json',
        endpoint,
        query: { query: args.query, 'filter[type]': args.type, 'page[size]': request.size, ...(request.token ? { 'page[after]': request.token.after } : {}) },
        readAhead: request.readAhead,
      });
      const { meta } = parseUpstream(exportMeta, body, 'zendesk', endpoint);
      const after = meta.after_cursor === null ? null : { after: meta.after_cursor };
      return withDeferredNodes({ nextToken: meta.has_more ? after : null, previousToken: null }, () =>
        parseUpstream(rawSearchResults, body, 'zendesk', endpoint).results.map(toSearchResult),
      );
    },
    async fetchTotalCount(args) {
      // https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#show-results-count
      const body = await http.requestJson({ method: 'GET', path: '/api/v2/search/count.json', endpoint: countEndpoint, query: { query: `type:${args.type} ${args.query}` } });
      return parseUpstream(searchCount, body, 'zendesk', countEndpoint).count;
    },
  };
}
