import type { Route } from '../../../simulators/kit/simulatorServer';
import { paginatedResponse } from './paginatedResponse';
import type { FrontRouteContext } from './frontRouteContext';
import { readSort } from './readSort';
import { byId } from './recordSortKeys';
import { sortRecords } from './sortRecords';

/**
 * `GET /tags`: the spec declares `limit`/`page_token` and `sort_by=id` but no `_pagination` in the
 * response; Front does page tags, so the simulator answers like the other paginated lists.
 * Default order: by id ascending (creation order).
 */
export function listTagsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/tags',
    handle(request) {
      const sort = readSort(request.query, { fields: { id: byId }, defaultKey: byId, defaultOrder: 'asc' });
      if (!sort.ok) return sort.response;
      return paginatedResponse(request, sortRecords(context.data.tags, sort.value.key, sort.value.order), context);
    },
  };
}
