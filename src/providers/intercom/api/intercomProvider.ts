import { lazyRecord } from '../../../lazyRecord';
import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { once } from '../../once';
import { noReferenceCache, type ReferenceCache } from '../../referenceCache';
import type { OffsetToken } from '../../pageNumberPaginator';
import { keyedListOf } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import type { Paginator } from '../../types';
import { createIntercomBatchFetch, type IntercomBatchFetch } from './batchFetch';
import { createIntercomCompaniesPaginator } from './companiesPaginator';
import { createIntercomContactAttachments, type IntercomContactAttachments } from './contactAttachments';
import { createIntercomArticlesPaginator } from './articles';
import { createIntercomContactNotesPaginator, type IntercomContactScope } from './contactNotes';
import { createIntercomDataAttributesPaginator, type IntercomDataAttributeArgs } from './dataAttributes';
import { createIntercomSegments, type IntercomSegmentArgs } from './segments';
import { createIntercomConversationPartsPaginator, createIntercomConversationThreads, type IntercomConversationScope } from './conversationParts';
import type { IntercomCursorToken } from './cursorPage';
import { createIntercomListPaginator, type IntercomNoArgs } from './listPaginator';
import { toAdmin, toContact, toConversation, toTag, toTeam, toTicket } from './toModels';
import type {
  IntercomAdminModel,
  IntercomArticleModel,
  IntercomCompanyModel,
  IntercomContactModel,
  IntercomConversationModel,
  IntercomConversationPartModel,
  IntercomDataAttributeModel,
  IntercomNoteModel,
  IntercomSegmentModel,
  IntercomTagModel,
  IntercomTeamModel,
  IntercomTicketModel,
} from './models';
import { createIntercomSearchPaginator, type IntercomSearchArgs } from './searchPaginator';
import { rawAdmin, rawContact, rawConversation, rawTag, rawTeam, rawTicket } from './types';

/** Every Intercom list this graph serves, bound to one request's HTTP view. */
export interface IntercomProvider {
  readonly conversations: Paginator<IntercomConversationModel, IntercomNoArgs, IntercomCursorToken>;
  readonly contacts: Paginator<IntercomContactModel, IntercomNoArgs, IntercomCursorToken>;
  readonly companies: Paginator<IntercomCompanyModel, IntercomNoArgs, OffsetToken>;
  readonly searchConversations: Paginator<IntercomConversationModel, IntercomSearchArgs, IntercomCursorToken>;
  readonly searchContacts: Paginator<IntercomContactModel, IntercomSearchArgs, IntercomCursorToken>;
  readonly searchTickets: Paginator<IntercomTicketModel, IntercomSearchArgs, IntercomCursorToken>;
  /** A conversation's parts, from GET /conversations/{id} (one call per conversation per request, at most 500 parts). */
  readonly conversationParts: Paginator<IntercomConversationPartModel, IntercomConversationScope, OffsetToken>;
  /** Help Center articles, GET /articles by page number. */
  readonly articles: Paginator<IntercomArticleModel, IntercomNoArgs, OffsetToken>;
  /** A contact's notes, GET /contacts/{id}/notes by page number. */
  readonly contactNotes: Paginator<IntercomNoteModel, IntercomContactScope, OffsetToken>;
  /** listSegments and lisDataAttributes: unpaged lists, one call per request and arguments. */
  readonly segments: Paginator<IntercomSegmentModel, IntercomSegmentArgs, OffsetToken>;
  readonly dataAttributes: Paginator<IntercomDataAttributeModel, IntercomDataAttributeArgs, OffsetToken>;
  /** listAdmins, listTeams, listTags are not paginated: one call each, at most once per request. */
  admins(): Promise<ReadonlyArray<IntercomAdminModel>>;
  teams(): Promise<ReadonlyArray<IntercomTeamModel>>;
  tags(): Promise<ReadonlyArray<IntercomTagModel>>;
  /** Lookups by native id (DataLoader batch functions); src/loaders wraps them per request. */
  readonly byId: IntercomBatchFetch;
  /** A contact's whole company and tag lists, for contacts whose embedded ones (at most 10) say `has_more`. */
  readonly contactAttachments: IntercomContactAttachments;
}

