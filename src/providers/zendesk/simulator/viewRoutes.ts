import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import { orderedRecords, type OrderedRecords } from './orderedRecords';
import { numberField, orderOf, sortFields, textField } from './recordOrder';
import { serveList, type ListDefinition } from './serveList';
import { recordsByIds } from './showRecords';
import { viewMatches } from './viewMatches';
import type { ZendeskContext } from './zendeskContext';
import type { ZendeskTicket, ZendeskView } from './zendeskDataset';
import { badRequest, recordNotFound } from './zendeskErrors';
import { TICKET_LIST } from './zendeskLists';

const viewCreated = textField<ZendeskView>('created_at', (view) => view.created_at);
const viewPosition = numberField<ZendeskView>('position', (view) => view.position);

/** ListViews under cursor pagination: "recommended, but only sorts by `created_at`". */
const VIEW_CURSOR_LIST: ListDefinition<ZendeskView> = { key: 'views', fields: sortFields(viewCreated), defaultOrder: orderOf(viewCreated, false) };

/** ListViews under offset pagination: `sort_by` alphabetical, created_at or updated_at; "Defaults to position". */
const VIEW_OFFSET_LIST: ListDefinition<ZendeskView> = {
  key: 'views',
  fields: sortFields(
    viewPosition,
    textField<ZendeskView>('alphabetical', (view) => view.title),
    viewCreated,
    textField<ZendeskView>('updated_at', (view) => view.updated_at),
  ),
  defaultOrder: orderOf(viewPosition, false),
};

/** Views (max 100 per page), ListViewsById, and ListTicketsFromView: a view's tickets, in the view's own sort unless asked otherwise. */
export function viewRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  const views = orderedRecords(context.data.views);
  const viewsById = new Map(context.data.views.map((view) => [view.id, view]));
  const ticketsOf = new Map<number, OrderedRecords<ZendeskTicket>>();
  const ticketsIn = (view: ZendeskView): OrderedRecords<ZendeskTicket> => {
    let tickets = ticketsOf.get(view.id);
    if (tickets === undefined) {
      tickets = orderedRecords(context.data.tickets.filter((ticket) => viewMatches(view, ticket)));
      ticketsOf.set(view.id, tickets);
    }
    return tickets;
  };
  return [
    {
      method: 'GET',
      pattern: '/api/v2/views',
      handle: (request) =>
        serveList({
          definition: request.query.has('page[size]') ? VIEW_CURSOR_LIST : VIEW_OFFSET_LIST,
          records: views,
          location: { baseUrl: context.baseUrl, path: '/api/v2/views', query: request.query },
        }),
    },
    { method: 'GET', pattern: '/api/v2/views/show_many', handle: (request) => showManyViews(request.query, viewsById) },
    {
      method: 'GET',
      pattern: '/api/v2/views/:id/tickets',
      handle: (request, { id }) => {
        const view = id !== undefined && /^\d+$/.test(id) ? viewsById.get(Number(id)) : undefined;
        if (view === undefined) return recordNotFound();
        return serveList({
          definition: viewTicketList(view),
          records: ticketsIn(view),
          location: { baseUrl: context.baseUrl, path: `/api/v2/views/${view.id}/tickets`, query: request.query },
        });
      },
    },
  ];
}

/**
 * ListViewsById (`GET /api/v2/views/show_many?ids=1,2,3[&active=true|false]`): the spec's
 * ViewsResponse, `views` with `count`, `next_page` and `previous_page` (null: one answer). The spec
 * gives no id limit for this operation; the simulator applies the 100 of Zendesk's other show_many
 * operations. It does not say what an `active` other than true/false does either: refused here.
 */
function showManyViews(query: URLSearchParams, viewsById: ReadonlyMap<number, ZendeskView>): SimResponse {
  const active = query.get('active');
  if (active !== null && active !== 'true' && active !== 'false') return badRequest('InvalidParameter', `active must be true or false, not '${active}'`);
  const found = recordsByIds(query, viewsById);
  if (!found.ok) return found.response;
  const views = active === null ? found.value : found.value.filter((view) => view.active === (active === 'true'));
  return { status: 200, body: { views, count: views.length, next_page: null, previous_page: null } };
}

/** A view's tickets sort by the view's `execution` (sort_by, sort_order), ties broken by id. */
function viewTicketList(view: ZendeskView): ListDefinition<ZendeskTicket> {
  const field = TICKET_LIST.fields.get(view.execution.sort_by) ?? TICKET_LIST.defaultOrder.field;
  return { key: 'tickets', fields: TICKET_LIST.fields, defaultOrder: orderOf(field, view.execution.sort_order === 'desc') };
}
