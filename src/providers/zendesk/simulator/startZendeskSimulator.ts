import type { FaultOptions } from '../../../simulators/kit/faultPlan';
import { startSimulatorServer, type RateLimitOptions, type RunningSimulator } from '../../../simulators/kit/simulatorServer';
import { authorizeZendesk, type ZendeskCredentials } from './authorizeZendesk';
import { createZendeskDataset } from './createZendeskDataset';
import { helpCenterRoutes } from './helpCenterRoutes';
import { supportRoutes } from './supportRoutes';
import { createZendeskContext, type ZendeskContext } from './zendeskContext';
import type { ZendeskDataset, ZendeskDatasetSizes } from './zendeskDataset';
import { tooManyRequestsBody } from './zendeskErrors';
import { toServerRoutes } from './zendeskRoute';

export interface ZendeskSimulatorOptions {
  seed: number;
  sizes: ZendeskDatasetSizes;
  credentials: ZendeskCredentials;
  rateLimit?: RateLimitOptions | undefined;
  /** Injected 429s, 5xx, dropped connections and latency. */
  faults?: FaultOptions | undefined;
  port?: number | undefined;
  host?: string | undefined;
}

export interface ZendeskSimulator extends RunningSimulator {
  readonly data: ZendeskDataset;
}

export const DEFAULT_ZENDESK_SIZES: ZendeskDatasetSizes = {
  tickets: 12345,
  users: 3000,
  organizations: 200,
  groups: 20,
  articles: 12000,
  maxCommentsPerTicket: 5,
};

export const DEFAULT_ZENDESK_CREDENTIALS: ZendeskCredentials = { email: 'agent@example.com', apiToken: 'sim-zendesk-token' };

/**
 * Starts a Zendesk Support + Help Center simulator. The data set is built once the server is
 * listening, because record `url` fields (like real Zendesk's) point at the simulator itself.
 */
export async function startZendeskSimulator(options: Partial<ZendeskSimulatorOptions> = {}): Promise<ZendeskSimulator> {
  const seed = options.seed ?? 1;
  const sizes = options.sizes ?? DEFAULT_ZENDESK_SIZES;
  let context: ZendeskContext | undefined;
  const server = await startSimulatorServer({
    name: 'zendesk',
    routes: toServerRoutes([...supportRoutes(), ...helpCenterRoutes()], () => context),
    authorize: authorizeZendesk(options.credentials ?? DEFAULT_ZENDESK_CREDENTIALS),
    rateLimitedBody: tooManyRequestsBody,
    rateLimit: options.rateLimit,
    // Zendesk: "X-Rate-Limit: 700", "X-Rate-Limit-Remaining: 699" (Rate limits, Checking the rate limit headers).
    rateLimitHeaders: { limit: 'x-rate-limit', remaining: 'x-rate-limit-remaining' },
    faults: options.faults,
    port: options.port,
    host: options.host,
  });
  const data = createZendeskDataset(seed, sizes, server.url);
  context = createZendeskContext(data, server.url);
  return {
    url: server.url,
    port: server.port,
    requests: server.requests,
    close: () => server.close(),
    data,
  };
}
