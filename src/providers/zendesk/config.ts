import { httpUrl, optionalText } from '../../configValues';
import { defineProviderConfig, type UpstreamHeaders } from '../../registry/providerConfig';
import { DEFAULT_ZENDESK_CREDENTIALS } from './simulator';

/** Zendesk API-token auth: HTTP Basic with "{email}/token:{token}". */
function zendeskHeaders(email: string, apiToken: string): UpstreamHeaders {
  return { authorization: `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}` };
}

/** Zendesk: ZENDESK_BASE_URL (or ZENDESK_SUBDOMAIN) + ZENDESK_EMAIL + ZENDESK_API_TOKEN, else the built-in simulator. */
export const zendeskConfig = defineProviderConfig({
  variables: {
    ZENDESK_BASE_URL: httpUrl,
    ZENDESK_SUBDOMAIN: optionalText.refine((value) => value === undefined || /^[a-z0-9-]+$/i.test(value), {
      message: 'must be the subdomain alone, e.g. acme for https://acme.zendesk.com',
    }),
    ZENDESK_EMAIL: optionalText,
    ZENDESK_API_TOKEN: optionalText,
  },
  credentialVariables: 'ZENDESK_EMAIL / ZENDESK_API_TOKEN',
  credentialsSet: (vars) => vars.ZENDESK_EMAIL !== undefined || vars.ZENDESK_API_TOKEN !== undefined,
  target(vars, problems) {
    const simulator = {
      mode: 'simulator',
      headers: zendeskHeaders(DEFAULT_ZENDESK_CREDENTIALS.email, DEFAULT_ZENDESK_CREDENTIALS.apiToken),
    } as const;
    const email = vars.ZENDESK_EMAIL;
    const apiToken = vars.ZENDESK_API_TOKEN;
    if (email === undefined && apiToken === undefined) return simulator;
    if (email === undefined || apiToken === undefined) {
      problems.push('ZENDESK_EMAIL / ZENDESK_API_TOKEN: set both to use Zendesk, or neither to use the simulator');
      return simulator;
    }
    const baseUrl = vars.ZENDESK_BASE_URL ?? (vars.ZENDESK_SUBDOMAIN ? `https://${vars.ZENDESK_SUBDOMAIN}.zendesk.com` : undefined);
    if (baseUrl === undefined) {
      problems.push('ZENDESK_BASE_URL: required with Zendesk credentials (https://<subdomain>.zendesk.com), or set ZENDESK_SUBDOMAIN');
      return simulator;
    }
    return { mode: 'remote', baseUrl, headers: zendeskHeaders(email, apiToken) };
  },
});
