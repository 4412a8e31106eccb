import type { NodeLoader } from '../../../registry/providerModule';

/**
 * Every Zendesk type that implements `Node`, with its lookup by native id (`null`: Zendesk has none, so
 * such an id resolves to `null`). `node`/`nodes` and Federation's `_entities` read this table.
 */
export const zendeskNodes: Readonly<Record<string, NodeLoader>> = {
  ZendeskTicket: (loaders) => loaders.zendesk.tickets,
  ZendeskUser: (loaders) => loaders.zendesk.users,
  ZendeskOrganization: (loaders) => loaders.zendesk.organizations,
  ZendeskGroup: (loaders) => loaders.zendesk.groups,
  // Zendesk serves a comment only inside its ticket's comment list.
  ZendeskTicketComment: null,
  // Help Center has GET /api/v2/help_center/articles/{id}, but the simulator does not serve it yet (issue 13 follow-up).
  ZendeskArticle: null,
  // Help Center sections and categories: read only through their lists here.
  ZendeskSection: null,
  ZendeskCategory: null,
  // Zendesk shows an audit only under its ticket (`tickets/{ticket_id}/audits/{id}`): a global id holds no ticket.
  ZendeskTicketAudit: null,
  ZendeskView: (loaders) => loaders.zendesk.views,
  ZendeskSatisfactionRating: (loaders) => loaders.zendesk.satisfactionRatings,
  ZendeskTicketField: (loaders) => loaders.zendesk.ticketFields,
};
