import type { Route } from '../../../simulators/kit/simulatorServer';
import { decodePathPart } from './decodePathPart';
import { frontError } from './frontError';
import { unpaginatedResponse } from './unpaginatedResponse';
import type { FrontRouteContext } from './frontRouteContext';
import { sortRecords } from './sortRecords';

/** `GET /conversations/{id}/comments`: not paginated per the spec, newest first. */
export function listConversationCommentsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/conversations/:id/comments',
    handle(request, { id: rawId = '' }) {
      const id = decodePathPart(rawId);
      const comments = context.data.commentsByConversation.get(id);
      if (!comments) return frontError(404, `Unknown conversation ${id}`);
      return unpaginatedResponse(request, sortRecords(comments, (comment) => comment.posted_at, 'desc'), context.links);
    },
  };
}
