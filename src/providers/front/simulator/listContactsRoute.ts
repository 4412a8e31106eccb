import type { Route } from '../../../simulators/kit/simulatorServer';
import { paginatedResponse } from './paginatedResponse';
import type { FrontContact } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';
import { readSort } from './readSort';
import { byCreatedAt, byUpdatedAt } from './recordSortKeys';
import { sortRecords } from './sortRecords';
import { readUpdatedWindowFilter } from './updatedWindowFilter';

/** `GET /contacts`: `q[updated_after|updated_before]`, `sort_by` created_at | updated_at, `sort_order`. */
export function listContactsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/contacts',
    handle(request) {
      const filter = readUpdatedWindowFilter(request.query);
      if (!filter.ok) return filter.response;
      const sort = readSort<FrontContact>(request.query, {
        fields: { created_at: byCreatedAt, updated_at: byUpdatedAt },
        defaultKey: byCreatedAt,
        defaultOrder: 'desc',
      });
      if (!sort.ok) return sort.response;
      const matching = context.data.contacts.filter(filter.value);
      return paginatedResponse(request, sortRecords(matching, sort.value.key, sort.value.order), context);
    },
  };
}
