import { readModuleSdl } from '../../registry/moduleSdl';
import type { ProviderModule } from '../../registry/providerModule';
import { readZendeskErrorFields } from './api/errorBody';
import { ZENDESK_DEFAULT_RATE_LIMIT, ZENDESK_RATE_LIMIT_HEADERS } from './api/rateLimit';
import { createZendeskProvider, type ZendeskProvider } from './api/zendeskProvider';
import { zendeskConfig } from './config';
import { zendeskExamples } from './graph/examples';
import { zendeskInbox } from './graph/inbox';
import { zendeskNodes } from './graph/nodes';
import { zendeskResolvers } from './graph/resolvers';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from './simulator';

export const zendeskModule: ProviderModule<ZendeskProvider> = {
  name: 'zendesk',
  title: 'Zendesk',
  config: zendeskConfig,
  http: {
    readErrorFields: readZendeskErrorFields,
    defaultRateLimit: ZENDESK_DEFAULT_RATE_LIMIT,
    rateLimitHeaders: ZENDESK_RATE_LIMIT_HEADERS,
  },
  createApi: createZendeskProvider,
  graph: {
    typeDefs: readModuleSdl(`${__dirname}/graph`),
    resolvers: zendeskResolvers,
    nodes: zendeskNodes,
    examples: zendeskExamples,
  },
  inbox: zendeskInbox,
  simulator: {
    start: startZendeskSimulator,
    defaultPort: 4101,
    gatewayVariables: (url) => ({
      ZENDESK_BASE_URL: url,
      ZENDESK_EMAIL: DEFAULT_ZENDESK_CREDENTIALS.email,
      ZENDESK_API_TOKEN: DEFAULT_ZENDESK_CREDENTIALS.apiToken,
    }),
  },
};
