import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { defaultIntercomSimulatorOptions, startIntercomSimulator } from './simulator';
import type { RateBudgets } from '../../runtime/rateBudgets';
import { createUpstream, type Upstream } from '../../runtime/upstream';
import { INTERCOM_DEFAULT_RATE_LIMIT, INTERCOM_RATE_LIMIT_HEADERS } from './api/rateLimit';

/** Intercom: INTERCOM_BASE_URL (default api.intercom.io) + INTERCOM_TOKEN, else the built-in simulator. */
export function createIntercomUpstream(config: Config, logger: Logger, budgets: RateBudgets): Promise<Upstream> {
  return createUpstream(
    {
      provider: 'intercom',
      target: config.intercom,
      simulatorCredentials: { token: defaultIntercomSimulatorOptions.token },
      startSimulator: ({ token }, seed) => startIntercomSimulator({ token, ...(seed !== undefined ? { seed } : {}) }),
      headers: ({ token }) => ({
        // The spec's only security scheme, applied globally: `bearerAuth`.
        authorization: `Bearer ${token}`,
        // Pins the response shapes; without it Intercom uses "the version set in the app package".
        'intercom-version': config.intercom.version,
      }),
      rateLimit: { configured: config.rateBudgets.limits.intercom, published: INTERCOM_DEFAULT_RATE_LIMIT, headers: INTERCOM_RATE_LIMIT_HEADERS },
    },
    config,
    logger,
    budgets,
  );
}
