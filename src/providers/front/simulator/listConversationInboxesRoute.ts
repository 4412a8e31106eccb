import type { Route } from '../../../simulators/kit/simulatorServer';
import { decodePathPart } from './decodePathPart';
import { frontError } from './frontError';
import { unpaginatedResponse } from './unpaginatedResponse';
import type { FrontInbox } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';

/** `GET /conversations/{id}/inboxes` (the target of `_links.related.inboxes`): unpaginated, like `/inboxes`. */
export function listConversationInboxesRoute(context: FrontRouteContext): Route {
  const inboxesById = new Map(context.data.inboxes.map((inbox) => [inbox.id, inbox]));
  return {
    method: 'GET',
    pattern: '/conversations/:id/inboxes',
    handle(request, { id: rawId = '' }) {
      const id = decodePathPart(rawId);
      const inboxIds = context.data.inboxIdsByConversation.get(id);
      if (!inboxIds) return frontError(404, `Unknown conversation ${id}`);
      const inboxes = inboxIds.map((inboxId) => inboxesById.get(inboxId)).filter((inbox): inbox is FrontInbox => inbox !== undefined);
      return unpaginatedResponse(request, inboxes, context.links);
    },
  };
}
