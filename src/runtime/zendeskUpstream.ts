import type { Config } from '../config';
import type { Logger } from '../logger';
import { createHttpClient } from '../providers/http/httpClient';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from '../simulators/zendesk';
import type { Upstream } from './upstream';

/** Zendesk from config: the real API when credentials are set, else the built-in simulator. */
export async function createZendeskUpstream(config: Config, logger: Logger): Promise<Upstream> {
  const target = config.zendesk;
  const simulator =
    target.mode === 'simulator'
      ? await startZendeskSimulator({
          credentials: DEFAULT_ZENDESK_CREDENTIALS,
          ...(config.simulatorSeed !== null ? { seed: config.simulatorSeed } : {}),
        })
      : null;
  if (simulator) logger.info({ url: simulator.url }, 'Zendesk credentials not set: serving the Zendesk simulator');
  const credentials = target.mode === 'remote' ? target.credentials : DEFAULT_ZENDESK_CREDENTIALS;
  const client = createHttpClient({
    provider: 'zendesk',
    baseUrl: target.mode === 'remote' ? target.baseUrl : (simulator?.url ?? ''),
    // Zendesk API-token auth: HTTP Basic with "{email}/token:{token}".
    headers: { authorization: `Basic ${Buffer.from(`${credentials.email}/token:${credentials.apiToken}`).toString('base64')}` },
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
