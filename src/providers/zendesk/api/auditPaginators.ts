import type { UpstreamHttp } from '../../http/httpClient';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { toTicketAudit, type ZendeskTicketAuditModel } from './auditModels';
import { rawAudit } from './auditTypes';
import { createZendeskCursorPaginator, type ZendeskCursorToken, type ZendeskNoArgs } from './cursorPaginator';

export type ZendeskTicketAuditArgs = { readonly ticketId: string };

/**
 * One ticket's audits, oldest first: ListAuditsForTicket, cursor pagination ("recommended"),
 * "a maximum of 100 records per page". Its count endpoint (`audits/count`) is approximate, so the
 * connection's totalCount is left null rather than served as exact.
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/#list-audits-for-a-ticket
 */
export function createTicketAuditsPaginator(http: UpstreamHttp): Paginator<ZendeskTicketAuditModel, ZendeskTicketAuditArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.ticket.audits',
    endpoint: 'GET /api/v2/tickets/:id/audits',
    path: (args: ZendeskTicketAuditArgs) => `/api/v2/tickets/${pathSegment('zendesk', 'a ticket id', args.ticketId)}/audits.json`,
    query: () => ({}),
    listKey: 'audits',
    item: rawAudit,
    toNode: toTicketAudit,
  });
}

/**
 * Every ticket's audits (archived tickets excepted): ListTicketAudits, cursor pagination only,
 * "a maximum of 100 records per page".
 * https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/#list-all-ticket-audits
 */
export function createAllTicketAuditsPaginator(http: UpstreamHttp): Paginator<ZendeskTicketAuditModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.ticketAudits',
    endpoint: 'GET /api/v2/ticket_audits',
    path: () => '/api/v2/ticket_audits.json',
    query: () => ({}),
    listKey: 'audits',
    item: rawAudit,
    toNode: toTicketAudit,
  });
}
