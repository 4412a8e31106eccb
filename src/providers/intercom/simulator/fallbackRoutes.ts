import type { Route } from '../../../simulators/kit/simulatorServer';
import { intercomError } from './intercomError';

/** Must come last: unknown paths get Intercom's error list rather than the shared server's generic 404. */
export function fallbackRoutes(): Route[] {
  return [
    { method: 'GET', pattern: /.*/, handle: () => intercomError(404, 'not_found', 'Resource Not Found') },
    { method: 'POST', pattern: /.*/, handle: () => intercomError(404, 'not_found', 'Resource Not Found') },
  ];
}
