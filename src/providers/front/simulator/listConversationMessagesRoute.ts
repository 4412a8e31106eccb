import type { Route } from '../../../simulators/kit/simulatorServer';
import { decodePathPart } from './decodePathPart';
import { frontError } from './frontError';
import { paginatedResponse } from './paginatedResponse';
import type { FrontMessage } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';
import { readSort } from './readSort';
import { sortRecords } from './sortRecords';

const byCreation = (message: FrontMessage): number => message.created_at;

/** `GET /conversations/{id}/messages`: paginated, newest first unless `sort_order=asc`. */
export function listConversationMessagesRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/conversations/:id/messages',
    handle(request, { id: rawId = '' }) {
      const id = decodePathPart(rawId);
      const messages = context.data.messagesByConversation.get(id);
      if (!messages) return frontError(404, `Unknown conversation ${id}`);
      const sort = readSort(request.query, { fields: { created_at: byCreation }, defaultKey: byCreation, defaultOrder: 'desc' });
      if (!sort.ok) return sort.response;
      return paginatedResponse(request, sortRecords(messages, sort.value.key, sort.value.order), context);
    },
  };
}
