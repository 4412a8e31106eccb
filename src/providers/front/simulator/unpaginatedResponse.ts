import type { SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import type { FrontLinks } from './frontLinks';
import { requestSelfUrl } from './requestSelfUrl';

/** The lists the spec leaves unpaginated (inboxes, teammates, comments): `{_links, _results}`, everything at once. */
export function unpaginatedResponse<T>(request: SimRequest, items: ReadonlyArray<T>, links: FrontLinks): SimResponse {
  return { status: 200, body: { _links: { self: requestSelfUrl(request, links) }, _results: items } };
}
