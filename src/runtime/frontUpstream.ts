import type { Config } from '../config';
import type { Logger } from '../logger';
import { createHttpClient } from '../providers/http/httpClient';
import { startFrontSimulator } from '../simulators/front';
import type { Upstream } from './upstream';

/** The token the built-in simulator is started with, so the client and the simulator agree. */
const SIMULATOR_FRONT_TOKEN = 'sim-front-token';

/** Front from config: the real API (FRONT_BASE_URL, default api2.frontapp.com) when FRONT_TOKEN is set, else the built-in simulator. */
export async function createFrontUpstream(config: Config, logger: Logger): Promise<Upstream> {
  const target = config.front;
  const simulator =
    target.mode === 'simulator'
      ? await startFrontSimulator({
          token: SIMULATOR_FRONT_TOKEN,
          ...(config.simulatorSeed !== null ? { seed: config.simulatorSeed } : {}),
        })
      : null;
  if (simulator) logger.info({ url: simulator.url }, 'FRONT_TOKEN not set: serving the Front simulator');
  const token = target.mode === 'remote' ? target.credentials.token : SIMULATOR_FRONT_TOKEN;
  const client = createHttpClient({
    provider: 'front',
    baseUrl: target.mode === 'remote' ? target.baseUrl : (simulator?.url ?? ''),
    // Front's Core API: "Authorization: Bearer <API token>" (the spec's only security scheme).
    headers: { authorization: `Bearer ${token}` },
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
