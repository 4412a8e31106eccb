import type { Route } from '../../../simulators/kit/simulatorServer';
import { readConversationStatusFilter } from './conversationStatusFilter';
import { paginatedResponse } from './paginatedResponse';
import type { FrontConversation } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';
import { readSort } from './readSort';
import { sortRecords } from './sortRecords';

/** Last activity: the spec lists conversations most recently updated first (bump order). */
const byLastActivity = (conversation: FrontConversation): number => conversation.updated_at;

/** `GET /conversations`: `q[statuses][]` / `q[status_categories][]`, `sort_by=date`, `sort_order`. */
export function listConversationsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/conversations',
    handle(request) {
      const filter = readConversationStatusFilter(request.query);
      if (!filter.ok) return filter.response;
      const sort = readSort(request.query, { fields: { date: byLastActivity }, defaultKey: byLastActivity, defaultOrder: 'desc' });
      if (!sort.ok) return sort.response;
      const matching = context.data.conversations.filter(filter.value);
      return paginatedResponse(request, sortRecords(matching, sort.value.key, sort.value.order), context);
    },
  };
}
