import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { defaultIntercomSimulatorOptions, startIntercomSimulator } from './simulator';
import { createUpstream, type Upstream } from '../../runtime/upstream';

/** Intercom: INTERCOM_BASE_URL (default api.intercom.io) + INTERCOM_TOKEN, else the built-in simulator. */
export function createIntercomUpstream(config: Config, logger: Logger): Promise<Upstream> {
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
    },
    config,
    logger,
  );
}