/**
 * Builds the provider for one GraphQL request. The plain lists are memoized inside this object, so
 * a request that selects `admins` twice calls Intercom once, and no request sees another's data.
 */
export function createIntercomProvider(http: UpstreamHttp, references: ReferenceCache = noReferenceCache): IntercomProvider {
  // Reference data: kept between requests for REFERENCE_CACHE_TTL_MS when set.
  const admins = once(() => references.get('intercom.admins', () => fetchWholeList(http, '/admins', 'admins', rawAdmin, toAdmin)));
  const teams = once(() => references.get('intercom.teams', () => fetchWholeList(http, '/teams', 'teams', rawTeam, toTeam)));
  const tags = once(() => references.get('intercom.tags', () => fetchWholeList(http, '/tags', 'data', rawTag, toTag)));
  const segments = createIntercomSegments(http);
  // Built on first read, as Zendesk's (zendeskProvider.ts): a request uses few of these lists. The
  // lookups read the search paginators and attachments through it, so they too are built only when used.
  const provider: IntercomProvider = lazyRecord<IntercomProvider>({
    // Spec v2.16, listConversations: `per_page` default 20, max 150; items under `conversations`.
    conversations: () => createIntercomListPaginator(http, {
      resource: 'intercom.conversations',
      endpoint: 'GET /conversations',
      path: '/conversations',
      listKey: 'conversations',
      item: rawConversation,
      toNode: toConversation,
    }),
    // Spec v2.16, ListContacts: declares no paging parameters, but its text gives a default of 50 and
    // `starting_after`; items under `data`.
    contacts: () => createIntercomListPaginator(http, {
      resource: 'intercom.contacts',
      endpoint: 'GET /contacts',
      path: '/contacts',
      listKey: 'data',
      item: rawContact,
      toNode: toContact,
    }),
    companies: () => createIntercomCompaniesPaginator(http),
    conversationParts: () => createIntercomConversationPartsPaginator(createIntercomConversationThreads(http)),
    contactNotes: () => createIntercomContactNotesPaginator(http),
    articles: () => createIntercomArticlesPaginator(http),
    segments: () => segments.paginator,
    dataAttributes: () => createIntercomDataAttributesPaginator(http),
    searchConversations: () => createIntercomSearchPaginator(http, {
      resource: 'intercom.searchConversations',
      endpoint: 'POST /conversations/search',
      path: '/conversations/search',
      listKey: 'conversations',
      item: rawConversation,
      toNode: toConversation,
    }),
    searchContacts: () => createIntercomSearchPaginator(http, {
      resource: 'intercom.searchContacts',
      endpoint: 'POST /contacts/search',
      path: '/contacts/search',
      listKey: 'data',
      item: rawContact,
      toNode: toContact,
    }),
    searchTickets: () => createIntercomSearchPaginator(http, {
      resource: 'intercom.searchTickets',
      endpoint: 'POST /tickets/search',
      path: '/tickets/search',
      listKey: 'tickets',
      item: rawTicket,
      toNode: toTicket,
    }),
    admins: () => admins,
    teams: () => teams,
    tags: () => tags,
    byId: () =>
      createIntercomBatchFetch(http, {
        searchContacts: provider.searchContacts,
        searchConversations: provider.searchConversations,
        searchTickets: provider.searchTickets,
        admins,
        teams,
        tags,
        segments: segments.all,
        companyListsRead: provider.contactAttachments.companyListsRead,
      }),
    contactAttachments: () => createIntercomContactAttachments(http),
  });
  return provider;
}

/** Spec v2.16, listAdmins / listTeams / listTags: GET, no paging parameters, every record in one response. */
async function fetchWholeList<TRaw, TNode>(
  http: UpstreamHttp,
  path: string,
  listKey: string,
  item: z.ZodType<TRaw>,
  toNode: (raw: TRaw) => TNode,
): Promise<ReadonlyArray<TNode>> {
  const endpoint = `GET ${path}`;
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  const raws = parseUpstream(keyedListOf(item, listKey), body, 'intercom', endpoint)[listKey] ?? [];
  return raws.map(toNode);
}
