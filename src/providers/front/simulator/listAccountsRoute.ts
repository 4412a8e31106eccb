import type { Route } from '../../../simulators/kit/simulatorServer';
import { paginatedResponse } from './paginatedResponse';
import type { FrontAccount } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';
import { readSort } from './readSort';
import { byCreatedAt, byUpdatedAt } from './recordSortKeys';
import { sortRecords } from './sortRecords';

/** `GET /accounts`: `sort_by` created_at | updated_at, `sort_order`; newest first by default. */
export function listAccountsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/accounts',
    handle(request) {
      const sort = readSort<FrontAccount>(request.query, {
        fields: { created_at: byCreatedAt, updated_at: byUpdatedAt },
        defaultKey: byCreatedAt,
        defaultOrder: 'desc',
      });
      if (!sort.ok) return sort.response;
      return paginatedResponse(request, sortRecords(context.data.accounts, sort.value.key, sort.value.order), context);
    },
  };
}
