import type { Route } from '../../../simulators/kit/simulatorServer';
import type { FrontLinks } from './frontLinks';
import { unpaginatedResponse } from './unpaginatedResponse';

/**
 * Inboxes and teammates: the spec declares no `limit`/`page_token` and no `_pagination`, so the
 * whole list comes back at once and paging parameters are ignored.
 */
export function unpaginatedListRoute<T>(collection: string, records: ReadonlyArray<T>, links: FrontLinks): Route {
  return {
    method: 'GET',
    pattern: `/${collection}`,
    handle: (request) => unpaginatedResponse(request, records, links),
  };
}
