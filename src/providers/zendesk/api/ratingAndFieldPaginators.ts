import type { UpstreamHttp } from '../../http/httpClient';
import type { Paginator } from '../../types';
import { createZendeskCursorPaginator, type ZendeskCursorToken, type ZendeskNoArgs } from './cursorPaginator';
import {
  rawSatisfactionRating,
  rawTicketField,
  toSatisfactionRating,
  toTicketField,
  type ZendeskSatisfactionRatingModel,
  type ZendeskTicketFieldModel,
} from './ratingAndFieldModels';

/**
 * ListSatisfactionRatings: cursor pagination ("recommended"), at most 100 per page (Zendesk's cursor
 * maximum; the operation names no other).
 * https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/#list-satisfaction-ratings
 */
export function createSatisfactionRatingsPaginator(http: UpstreamHttp): Paginator<ZendeskSatisfactionRatingModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.satisfactionRatings',
    endpoint: 'GET /api/v2/satisfaction_ratings',
    path: () => '/api/v2/satisfaction_ratings.json',
    query: () => ({}),
    listKey: 'satisfaction_ratings',
    item: rawSatisfactionRating,
    toNode: toSatisfactionRating,
  });
}

/**
 * ListTicketFields: "Cursor pagination returns a maximum of 100 records per page and fields are
 * returned in the order specified by their id" (without it, every field in one answer).
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#list-ticket-fields
 */
export function createTicketFieldsPaginator(http: UpstreamHttp): Paginator<ZendeskTicketFieldModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.ticketFields',
    endpoint: 'GET /api/v2/ticket_fields',
    path: () => '/api/v2/ticket_fields.json',
    query: () => ({}),
    listKey: 'ticket_fields',
    item: rawTicketField,
    toNode: toTicketField,
  });
}
