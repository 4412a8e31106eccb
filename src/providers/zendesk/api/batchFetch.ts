import { z } from 'zod';

import { answerInOrder, fetchBySlices, fetchEachById, lookupInList } from '../../batchFetchTools';
import type { UpstreamHttp } from '../../http/httpClient';
import { keyedListOf, memoizeSchema } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { BatchFetch } from '../../types';
import { toCategory, toSection } from './helpCenterModels';
import { toArticle, toOrganization, toTicket, toUser } from './toModels';
import type {
  ZendeskArticleModel,
  ZendeskCategoryModel,
  ZendeskGroupModel,
  ZendeskOrganizationModel,
  ZendeskSectionModel,
  ZendeskTicketModel,
  ZendeskUserModel,
} from './models';
import { rawSatisfactionRating, rawTicketField, toSatisfactionRating, toTicketField, type ZendeskSatisfactionRatingModel, type ZendeskTicketFieldModel } from './ratingAndFieldModels';
import { rawArticle, rawCategory, rawOrganization, rawSection, rawTicket, rawUser } from './types';
import { rawView, toView, type ZendeskViewModel } from './viewModels';

/**
 * Zendesk ShowManyUsers / ShowManyOrganizations / ShowManyTickets: "accepts a comma-separated list of
 * up to 100" ids. ListViewsById (views/show_many) states no limit: it is held to the same 100.
 */
export const ZENDESK_SHOW_MANY_MAX = 100;

/** Zendesk ids are integers: anything else cannot exist, and would make show_many answer 400 for the whole batch. */
const NUMERIC_ID = /^[1-9]\d{0,18}$/;

/**
 * Ticket fields, satisfaction ratings and Help Center records have no show_many: one GET per id,
 * this many at a time, so a batch of 100 ids does not burst through the account's per-minute limit
 * (200 a minute on the smallest plans, see rateLimit.ts; Help Center "follows the Support API's
 * requests-per-minute limits": https://developer.zendesk.com/api-reference/help_center/help-center-api/introduction/).
 */
export const ZENDESK_LOOKUP_CONCURRENCY = 5;

/** Lookups by native id, one per Zendesk resource that `node(id:)` and the relations reach. */
export interface ZendeskBatchFetch {
  readonly tickets: BatchFetch<ZendeskTicketModel>;
  readonly users: BatchFetch<ZendeskUserModel>;
  readonly organizations: BatchFetch<ZendeskOrganizationModel>;
  /** Zendesk has no groups show_many: answered from the group list, read once per request. */
  readonly groups: BatchFetch<ZendeskGroupModel>;
  /** views/show_many (ListViewsById), 100 ids per call. */
  readonly views: BatchFetch<ZendeskViewModel>;
  /**
   * Ticket fields, satisfaction ratings and Help Center records have no show_many: one show call
   * per distinct id, {@link ZENDESK_LOOKUP_CONCURRENCY} at a time.
   */
  readonly ticketFields: BatchFetch<ZendeskTicketFieldModel>;
  readonly satisfactionRatings: BatchFetch<ZendeskSatisfactionRatingModel>;
  readonly articles: BatchFetch<ZendeskArticleModel>;
  readonly sections: BatchFetch<ZendeskSectionModel>;
  readonly categories: BatchFetch<ZendeskCategoryModel>;
}

interface ShowManyOptions<TRaw, TNode> {
  /** Label for call accounting. */
  readonly endpoint: string;
  readonly path: string;
  readonly listKey: string;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw): TNode;
}

