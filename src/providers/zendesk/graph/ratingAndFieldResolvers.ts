import type { ZendeskQueryResolvers, ZendeskSatisfactionRatingResolvers, ZendeskTicketFieldResolvers } from '../../../__generated__/resolversTypes';
import { loadOptional } from '../../../loaders/loadRelated';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';

/** `zendesk { satisfactionRatings ticketFields }`, each priming its loader as the ticket list does. */
export const ratingAndFieldQueryResolvers: Pick<ZendeskQueryResolvers, 'satisfactionRatings' | 'ticketFields'> = {
  satisfactionRatings: (_parent, args, context) =>
    resolveConnection(context.providers.zendesk.satisfactionRatings, {}, args, context.relay).then(primed(context.loaders.zendesk.satisfactionRatings)),
  ticketFields: (_parent, args, context) =>
    resolveConnection(context.providers.zendesk.ticketFields, {}, args, context.relay).then(primed(context.loaders.zendesk.ticketFields)),
};

/** A rating's ticket and people read through the request's loaders (show_many, 100 ids per call). */
export const ratingAndFieldTypeResolvers: { ZendeskSatisfactionRating: ZendeskSatisfactionRatingResolvers; ZendeskTicketField: ZendeskTicketFieldResolvers } = {
  ZendeskSatisfactionRating: {
    id: globalIdOf('zendesk', 'ZendeskSatisfactionRating'),
    ticket: (rating, _args, context) => loadOptional(context.loaders.zendesk.tickets, rating.ticketId),
    requester: (rating, _args, context) => loadOptional(context.loaders.zendesk.users, rating.requesterId),
    assignee: (rating, _args, context) => loadOptional(context.loaders.zendesk.users, rating.assigneeId),
  },
  ZendeskTicketField: { id: globalIdOf('zendesk', 'ZendeskTicketField') },
};
