import { httpUrl, optionalText } from '../../configValues';
import { defineProviderConfig, type UpstreamHeaders } from '../../registry/providerConfig';
import { DEFAULT_FRONT_TOKEN } from './simulator';

/** Front's Core API: "Authorization: Bearer <API token>" (the spec's only security scheme). */
function frontHeaders(token: string): UpstreamHeaders {
  return { authorization: `Bearer ${token}` };
}

/** Front: FRONT_BASE_URL (default api2.frontapp.com) + FRONT_TOKEN, else the built-in simulator. */
export const frontConfig = defineProviderConfig({
  variables: {
    FRONT_BASE_URL: httpUrl,
    FRONT_TOKEN: optionalText,
  },
  credentialVariables: 'FRONT_TOKEN',
  credentialsSet: (vars) => vars.FRONT_TOKEN !== undefined,
  target(vars) {
    if (vars.FRONT_TOKEN === undefined) return { mode: 'simulator', headers: frontHeaders(DEFAULT_FRONT_TOKEN) };
    return { mode: 'remote', baseUrl: vars.FRONT_BASE_URL ?? 'https://api2.frontapp.com', headers: frontHeaders(vars.FRONT_TOKEN) };
  },
});
