import { lazyRecord } from '../../../lazyRecord';
import { fetchAllPages } from '../../fetchAllPages';
import type { UpstreamHttp } from '../../http/httpClient';
import type { OffsetToken } from '../../pageNumberPaginator';
import { once } from '../../once';
import { noReferenceCache, type ReferenceCache } from '../../referenceCache';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { createArticlesPaginator, type ZendeskArticleArgs } from './articlesPaginator';
import type { ZendeskTicketAuditModel } from './auditModels';
import { createAllTicketAuditsPaginator, createTicketAuditsPaginator, type ZendeskTicketAuditArgs } from './auditPaginators';
import { createZendeskBatchFetch, type ZendeskBatchFetch } from './batchFetch';
import { createZendeskCursorPaginator, type ZendeskCursorToken, type ZendeskNoArgs } from './cursorPaginator';
import { createIncrementalPaginator, type ZendeskIncrementalArgs, type ZendeskIncrementalToken } from './incrementalPaginator';
import { createSearchExportPaginator, type ZendeskSearchExportArgs, type ZendeskSearchExportToken } from './searchExportPaginator';
import { createSearchPaginator, type ZendeskSearchArgs, type ZendeskSearchResultModel } from './searchPaginator';
import type { ZendeskSatisfactionRatingModel, ZendeskTicketFieldModel } from './ratingAndFieldModels';
import { createSatisfactionRatingsPaginator, createTicketFieldsPaginator } from './ratingAndFieldPaginators';
import type { ZendeskViewModel } from './viewModels';
import { createViewsPaginator, createViewTicketsPaginator, type ZendeskViewTicketArgs } from './viewPaginators';
import { createCategoriesPaginator, createSectionsPaginator } from './helpCenterPaginators';
import { sideloadedUsers } from './sideloadedUsers';
import { toGroup, toOrganization, toTicket, toTicketComment, toUser } from './toModels';
import type {
  ZendeskArticleModel,
  ZendeskCategoryModel,
  ZendeskGroupModel,
  ZendeskOrganizationModel,
  ZendeskSectionModel,
  ZendeskTicketCommentModel,
  ZendeskTicketModel,
  ZendeskUserModel,
} from './models';
import { rawComment, rawGroup, rawOrganization, rawTicket, rawUser } from './types';

export type ZendeskTicketSortField = 'id' | 'created_at' | 'updated_at' | 'status';
export type ZendeskTicketArgs = { readonly sort: { readonly field: ZendeskTicketSortField; readonly descending: boolean } };
export type ZendeskUserArgs = { readonly role: string | null };
export type ZendeskCommentArgs = { readonly ticketId: string };

/** Every Zendesk list this graph serves, bound to one request's HTTP view. */
export interface ZendeskProvider {
  readonly tickets: Paginator<ZendeskTicketModel, ZendeskTicketArgs, ZendeskCursorToken>;
  readonly users: Paginator<ZendeskUserModel, ZendeskUserArgs, ZendeskCursorToken>;
  readonly organizations: Paginator<ZendeskOrganizationModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly groups: Paginator<ZendeskGroupModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly ticketComments: Paginator<ZendeskTicketCommentModel, ZendeskCommentArgs, ZendeskCursorToken>;
  readonly articles: Paginator<ZendeskArticleModel, ZendeskArticleArgs, ZendeskCursorToken>;
  readonly sections: Paginator<ZendeskSectionModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly categories: Paginator<ZendeskCategoryModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly ticketAudits: Paginator<ZendeskTicketAuditModel, ZendeskTicketAuditArgs, ZendeskCursorToken>;
  readonly allTicketAudits: Paginator<ZendeskTicketAuditModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly views: Paginator<ZendeskViewModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly viewTickets: Paginator<ZendeskTicketModel, ZendeskViewTicketArgs, ZendeskCursorToken>;
  readonly satisfactionRatings: Paginator<ZendeskSatisfactionRatingModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly ticketFields: Paginator<ZendeskTicketFieldModel, ZendeskNoArgs, ZendeskCursorToken>;
  readonly search: Paginator<ZendeskSearchResultModel, ZendeskSearchArgs, OffsetToken>;
  readonly searchExport: Paginator<ZendeskSearchResultModel, ZendeskSearchExportArgs, ZendeskSearchExportToken>;
  readonly incrementalTickets: Paginator<ZendeskTicketModel, ZendeskIncrementalArgs, ZendeskIncrementalToken>;
  readonly incrementalUsers: Paginator<ZendeskUserModel, ZendeskIncrementalArgs, ZendeskIncrementalToken>;
  /** Lookups by native id (DataLoader batch functions); src/loaders wraps them per request. */
  readonly byId: ZendeskBatchFetch;
}

const noQuery = () => ({});

