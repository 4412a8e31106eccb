import { readCredentials } from '../../../simulators/kit/auth';
import type { SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { unauthorized } from './zendeskErrors';

export interface ZendeskCredentials {
  readonly email: string;
  readonly apiToken: string;
}

/**
 * Zendesk accepts an API token as HTTP Basic `{email}/token:{token}` and an OAuth access token
 * as `Authorization: Bearer {token}`; the spec models only Basic, but real clients send both.
 * Email/password Basic is deliberately not simulated.
 */
export function authorizeZendesk(credentials: ZendeskCredentials): (request: SimRequest) => SimResponse | null {
  return (request) => (isAccepted(request, credentials) ? null : unauthorized());
}

function isAccepted(request: SimRequest, credentials: ZendeskCredentials): boolean {
  const presented = readCredentials(request.headers);
  switch (presented.kind) {
    case 'basic':
      // Email addresses are matched case-insensitively, as Zendesk treats them.
      return (
        presented.username.toLowerCase() === `${credentials.email}/token`.toLowerCase() &&
        presented.password === credentials.apiToken
      );
    case 'bearer':
      return presented.token === credentials.apiToken;
    case 'none':
      return false;
  }
}
