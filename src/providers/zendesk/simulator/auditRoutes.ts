import type { Route } from '../../../simulators/kit/router';
import { legacyCursorBody } from './legacyCursorPage';
import { orderedRecords, type OrderedRecords } from './orderedRecords';
import { cursorListBody, paginateByCursor, readCursorRequest, wantsCursorPaging } from './paginateByCursor';
import { orderOf, sortFields, textField } from './recordOrder';
import { serveList, type ListDefinition } from './serveList';
import type { ZendeskContext } from './zendeskContext';
import type { ZendeskAudit } from './zendeskDataset';
import { recordNotFound } from './zendeskErrors';

const auditCreated = textField<ZendeskAudit>('created_at', (audit) => audit.created_at);

/** ListAuditsForTicket: the ticket's audits, oldest first; cursor (recommended) or offset, at most 100 per page. */
export const TICKET_AUDIT_LIST: ListDefinition<ZendeskAudit> = {
  key: 'audits',
  fields: sortFields(auditCreated),
  defaultOrder: orderOf(auditCreated, false),
};

/**
 * ListTicketAudits (`GET /api/v2/ticket_audits`): every ticket's audits, newest first (the
 * simulator's reading; the spec does not state the order). Its Pagination section lists cursor
 * pagination only, "a maximum of 100 records per page": `page[size]` as on every cursor list, and
 * without it the older `cursor`/`limit` envelope its response schema shows (legacyCursorPage.ts).
 */
export const ALL_AUDITS_ORDER = orderOf(auditCreated, true);

export function auditRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  let everyAudit: OrderedRecords<ZendeskAudit> | undefined;
  const allAudits = (): OrderedRecords<ZendeskAudit> => (everyAudit ??= orderedRecords([...context.data.audits.values()].flat()));
  return [
    {
      method: 'GET',
      pattern: '/api/v2/tickets/:id/audits',
      handle: (request, { id }) => {
        const ticket = id !== undefined && /^\d+$/.test(id) ? context.byId.tickets.get(Number(id)) : undefined;
        if (ticket === undefined) return recordNotFound();
        return serveList({
          definition: TICKET_AUDIT_LIST,
          records: orderedRecords(context.data.audits.get(ticket.id) ?? []),
          location: { baseUrl: context.baseUrl, path: `/api/v2/tickets/${ticket.id}/audits`, query: request.query },
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/ticket_audits',
      handle: (request) => {
        const location = { baseUrl: context.baseUrl, path: '/api/v2/ticket_audits', query: request.query };
        // Without page[size]: the older `cursor`/`limit` envelope the spec's response schema shows.
        if (!wantsCursorPaging(request.query)) {
          const legacy = legacyCursorBody('audits', allAudits().inOrder(ALL_AUDITS_ORDER), ALL_AUDITS_ORDER, request.query, location);
          return legacy.ok ? { status: 200, body: legacy.value } : legacy.response;
        }
        const cursor = readCursorRequest(request.query, ALL_AUDITS_ORDER);
        if (!cursor.ok) return cursor.response;
        const page = paginateByCursor(allAudits().inOrder(ALL_AUDITS_ORDER), ALL_AUDITS_ORDER, cursor.value);
        return { status: 200, body: cursorListBody('audits', page, cursor.value, location) };
      },
    },
  ];
}
