import type { Route } from '../../../simulators/kit/simulatorServer';
import { readEventFilter } from './eventFilter';
import type { FrontEvent } from './frontDataset';
import type { FrontRouteContext } from './frontRouteContext';
import { paginatedResponse } from './paginatedResponse';
import { readSort } from './readSort';
import { sortRecords } from './sortRecords';

const byEmission = (event: FrontEvent): number => event.emitted_at;
/** list-events' `limit`: "Max number of results per page (max 15)", default 15. */
export const maxEventLimit = 15;

/**
 * `GET /events`: newest first ("reverse chronological order"), `sort_by` "Only supports
 * `created_at`" (the emission time), `sort_order`, the `q` filters of {@link readEventFilter}.
 */
export function listEventsRoute(context: FrontRouteContext): Route {
  return {
    method: 'GET',
    pattern: '/events',
    handle(request) {
      const filter = readEventFilter(request.query, context.data.inboxIdsByConversation);
      if (!filter.ok) return filter.response;
      const sort = readSort(request.query, { fields: { created_at: byEmission }, defaultKey: byEmission, defaultOrder: 'desc' });
      if (!sort.ok) return sort.response;
      const matching = context.data.events.filter(filter.value);
      return paginatedResponse(request, sortRecords(matching, sort.value.key, sort.value.order), context, { limits: { max: maxEventLimit, default: maxEventLimit } });
    },
  };
}
