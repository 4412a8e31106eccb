import type { Route } from '../../../simulators/kit/simulatorServer';
import { frontError } from './frontError';

/** Last in the route list: unknown paths get Front's `_error` shape, not the shared server's default. */
export function notFoundRoutes(): Route[] {
  return (['GET', 'POST'] as const).map((method) => ({
    method,
    pattern: /^/,
    handle: (request) => frontError(404, `No route for ${request.method} ${request.path}`),
  }));
}
