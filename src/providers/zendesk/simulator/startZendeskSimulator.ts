import { resolveSizes, startSimulator, type SeededSimulator, type SimulatorStartOptions } from '../../../simulators/kit/startSimulator';
import { authorizeZendesk, type ZendeskCredentials } from './authorizeZendesk';
import { createZendeskDataset } from './createZendeskDataset';
import { createRecordChanges, type ZendeskRecordChanges } from './recordChanges';
import { createZendeskContext } from './zendeskContext';
import type { ZendeskDataset, ZendeskDatasetSizes } from './zendeskDataset';
import { zendeskRateLimitFormat } from './zendeskRateLimitFormat';
import { createZendeskRouter } from './zendeskRouter';

export interface ZendeskSimulatorOptions extends SimulatorStartOptions {
  /** Only the sizes named here differ from DEFAULT_ZENDESK_SIZES. */
  readonly sizes?: Partial<ZendeskDatasetSizes> | undefined;
  readonly credentials?: ZendeskCredentials | undefined;
}

export interface ZendeskSimulator extends SeededSimulator<ZendeskDataset, ZendeskDatasetSizes> {
  /** Updates or deletes records after seeding (tests): the incremental exports report them. */
  readonly changes: ZendeskRecordChanges;
}

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
export async function startZendeskSimulator(options: ZendeskSimulatorOptions = {}): Promise<ZendeskSimulator> {
  let changes: ZendeskRecordChanges | undefined;
  const simulator = await startSimulator(
    {
      name: 'zendesk',
      seed: options.seed ?? 1,
      sizes: resolveSizes(DEFAULT_ZENDESK_SIZES, options.sizes),
      dataset: createZendeskDataset,
      router: (data, url) => {
        changes = createRecordChanges(data);
        return createZendeskRouter(createZendeskContext(data, url, changes));
      },
      authorize: authorizeZendesk(options.credentials ?? DEFAULT_ZENDESK_CREDENTIALS),
      rateLimitFormat: zendeskRateLimitFormat,
    },
    options,
  );
  if (changes === undefined) throw new Error('the Zendesk router was not built');
  return { ...simulator, changes };
}
