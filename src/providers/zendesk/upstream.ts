import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from './simulator';
import type { RateBudgets } from '../../runtime/rateBudgets';
import { createUpstream, type Upstream } from '../../runtime/upstream';
import { ZENDESK_DEFAULT_RATE_LIMIT, ZENDESK_RATE_LIMIT_HEADERS } from './api/rateLimit';

/** Zendesk: ZENDESK_BASE_URL + ZENDESK_EMAIL + ZENDESK_API_TOKEN, else the built-in simulator. */
export function createZendeskUpstream(config: Config, logger: Logger, budgets: RateBudgets): Promise<Upstream> {
  return createUpstream(
    {
      provider: 'zendesk',
      target: config.zendesk,
      simulatorCredentials: DEFAULT_ZENDESK_CREDENTIALS,
      startSimulator: (credentials, seed) => startZendeskSimulator({ credentials, ...(seed !== undefined ? { seed } : {}) }),
      // Zendesk API-token auth: HTTP Basic with "{email}/token:{token}".
      headers: ({ email, apiToken }) => ({ authorization: `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString('base64')}` }),
      rateLimit: { configured: config.rateBudgets.limits.zendesk, published: ZENDESK_DEFAULT_RATE_LIMIT, headers: ZENDESK_RATE_LIMIT_HEADERS },
    },
    config,
    logger,
    budgets,
  );
}
