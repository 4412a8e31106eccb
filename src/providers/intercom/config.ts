import { httpUrl, optionalText } from '../../configValues';
import { defineProviderConfig, type UpstreamHeaders } from '../../registry/providerConfig';
import { defaultIntercomSimulatorOptions } from './simulator';

function intercomHeaders(token: string, version: string): UpstreamHeaders {
  return {
    // The spec's only security scheme, applied globally: `bearerAuth`.
    authorization: `Bearer ${token}`,
    // Pins the response shapes; without it Intercom uses "the version set in the app package".
    'intercom-version': version,
  };
}

/** Intercom: INTERCOM_BASE_URL (default api.intercom.io) + INTERCOM_TOKEN, else the built-in simulator. */
export const intercomConfig = defineProviderConfig({
  variables: {
    INTERCOM_BASE_URL: httpUrl,
    INTERCOM_TOKEN: optionalText,
    INTERCOM_VERSION: optionalText.default('2.16'),
  },
  credentialVariables: 'INTERCOM_TOKEN',
  credentialsSet: (vars) => vars.INTERCOM_TOKEN !== undefined,
  target(vars) {
    const version = vars.INTERCOM_VERSION ?? '2.16';
    if (vars.INTERCOM_TOKEN === undefined) return { mode: 'simulator', headers: intercomHeaders(defaultIntercomSimulatorOptions.token, version) };
    return { mode: 'remote', baseUrl: vars.INTERCOM_BASE_URL ?? 'https://api.intercom.io', headers: intercomHeaders(vars.INTERCOM_TOKEN, version) };
  },
});
