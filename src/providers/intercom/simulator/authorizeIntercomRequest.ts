import { readCredentials } from '../../../simulators/kit/auth';
import type { SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { intercomError } from './intercomError';

/**
 * The spec's `intercom_version` enum. The official SDK can also send "Unstable" (its version option
 * allows it), and the API serves that too, so it is accepted beside the numbered versions.
 */
export const intercomVersions: ReadonlySet<string> = new Set([
  '1.0', '1.1', '1.2', '1.3', '1.4',
  '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9',
  '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16',
  'Unstable',
]);

/**
 * Auth first (the spec's global `bearerAuth`: anything but the right bearer token is 401 with the
 * `unauthorized` error), then the optional `Intercom-Version` header, whose unknown values are a 400.
 * Responses use the 2.16 shapes whatever version is asked for.
 */
export function authorizeIntercomRequest(token: string): (request: SimRequest) => SimResponse | null {
  return (request) => {
    const credentials = readCredentials(request.headers);
    if (credentials.kind !== 'bearer' || credentials.token !== token) {
      return intercomError(401, 'unauthorized', 'Access Token Invalid');
    }
    const version = request.headers['intercom-version'];
    if (version === undefined) return null;
    const value = Array.isArray(version) ? version[0] : version;
    if (value !== undefined && intercomVersions.has(value.trim())) return null;
    return intercomError(400, 'intercom_version_invalid', `Requested Intercom-Version '${String(value)}' is not valid`);
  };
}
