import type { ZendeskQueryResolvers, ZendeskViewResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';

/** `zendesk { views }`: the caller's views, in creation order; primes the views loader, so `node(id:)` of a listed view costs no call. */
export const viewQueryResolvers: Pick<ZendeskQueryResolvers, 'views'> = {
  views: (_parent, args, context) => resolveConnection(context.providers.zendesk.views, {}, args, context.relay).then(primed(context.loaders.zendesk.views)),
};

/** `ZendeskView.tickets` primes the tickets loader, as the ticket list does. */
export const viewTypeResolvers: { ZendeskView: ZendeskViewResolvers } = {
  ZendeskView: {
    id: globalIdOf('zendesk', 'ZendeskView'),
    tickets: (view, args, context) =>
      resolveConnection(context.providers.zendesk.viewTickets, { viewId: view.nativeId }, args, context.relay).then(primed(context.loaders.zendesk.tickets)),
  },
};
