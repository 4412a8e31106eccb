import { readModuleSdl } from '../../registry/moduleSdl';
import type { ProviderModule } from '../../registry/providerModule';
import { readIntercomErrorFields } from './api/errorBody';
import { INTERCOM_DEFAULT_RATE_LIMIT, INTERCOM_RATE_LIMIT_HEADERS } from './api/rateLimit';
import { createIntercomProvider, type IntercomProvider } from './api/intercomProvider';
import { intercomConfig } from './config';
import { intercomExamples } from './graph/examples';
import { intercomInbox } from './graph/inbox';
import { intercomNodes } from './graph/nodes';
import { intercomResolvers } from './graph/resolvers';
import { defaultIntercomSimulatorOptions, startIntercomSimulator } from './simulator';

export const intercomModule: ProviderModule<IntercomProvider> = {
  name: 'intercom',
  title: 'Intercom',
  config: intercomConfig,
  http: {
    readErrorFields: readIntercomErrorFields,
    defaultRateLimit: INTERCOM_DEFAULT_RATE_LIMIT,
    rateLimitHeaders: INTERCOM_RATE_LIMIT_HEADERS,
  },
  createApi: createIntercomProvider,
  graph: {
    typeDefs: readModuleSdl(`${__dirname}/graph`),
    resolvers: intercomResolvers,
    nodes: intercomNodes,
    examples: intercomExamples,
  },
  inbox: intercomInbox,
  simulator: {
    start: startIntercomSimulator,
    defaultPort: 4102,
    gatewayVariables: (url) => ({ INTERCOM_BASE_URL: url, INTERCOM_TOKEN: defaultIntercomSimulatorOptions.token }),
  },
};
