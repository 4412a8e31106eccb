import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import type { Paginator } from '../../types';
import type { ZendeskGroupModel, ZendeskOrganizationModel, ZendeskTicketModel, ZendeskUserModel } from './models';
import { toGroup, toOrganization, toTicket, toUser } from './toModels';
import { offsetMeta, rawGroup, rawOrganization, rawTicket, rawUser } from './types';

/** The object types Zendesk search returns (`result_type`; ExportSearchResults' `filter[type]`). */
export type ZendeskSearchType = 'ticket' | 'user' | 'organization' | 'group';

/** A search result: the record, and which type it is (Zendesk's `result_type`). */
export type ZendeskSearchResultModel =
  | { readonly resultType: 'ticket'; readonly record: ZendeskTicketModel }
  | { readonly resultType: 'user'; readonly record: ZendeskUserModel }
  | { readonly resultType: 'organization'; readonly record: ZendeskOrganizationModel }
  | { readonly resultType: 'group'; readonly record: ZendeskGroupModel };

export type ZendeskSearchArgs = { readonly query: string };

/**
 * ListSearchResults returns "up to 1,000 results per query, with a maximum of 100 results per page";
 * a page past that (`page=11` at 100 per page) answers 422, although `next_page` still links to it.
 */
export const ZENDESK_SEARCH_RESULT_CAP = 1_000;
const SEARCH_MAX_PER_PAGE = 100;
const endpoint = 'GET /api/v2/search';

const rawSearchResult = z.discriminatedUnion('result_type', [
  rawTicket.extend({ result_type: z.literal('ticket') }),
  rawUser.extend({ result_type: z.literal('user') }),
  rawOrganization.extend({ result_type: z.literal('organization') }),
  rawGroup.extend({ result_type: z.literal('group') }),
]);
export const rawSearchResults = z.object({ results: z.array(rawSearchResult) });
/**
 * Built once here, not in createSearchPaginator: providers are made per request, and this `merge`
 * alone was ~2.5% of the gateway's CPU in the throughput bench, for requests that never search.
 */
const searchPage = offsetMeta.merge(rawSearchResults);

export function toSearchResult(raw: z.infer<typeof rawSearchResult>): ZendeskSearchResultModel {
  switch (raw.result_type) {
    case 'ticket':
      return { resultType: 'ticket', record: toTicket(raw) };
    case 'user':
      return { resultType: 'user', record: toUser(raw) };
    case 'organization':
      return { resultType: 'organization', record: toOrganization(raw) };
    case 'group':
      return { resultType: 'group', record: toGroup(raw) };
  }
}

/** Ticket 7 and user 7 are different results: the repeat guard keys them by type and id. */
export const searchResultKey = (result: ZendeskSearchResultModel): string => `${result.resultType}:${result.record.nativeId}`;

/**
 * Search over every object type, offset-paged (`page`, `per_page` ≤ 100, `count`, `next_page`).
 * The gateway pages up to result 1,000 and answers PAGINATION_LIMIT past it instead of sending the
 * request Zendesk would refuse; `count` is the total of all matches (also those past the cap).
 * https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#list-search-results
 */
export function createSearchPaginator(http: UpstreamHttp): Paginator<ZendeskSearchResultModel, ZendeskSearchArgs, OffsetToken> {
  const paginator = createPageNumberPaginator<ZendeskSearchResultModel, ZendeskSearchArgs>({
    resource: 'zendesk.search',
    maxPageSize: SEARCH_MAX_PER_PAGE,
    recordCap: ZENDESK_SEARCH_RESULT_CAP,
    capExplanation:
      'Zendesk search returns at most 1,000 results per query (it answers 422 past them). Pass `type` to search ' +
      'one object type through the search export, which has no such limit, or narrow the query.',
    idOf: searchResultKey,
    async fetchNumberedPage(args, number, perPage, readAhead) {
      const body = await http.requestJson({ method: 'GET', path: '/api/v2/search.json', endpoint, query: { query: args.query, page: number, per_page: perPage }, readAhead });
      const parsed = parseUpstream(searchPage, body, 'zendesk', endpoint);
      return {
        nodes: parsed.results.map(toSearchResult),
        hasNext: parsed.next_page !== null && parsed.next_page !== undefined,
        totalCount: parsed.count,
      };
    },
  });
  // ListSearchResults: "Offset pagination may result in duplicate results when paging" (records
  // updated between two calls move in the ranking), so a repeat is dropped, not a paging failure.
  return { ...paginator, onRepeatedNode: 'skip' };
}
