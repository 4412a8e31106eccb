import { resolveSizes, startSimulator, type SeededSimulator, type SimulatorStartOptions } from '../../../simulators/kit/startSimulator';
import { authorizeZendesk, type ZendeskCredentials } from './authorizeZendesk';
import { createZendeskDataset } from './createZendeskDataset';
import { createZendeskContext } from './zendeskContext';
import type { ZendeskDataset, ZendeskDatasetSizes } from './zendeskDataset';
import { zendeskRateLimitFormat } from './zendeskRateLimitFormat';
import { createZendeskRouter } from './zendeskRouter';

export interface ZendeskSimulatorOptions extends SimulatorStartOptions {
  /** Only the sizes named here differ from DEFAULT_ZENDESK_SIZES. */
  readonly sizes?: Partial<ZendeskDatasetSizes> | undefined;
  readonly credentials?: ZendeskCredentials | undefined;
}

export type ZendeskSimulator = SeededSimulator<ZendeskDataset, ZendeskDatasetSizes>;

export const DEFAULT_ZENDESK_SIZES: ZendeskDatasetSizes = {
  tickets: 12345,
  users: 3000,
  organizations: 200,
  groups: 20,
  articles: 12000,
  categories: 8,
  sections: 60,
  views: 15,
  customTicketFields: 12,
  maxCommentsPerTicket: 5,
};

export const DEFAULT_ZENDESK_CREDENTIALS: ZendeskCredentials = { email: 'agent@example.com', apiToken: 'sim-zendesk-token' };

/**
 * Starts a Zendesk Support + Help Center simulator. The data set is built once the server is
 * listening, because record `url` fields (like real Zendesk's) point at the simulator itself.
 */
export function startZendeskSimulator(options: ZendeskSimulatorOptions = {}): Promise<ZendeskSimulator> {
  return startSimulator(
    {
      name: 'zendesk',
      seed: options.seed ?? 1,
      sizes: resolveSizes(DEFAULT_ZENDESK_SIZES, options.sizes),
      dataset: createZendeskDataset,
      router: (data, url) => createZendeskRouter(createZendeskContext(data, url)),
      authorize: authorizeZendesk(options.credentials ?? DEFAULT_ZENDESK_CREDENTIALS),
      rateLimitFormat: zendeskRateLimitFormat,
    },
    options,
  );
}
