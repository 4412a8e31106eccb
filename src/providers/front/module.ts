import { readModuleSdl } from '../../registry/moduleSdl';
import type { ProviderModule } from '../../registry/providerModule';
import { readFrontErrorFields } from './api/errorBody';
import { FRONT_DEFAULT_RATE_LIMIT, FRONT_RATE_LIMIT_HEADERS } from './api/rateLimit';
import { createFrontProvider, type FrontProvider } from './api/frontProvider';
import { frontConfig } from './config';
import { frontExamples } from './graph/examples';
import { frontInbox } from './graph/inbox';
import { frontNodes } from './graph/nodes';
import { frontResolvers } from './graph/resolvers';
import { DEFAULT_FRONT_TOKEN, startFrontSimulator } from './simulator';

export const frontModule: ProviderModule<FrontProvider> = {
  name: 'front',
  title: 'Front',
  config: frontConfig,
  http: {
    readErrorFields: readFrontErrorFields,
    defaultRateLimit: FRONT_DEFAULT_RATE_LIMIT,
    rateLimitHeaders: FRONT_RATE_LIMIT_HEADERS,
  },
  createApi: createFrontProvider,
  graph: {
    typeDefs: readModuleSdl(`${__dirname}/graph`),
    resolvers: frontResolvers,
    nodes: frontNodes,
    examples: frontExamples,
  },
  inbox: frontInbox,
  simulator: {
    start: startFrontSimulator,
    defaultPort: 4103,
    gatewayVariables: (url) => ({ FRONT_BASE_URL: url, FRONT_TOKEN: DEFAULT_FRONT_TOKEN }),
  },
};