export function createZendeskProvider(http: UpstreamHttp, references: ReferenceCache = noReferenceCache): ZendeskProvider {
  // https://developer.zendesk.com/api-reference/ticketing/groups/groups/#list-groups
  const groups = createZendeskCursorPaginator(http, {
    resource: 'zendesk.groups',
    endpoint: 'GET /api/v2/groups',
    path: () => '/api/v2/groups.json',
    query: noQuery,
    countPath: () => '/api/v2/groups/count.json',
    listKey: 'groups',
    item: rawGroup,
    toNode: toGroup,
  });
  // Memoized in this per-request object: every group lookup of one request shares one read, kept
  // between requests for REFERENCE_CACHE_TTL_MS when set (reference data; the connection pages Zendesk).
  const allGroups = once(() => references.get('zendesk.groups', () => fetchAllPages(groups, {})));
  // Built on first read: a request uses one or two of these lists, and building all of them for
  // every request grew with each list added (~26 µs of the throughput bench's ~0.72 ms per request).
  return lazyRecord<ZendeskProvider>({
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets
    tickets: () => createZendeskCursorPaginator(http, {
      resource: 'zendesk.tickets',
      endpoint: 'GET /api/v2/tickets',
      path: () => '/api/v2/tickets.json',
      // Cursor pagination sorts with `sort=<field>` or `sort=-<field>` (descending).
      query: (args: ZendeskTicketArgs) => ({ sort: `${args.sort.descending ? '-' : ''}${args.sort.field}` }),
      countPath: () => '/api/v2/tickets/count.json',
      listKey: 'tickets',
      item: rawTicket,
      toNode: toTicket,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/users/users/#list-users
    users: () => createZendeskCursorPaginator(http, {
      resource: 'zendesk.users',
      endpoint: 'GET /api/v2/users',
      path: () => '/api/v2/users.json',
      query: (args: ZendeskUserArgs) => ({ role: args.role }),
      countPath: () => '/api/v2/users/count.json',
      listKey: 'users',
      item: rawUser,
      toNode: toUser,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/#list-organizations
    organizations: () => createZendeskCursorPaginator(http, {
      resource: 'zendesk.organizations',
      endpoint: 'GET /api/v2/organizations',
      path: () => '/api/v2/organizations.json',
      query: noQuery,
      countPath: () => '/api/v2/organizations/count.json',
      listKey: 'organizations',
      item: rawOrganization,
      toNode: toOrganization,
    }),
    groups: () => groups,
    // https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/#list-comments
    ticketComments: () => createZendeskCursorPaginator(http, {
      resource: 'zendesk.ticketComments',
      endpoint: 'GET /api/v2/tickets/:id/comments',
      path: (args: ZendeskCommentArgs) => `/api/v2/tickets/${pathSegment('zendesk', 'a ticket id', args.ticketId)}/comments.json`,
      // Sideloads the users the page's comments reference, so their authors cost no
      // `users/show_many` call: each ticket's comments page arrives on its own tick, and one
      // DataLoader batch per tick asked ~1 show_many per ticket (issue 25).
      query: () => ({ include: 'users' }),
      listKey: 'comments',
      item: rawComment,
      sideloads: sideloadedUsers,
      toNode: (raw, args: ZendeskCommentArgs, users) => toTicketComment(args.ticketId, users ?? new Map())(raw),
    }),
    articles: () => createArticlesPaginator(http),
    search: () => createSearchPaginator(http),
    searchExport: () => createSearchExportPaginator(http),
    // https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-ticket-export-cursor-based
    incrementalTickets: () => createIncrementalPaginator(http, {
      resource: 'zendesk.incrementalTickets',
      endpoint: 'GET /api/v2/incremental/tickets/cursor',
      path: '/api/v2/incremental/tickets/cursor.json',
      listKey: 'tickets',
      item: rawTicket,
      toNode: toTicket,
      versionOf: (ticket) => `${ticket.nativeId}@${ticket.updatedAt}/${ticket.status ?? ''}`,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/#incremental-user-export-cursor-based
    incrementalUsers: () => createIncrementalPaginator(http, {
      resource: 'zendesk.incrementalUsers',
      endpoint: 'GET /api/v2/incremental/users/cursor',
      path: '/api/v2/incremental/users/cursor.json',
      listKey: 'users',
      item: rawUser,
      toNode: toUser,
      versionOf: (user) => `${user.nativeId}@${user.updatedAt}/${String(user.active)}`,
    }),
    sections: () => createSectionsPaginator(http),
    categories: () => createCategoriesPaginator(http),
    ticketAudits: () => createTicketAuditsPaginator(http),
    allTicketAudits: () => createAllTicketAuditsPaginator(http),
    views: () => createViewsPaginator(http),
    viewTickets: () => createViewTicketsPaginator(http),
    satisfactionRatings: () => createSatisfactionRatingsPaginator(http),
    ticketFields: () => createTicketFieldsPaginator(http),
    byId: () => createZendeskBatchFetch(http, allGroups),
  });
}
