import type { Resolvers, ZendeskTicketOrderField } from '../__generated__/resolversTypes';
import type { ZendeskTicketSortField } from '../providers/zendesk/zendeskProvider';
import { resolveConnection } from '../relay/resolveConnection';
import { globalIdOf } from './nodeId';

const SORT_FIELDS: Readonly<Record<ZendeskTicketOrderField, ZendeskTicketSortField>> = {
  ID: 'id',
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
  STATUS: 'status',
};

const ROLES = { END_USER: 'end-user', AGENT: 'agent', ADMIN: 'admin' } as const;

export const zendeskResolvers: Resolvers = {
  Query: {
    zendesk: () => ({}),
  },
  ZendeskQuery: {
    tickets: (_parent, args, context) =>
      resolveConnection(
        context.zendesk.tickets,
        { sort: { field: SORT_FIELDS[args.orderBy?.field ?? 'ID'], descending: args.orderBy?.direction === 'DESC' } },
        args,
        context.relay,
      ),
    users: (_parent, args, context) =>
      resolveConnection(context.zendesk.users, { role: args.role ? ROLES[args.role] : null }, args, context.relay),
    organizations: (_parent, args, context) => resolveConnection(context.zendesk.organizations, {}, args, context.relay),
    groups: (_parent, args, context) => resolveConnection(context.zendesk.groups, {}, args, context.relay),
    articles: (_parent, args, context) =>
      resolveConnection(context.zendesk.articles, { locale: args.locale ?? null }, args, context.relay),
  },
  ZendeskTicket: {
    id: globalIdOf('zendesk', 'ZendeskTicket'),
    comments: (ticket, args, context) =>
      resolveConnection(context.zendesk.ticketComments, { ticketId: ticket.nativeId }, args, context.relay),
  },
  ZendeskUser: { id: globalIdOf('zendesk', 'ZendeskUser') },
  ZendeskOrganization: { id: globalIdOf('zendesk', 'ZendeskOrganization') },
  ZendeskGroup: { id: globalIdOf('zendesk', 'ZendeskGroup') },
  ZendeskTicketComment: { id: globalIdOf('zendesk', 'ZendeskTicketComment') },
  ZendeskArticle: { id: globalIdOf('zendesk', 'ZendeskArticle') },
};
