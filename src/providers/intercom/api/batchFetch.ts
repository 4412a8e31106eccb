import { answerInOrder, fetchBySlices, fetchEachById, lookupInList } from '../../batchFetchTools';
import { fetchAllPages } from '../../fetchAllPages';
import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { BatchFetch, Paginator } from '../../types';
import { INTERCOM_MAX_PER_PAGE, type IntercomCursorToken } from './cursorPage';
import { fetchArticle } from './articles';
import { fetchNote } from './contactNotes';
import { toCompany } from './toModels';
import type {
  IntercomAdminModel,
  IntercomArticleModel,
  IntercomCompanyModel,
  IntercomContactModel,
  IntercomConversationModel,
  IntercomNoteModel,
  IntercomSegmentModel,
  IntercomTagModel,
  IntercomTeamModel,
  IntercomTicketModel,
} from './models';
import type { IntercomSearchArgs } from './searchPaginator';
import { rawCompany } from './types';

/**
 * How many ids one `id IN [...]` search asks for. The spec limits a query to "max 15 filters for
 * each AND or OR group" and "max 2 nested filters", but an `IN` condition is one filter whose value
 * is an array, and no spec text (nor the simulator) limits the array's length. What does bind is the
 * page: one search answers at most 150 records (pagination guide: "The max amount for any API is
 * 150"), so 150 ids are answered in one call. If Intercom ever refuses long IN lists, lowering this
 * constant is the whole fix.
 */
export const INTERCOM_SEARCH_IDS_MAX = INTERCOM_MAX_PER_PAGE;

/**
 * Intercom has no company batch endpoint: one GET per company, this many at a time, so a page of
 * contacts does not burst through the rate limit (Intercom counts calls per minute, spread over
 * 10-second windows: https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting).
 */
export const INTERCOM_LOOKUP_CONCURRENCY = 5;

export interface IntercomBatchFetch {
  readonly contacts: BatchFetch<IntercomContactModel>;
  readonly conversations: BatchFetch<IntercomConversationModel>;
  readonly tickets: BatchFetch<IntercomTicketModel>;
  readonly companies: BatchFetch<IntercomCompanyModel>;
  /** The three directory lists are read whole, once per request (the provider memoizes them). */
  readonly admins: BatchFetch<IntercomAdminModel>;
  readonly teams: BatchFetch<IntercomTeamModel>;
  readonly tags: BatchFetch<IntercomTagModel>;
  /** Looked up in the segment list (read once per request), as the directory lists. */
  readonly segments: BatchFetch<IntercomSegmentModel>;
  /** GET /notes/{id}, one per note, 5 at a time (no batch endpoint). */
  readonly notes: BatchFetch<IntercomNoteModel>;
  /** GET /articles/{id}, one per article, 5 at a time (no batch endpoint). */
  readonly articles: BatchFetch<IntercomArticleModel>;
}

/** What the lookups reuse from the per-request provider: its search paginators and memoized lists. */
export interface IntercomBatchSources {
  readonly searchContacts: Paginator<IntercomContactModel, IntercomSearchArgs, IntercomCursorToken>;
  readonly searchConversations: Paginator<IntercomConversationModel, IntercomSearchArgs, IntercomCursorToken>;
  readonly searchTickets: Paginator<IntercomTicketModel, IntercomSearchArgs, IntercomCursorToken>;
  admins(): Promise<ReadonlyArray<IntercomAdminModel>>;
  teams(): Promise<ReadonlyArray<IntercomTeamModel>>;
  tags(): Promise<ReadonlyArray<IntercomTagModel>>;
  /** Contact company lists read in this request (IntercomContactAttachments.companyListsRead). */
  companyListsRead(): ReadonlyArray<Promise<ReadonlyArray<IntercomCompanyModel>>>;
  segments(): Promise<ReadonlyArray<IntercomSegmentModel>>;
}

