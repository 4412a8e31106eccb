import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import type { ZendeskContext } from './zendeskContext';

/** A GET route that also receives the simulator's context (data + its own base URL). */
export interface ZendeskRoute {
  readonly pattern: RegExp;
  handle(request: SimRequest, params: ReadonlyArray<string>, context: ZendeskContext): SimResponse;
}

/** Zendesk serves every endpoint with or without a `.json` suffix. */
export function apiPath(path: string): RegExp {
  return new RegExp(`^/api/v2/${path}(?:\\.json)?$`);
}

/**
 * Adapts Zendesk routes to the shared server. The context exists only once the server is
 * listening (record URLs are built on its address); until then the simulator answers 503.
 */
export function toServerRoutes(
  routes: ReadonlyArray<ZendeskRoute>,
  context: () => ZendeskContext | undefined,
): ReadonlyArray<Route> {
  return routes.map((route) => ({
    method: 'GET',
    pattern: route.pattern,
    handle: (request, params) => {
      const current = context();
      return current ? route.handle(request, params, current) : starting();
    },
  }));
}

function starting(): SimResponse {
  return {
    status: 503,
    body: { error: 'ServiceUnavailable', description: 'The simulator is still starting' },
    headers: { 'retry-after': '1' },
  };
}
