import type { ZendeskQueryResolvers, ZendeskTicketAuditResolvers, ZendeskTicketResolvers } from '../../../__generated__/resolversTypes';
import { loadOptional } from '../../../loaders/loadRelated';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';

/** `zendesk { ticketAudits }`: every ticket's audits, newest first. */
export const auditQueryResolvers: Pick<ZendeskQueryResolvers, 'ticketAudits'> = {
  ticketAudits: (_parent, args, context) => resolveConnection(context.providers.zendesk.allTicketAudits, {}, args, context.relay),
};

/** `ZendeskTicket.audits`: one ticket's audits, oldest first. */
export const auditTicketResolvers: Pick<ZendeskTicketResolvers, 'audits'> = {
  audits: (ticket, args, context) => resolveConnection(context.providers.zendesk.ticketAudits, { ticketId: ticket.nativeId }, args, context.relay),
};

export const auditTypeResolvers: { ZendeskTicketAudit: ZendeskTicketAuditResolvers } = {
  ZendeskTicketAudit: {
    id: globalIdOf('zendesk', 'ZendeskTicketAudit'),
    ticketNativeId: (audit) => audit.ticketId,
    author: (audit, _args, context) => loadOptional(context.loaders.zendesk.users, audit.authorId),
  },
};
