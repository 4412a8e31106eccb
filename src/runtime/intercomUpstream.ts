import type { Config } from '../config';
import type { Logger } from '../logger';
import { createHttpClient } from '../providers/http/httpClient';
import { defaultIntercomSimulatorOptions, startIntercomSimulator } from '../simulators/intercom';
import type { Upstream } from './upstream';

/** Intercom from config: the real API (INTERCOM_BASE_URL, default api.intercom.io) when INTERCOM_TOKEN is set, else the built-in simulator. */
export async function createIntercomUpstream(config: Config, logger: Logger): Promise<Upstream> {
  const target = config.intercom;
  const simulator =
    target.mode === 'simulator'
      ? await startIntercomSimulator(config.simulatorSeed !== null ? { seed: config.simulatorSeed } : {})
      : null;
  if (simulator) logger.info({ url: simulator.url }, 'INTERCOM_TOKEN not set: serving the Intercom simulator');
  const token = target.mode === 'remote' ? target.credentials.token : defaultIntercomSimulatorOptions.token;
  const client = createHttpClient({
    provider: 'intercom',
    baseUrl: target.mode === 'remote' ? target.baseUrl : (simulator?.url ?? ''),
    headers: {
      // The spec's only security scheme, applied globally: `bearerAuth`.
      authorization: `Bearer ${token}`,
      // Pins the response shapes; without it Intercom uses "the version set in the app package".
      'intercom-version': target.version,
    },
    ...config.upstream,
    // Provider, endpoint template, status and delay only: nothing from the request or its headers.
    onRetry: (event) => logger.debug(event, 'retrying upstream call'),
  });
  return {
    client,
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    async close() {
      await client.close();
      await simulator?.close();
    },
  };
}
