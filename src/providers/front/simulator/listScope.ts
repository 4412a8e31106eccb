import type { SimRequest } from '../../../simulators/kit/simulatorServer';
import { decodePathPart } from './decodePathPart';

/** The parameters that move through a list rather than define it. */
export const pagingParameters: ReadonlySet<string> = new Set(['limit', 'page_token']);

/**
 * What a page token is tied to: the decoded path plus every other query parameter, sorted so the
 * same query in another parameter order is the same list. Real Front rejects a token replayed
 * against another query; comparing this scope is how the simulator notices.
 */
export function listScope(request: SimRequest): string {
  const parameters = [...request.query.entries()]
    .filter(([name]) => !pagingParameters.has(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return `${request.method} ${decodePathPart(request.path)}?${parameters.join('&')}`;
}

