import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { startFrontSimulator } from './simulator';
import type { RateBudgets } from '../../runtime/rateBudgets';
import { createUpstream, type Upstream } from '../../runtime/upstream';
import { FRONT_DEFAULT_RATE_LIMIT, FRONT_RATE_LIMIT_HEADERS } from './api/rateLimit';

/** Front: FRONT_BASE_URL (default api2.frontapp.com) + FRONT_TOKEN, else the built-in simulator. */
export function createFrontUpstream(config: Config, logger: Logger, budgets: RateBudgets): Promise<Upstream> {
  return createUpstream(
    {
      provider: 'front',
      target: config.front,
      simulatorCredentials: { token: 'sim-front-token' },
      startSimulator: ({ token }, seed) => startFrontSimulator({ token, ...(seed !== undefined ? { seed } : {}) }),
      // Front's Core API: "Authorization: Bearer <API token>" (the spec's only security scheme).
      headers: ({ token }) => ({ authorization: `Bearer ${token}` }),
      rateLimit: { configured: config.rateBudgets.limits.front, published: FRONT_DEFAULT_RATE_LIMIT, headers: FRONT_RATE_LIMIT_HEADERS },
    },
    config,
    logger,
    budgets,
  );
}
