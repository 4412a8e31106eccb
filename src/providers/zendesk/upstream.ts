import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from './simulator';
import { createUpstream, type Upstream } from '../../runtime/upstream';

/** Zendesk: ZENDESK_BASE_URL + ZENDESK_EMAIL + ZENDESK_API_TOKEN, else the built-in simulator. */
export function createZendeskUpstream(config: Config, logger: Logger): Promise<Upstream> {
  return createUpstream(
    {
      provider: 'zendesk',
      target: config.zendesk,
      simulatorCredentials: DEFAULT_ZENDESK_CREDENTIALS,
      startSimulator: (credentials, seed) => startZendeskSimulator({ credentials, ...(seed !== undefined ? { seed } : {}) }),
      // Zendesk API-token auth: HTTP Basic with "{email}/token:{token}".
      headers: ({ email, apiToken }) => ({ authorization: `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}` }),
    },
    config,
    logger,
  );
}
