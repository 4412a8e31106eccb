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
  // Help Center has no show_many: one show call per distinct id (api/batchFetch.ts).
  ZendeskArticle: (loaders) => loaders.zendesk.articles,
  ZendeskSection: (loaders) => loaders.zendesk.sections,
  ZendeskCategory: (loaders) => loaders.zendesk.categories,
  // Zendesk shows an audit only under its ticket (`tickets/{ticket_id}/audits/{id}`): a global id holds no ticket.
  ZendeskTicketAudit: null,
  ZendeskView: (loaders) => loaders.zendesk.views,
  ZendeskSatisfactionRating: (loaders) => loaders.zendesk.satisfactionRatings,
  ZendeskTicketField: (loaders) => loaders.zendesk.ticketFields,
};
