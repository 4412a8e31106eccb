import type { SimRequest } from '../../../simulators/kit/simulatorServer';
import type { FrontLinks } from './frontLinks';

/** `_links.self` of a list: the request as sent, but on the company host like every Front link. */
export function requestSelfUrl(request: SimRequest, links: FrontLinks): string {
  const query = request.query.toString();
  return `${links.baseUrl}${request.path}${query ? `?${query}` : ''}`;
}
