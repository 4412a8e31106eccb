import type { z } from 'zod';

import { answerInOrder, fetchBySlices, fetchEachById, lookupInList } from '../../batchFetchTools';
import type { UpstreamHttp } from '../../http/httpClient';
import { keyedListOf } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import type { BatchFetch } from '../../types';
import { toOrganization, toTicket, toUser } from './toModels';
import type { ZendeskGroupModel, ZendeskOrganizationModel, ZendeskTicketModel, ZendeskUserModel } from './models';
import { showSatisfactionRating, showTicketField } from './showRatingAndField';
import type { ZendeskSatisfactionRatingModel, ZendeskTicketFieldModel } from './ratingAndFieldModels';
import { rawOrganization, rawTicket, rawUser } from './types';
import { rawView, toView, type ZendeskViewModel } from './viewModels';

/**
 * Zendesk ShowManyUsers / ShowManyOrganizations / ShowManyTickets: "accepts a comma-separated list of
 * up to 100" ids. ListViewsById (views/show_many) states no limit: it is held to the same 100.
 */
export const ZENDESK_SHOW_MANY_MAX = 100;

/**
 * Ticket fields and satisfaction ratings have no batch endpoint: one show call per id, at most this
 * many in flight. Zendesk's rate limit is per account and per minute (200 a minute on the smallest
 * plans, see rateLimit.ts), so a lookup of 100 ids must not fire 100 calls at once.
 */
export const ZENDESK_LOOKUP_CONCURRENCY = 5;

/** Zendesk ids are integers: anything else cannot exist, and would make show_many answer 400 for the whole batch. */
const NUMERIC_ID = /^[1-9]\d{0,18}$/;

/** Lookups by native id, one per Zendesk resource that `node(id:)` and the relations reach. */
export interface ZendeskBatchFetch {
  readonly tickets: BatchFetch<ZendeskTicketModel>;
  readonly users: BatchFetch<ZendeskUserModel>;
  readonly organizations: BatchFetch<ZendeskOrganizationModel>;
  /** Zendesk has no groups show_many: answered from the group list, read once per request. */
  readonly groups: BatchFetch<ZendeskGroupModel>;
  /** views/show_many (ListViewsById), 100 ids per call. */
  readonly views: BatchFetch<ZendeskViewModel>;
  /** GET ticket_fields/{id} and satisfaction_ratings/{id}: one call per id (no batch endpoint). */
  readonly ticketFields: BatchFetch<ZendeskTicketFieldModel>;
  readonly satisfactionRatings: BatchFetch<ZendeskSatisfactionRatingModel>;
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
    ticketFields: showEach((id) => showTicketField(http, id)),
    satisfactionRatings: showEach((id) => showSatisfactionRating(http, id)),
  };
}

/**
 * One show call per distinct well-formed id (a 404 is `null`); an id that cannot be a Zendesk id is
 * `null` without a call, as show_many answers it.
 */
function showEach<TNode>(fetchOne: (id: string) => Promise<TNode>): BatchFetch<TNode> {
  const fetchEach = fetchEachById(ZENDESK_LOOKUP_CONCURRENCY, fetchOne);
  return async (ids) => {
    const wanted = [...new Set(ids.filter((id) => NUMERIC_ID.test(id)))];
    const answers = await fetchEach(wanted);
    const byId = new Map(wanted.map((id, index) => [id, answers[index] ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  };
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
