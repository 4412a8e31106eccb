import { readCredentials } from '../../../simulators/kit/auth';
import type { SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { frontError } from './frontError';

/** Front's Core API takes only `Authorization: Bearer <API token>` (the spec's one security scheme). */
export function authorizeFrontRequest(token: string): (request: SimRequest) => SimResponse | null {
  return (request) => {
    const credentials = readCredentials(request.headers);
    if (credentials.kind === 'bearer' && credentials.token === token) return null;
    return frontError(401, 'Missing or invalid API token');
  };
}