/** `allGroups` is the per-request memo of the whole group list (the list is small: groups of agents). */
export function createZendeskBatchFetch(http: UpstreamHttp, allGroups: () => Promise<ReadonlyArray<ZendeskGroupModel>>): ZendeskBatchFetch {
  return {
    // https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-multiple-tickets
    tickets: showMany(http, {
      endpoint: 'GET /api/v2/tickets/show_many',
      path: '/api/v2/tickets/show_many.json',
      listKey: 'tickets',
      item: rawTicket,
      toNode: toTicket,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/users/users/#show-many-users
    users: showMany(http, {
      endpoint: 'GET /api/v2/users/show_many',
      path: '/api/v2/users/show_many.json',
      listKey: 'users',
      item: rawUser,
      toNode: toUser,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/#show-many-organizations
    organizations: showMany(http, {
      endpoint: 'GET /api/v2/organizations/show_many',
      path: '/api/v2/organizations/show_many.json',
      listKey: 'organizations',
      item: rawOrganization,
      toNode: toOrganization,
    }),
    groups: lookupInList(allGroups, (group) => group.nativeId),
    // https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-views-by-id
    views: showMany(http, {
      endpoint: 'GET /api/v2/views/show_many',
      path: '/api/v2/views/show_many.json',
      listKey: 'views',
      item: rawView,
      toNode: toView,
    }),
    // https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#show-ticket-field
    ticketFields: showEach(http, { endpoint: 'GET /api/v2/ticket_fields/:id', path: 'ticket_fields', key: 'ticket_field', item: rawTicketField, toNode: toTicketField }),
    // https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/#show-satisfaction-rating
    satisfactionRatings: showEach(http, {
      endpoint: 'GET /api/v2/satisfaction_ratings/:id',
      path: 'satisfaction_ratings',
      key: 'satisfaction_rating',
      item: ratingOrOneRating,
      toNode: (raw) => toSatisfactionRating(Array.isArray(raw) ? raw[0] : raw),
    }),
    // Without a locale, as the Help Center list calls (articlesPaginator.ts, helpCenterPaginators.ts)
    // go: `{/locale}` is optional for agents and admins. Assumed, as for those lists: the record shown
    // is the one the locale-less list returns (the reference does not say which translation it is).
    // https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#show-article
    articles: showEach(http, { endpoint: 'GET /api/v2/help_center/articles/:id', path: 'help_center/articles', key: 'article', item: rawArticle, toNode: toArticle }),
    // https://developer.zendesk.com/api-reference/help_center/help-center-api/sections/#show-section
    sections: showEach(http, { endpoint: 'GET /api/v2/help_center/sections/:id', path: 'help_center/sections', key: 'section', item: rawSection, toNode: toSection }),
    // https://developer.zendesk.com/api-reference/help_center/help-center-api/categories/#show-category
    categories: showEach(http, { endpoint: 'GET /api/v2/help_center/categories/:id', path: 'help_center/categories', key: 'category', item: rawCategory, toNode: toCategory }),
  };
}

/**
 * SatisfactionRatingResponse: the spec (schema and example) gives `satisfaction_rating` as an array
 * holding the one rating, where every other show operation gives the bare object. Both are read, so
 * the lookup holds whichever the live API sends.
 */
const ratingOrOneRating = z.union([rawSatisfactionRating, z.tuple([rawSatisfactionRating])]);

interface ShowEachOptions<TRaw, TNode> {
  /** Label for call accounting. */
  readonly endpoint: string;
  /** The collection under /api/v2, e.g. `help_center/articles`. */
  readonly path: string;
  /** The envelope key of the one record: `{ article: … }`. */
  readonly key: string;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw): TNode;
}

/** `{ <key>: item }`, a show endpoint's envelope, built once per item and key (lookups are built per request). */
const keyedRecords = memoizeSchema((item: z.ZodType, key: string) => z.object({ [key]: item }));

/** `GET /api/v2/<path>/{id}.json` per id; the 404 of an id Zendesk does not know is `null` (fetchEachById). */
function showEach<TRaw, TNode>(http: UpstreamHttp, options: ShowEachOptions<TRaw, TNode>): BatchFetch<TNode> {
  const envelope = keyedRecords(options.item, options.key) as z.ZodType<Readonly<Record<string, TRaw>>>;
  const fetchOne = async (id: string): Promise<TNode> => {
    const path = `/api/v2/${options.path}/${pathSegment('zendesk', 'an id', id)}.json`;
    const body = await http.requestJson({ method: 'GET', path, endpoint: options.endpoint });
    const record = parseUpstream(envelope, body, 'zendesk', options.endpoint)[options.key];
    if (record === undefined) throw new Error(`${options.endpoint} answered without "${options.key}"`);
    return options.toNode(record);
  };
  return fetchEachById(ZENDESK_LOOKUP_CONCURRENCY, fetchOne, (id) => NUMERIC_ID.test(id));
}

/**
 * show_many returns the records it found, in any order, and silently leaves out ids it does not
 * know: each id is answered by matching, and a missing one is `null`.
 */
function showMany<TRaw, TNode extends { readonly nativeId: string }>(
  http: UpstreamHttp,
  options: ShowManyOptions<TRaw, TNode>,
): BatchFetch<TNode> {
  const list = keyedListOf(options.item, options.listKey);
  const fetchSlice = async (ids: ReadonlyArray<string>): Promise<ReadonlyArray<TNode | null>> => {
    const body = await http.requestJson({ method: 'GET', path: options.path, endpoint: options.endpoint, query: { ids: ids.join(',') } });
    const raws = parseUpstream(list, body, 'zendesk', options.endpoint)[options.listKey] ?? [];
    return answerInOrder(ids, raws.map(options.toNode), (node) => node.nativeId);
  };
  return fetchBySlices(ZENDESK_SHOW_MANY_MAX, fetchSlice, (id) => NUMERIC_ID.test(id));
}
