import type { UpstreamHttp } from '../../http/httpClient';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { createZendeskCursorPaginator, type ZendeskCursorToken, type ZendeskNoArgs } from './cursorPaginator';
import type { ZendeskTicketModel } from './models';
import { toTicket } from './toModels';
import { rawTicket } from './types';
import { rawView, toView, type ZendeskViewModel } from './viewModels';

export type ZendeskViewTicketArgs = { readonly viewId: string };

/**
 * Views available to the caller: ListViews, cursor pagination ("recommended, but only sorts by
 * `created_at`"), "a maximum of 100 records per page". So the list comes in creation order.
 * https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-views
 */
export function createViewsPaginator(http: UpstreamHttp): Paginator<ZendeskViewModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.views',
    endpoint: 'GET /api/v2/views',
    path: () => '/api/v2/views.json',
    query: () => ({}),
    listKey: 'views',
    item: rawView,
    toNode: toView,
  });
}

/**
 * A view's tickets, in the view's own sort: ListTicketsFromView, cursor pagination
 * ("recommended"); at most 100 per page, Zendesk's cursor maximum ("Most endpoints limit this to a
 * maximum of 100"; this operation names no other).
 * https://developer.zendesk.com/api-reference/ticketing/business-rules/views/#list-tickets-from-a-view
 */
export function createViewTicketsPaginator(http: UpstreamHttp): Paginator<ZendeskTicketModel, ZendeskViewTicketArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.view.tickets',
    endpoint: 'GET /api/v2/views/:id/tickets',
    path: (args: ZendeskViewTicketArgs) => `/api/v2/views/${pathSegment('zendesk', 'a view id', args.viewId)}/tickets.json`,
    query: () => ({}),
    listKey: 'tickets',
    item: rawTicket,
    toNode: toTicket,
  });
}