const byNativeId = (node: { readonly nativeId: string }): string => node.nativeId;

export function createIntercomBatchFetch(http: UpstreamHttp, sources: IntercomBatchSources): IntercomBatchFetch {
  return {
    contacts: searchByIds(sources.searchContacts),
    conversations: searchByIds(sources.searchConversations),
    tickets: searchByIds(sources.searchTickets),
    companies: lookupCompanies(http, sources.companyListsRead),
    admins: lookupInList(sources.admins, byNativeId),
    teams: lookupInList(sources.teams, byNativeId),
    tags: lookupInList(sources.tags, byNativeId),
    segments: lookupInList(sources.segments, byNativeId),
    notes: fetchEachById(INTERCOM_LOOKUP_CONCURRENCY, (id) => fetchNote(http, id)),
    articles: fetchEachById(INTERCOM_LOOKUP_CONCURRENCY, (id) => fetchArticle(http, id)),
  };
}

/**
 * Spec v2.16, SearchContacts / searchConversations / searchTickets: `id` is a searchable string
 * field and `IN` takes an array ("Shortcut for OR queries"). A record the search does not return is
 * `null`: unknown, deleted, merged ("merged contacts are excluded from search results"), or created
 * so recently that it is not searchable yet ("this delay can take a few minutes").
 */
function searchByIds<TNode extends { readonly nativeId: string }>(
  paginator: Paginator<TNode, IntercomSearchArgs, IntercomCursorToken>,
): BatchFetch<TNode> {
  const fetchSlice = async (ids: ReadonlyArray<string>): Promise<ReadonlyArray<TNode | null>> => {
    const args: IntercomSearchArgs = { query: { field: 'id', operator: 'IN', value: ids }, sort: null };
    return answerInOrder(ids, await fetchAllPages(paginator, args), byNativeId);
  };
  return fetchBySlices(INTERCOM_SEARCH_IDS_MAX, fetchSlice);
}

/**
 * Company lookups, one GET each, except for companies that a contact's own company list read in
 * the same request returns (contactAttachments.ts): those lists hold whole companies. A page of
 * contacts starts both at once (a wide contact's list, the narrow contacts' lookups), and a company
 * of both was read twice: 85 calls for 100 contacts where 81 suffice (bench, relation
 * `intercom.contacts → companyIds, tagIds, companies`). So the lookups wait for the lists started
 * before them; with none (no contact on the page has more than 10 companies) they go at once.
 */
function lookupCompanies(http: UpstreamHttp, companyListsRead: () => ReadonlyArray<Promise<ReadonlyArray<IntercomCompanyModel>>>): BatchFetch<IntercomCompanyModel> {
  const fetchEach = fetchEachById(INTERCOM_LOOKUP_CONCURRENCY, (id) => fetchCompany(http, id));
  return async (ids) => {
    const listed = new Map<string, IntercomCompanyModel>();
    // A failed list costs nothing here: its companies are looked up one by one.
    for (const list of await Promise.allSettled(companyListsRead())) {
      if (list.status === 'fulfilled') for (const company of list.value) listed.set(company.nativeId, company);
    }
    const missing = ids.filter((id) => !listed.has(id));
    const fetched = new Map<string, IntercomCompanyModel | null | Error>();
    if (missing.length > 0) (await fetchEach(missing)).forEach((answer, index) => fetched.set(missing[index] as string, answer));
    return ids.map((id) => listed.get(id) ?? fetched.get(id) ?? null);
  };
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/companies/retrievecompany (GET /companies/{id}, Intercom's id). */
async function fetchCompany(http: UpstreamHttp, id: string): Promise<IntercomCompanyModel> {
  const endpoint = 'GET /companies/:id';
  const body = await http.requestJson({ method: 'GET', path: `/companies/${pathSegment('intercom', 'a company id', id)}`, endpoint });
  return toCompany(parseUpstream(rawCompany, body, 'intercom', endpoint));
}
