import { readModuleSdl } from '../../registry/moduleSdl';
import type { ProviderModule } from '../../registry/providerModule';
import { readIntercomErrorFields } from './api/errorBody';
import { createIntercomProvider, type IntercomProvider } from './api/intercomProvider';
import { intercomConfig } from './config';
import { intercomExamples } from './graph/examples';
import { intercomNodes } from './graph/nodes';
import { intercomResolvers } from './graph/resolvers';
import { defaultIntercomSimulatorOptions, startIntercomSimulator } from './simulator';

export const intercomModule: ProviderModule<IntercomProvider> = {
  name: 'intercom',
  title: 'Intercom',
  config: intercomConfig,
  http: {
    readErrorFields: readIntercomErrorFields,
    rateLimitHeaders: { remaining: 'x-ratelimit-remaining', limit: 'x-ratelimit-limit' },
  },
  createApi: createIntercomProvider,
  graph: {
    typeDefs: readModuleSdl(`${__dirname}/graph`, 'intercom.graphql'),
    resolvers: intercomResolvers,
    nodes: intercomNodes,
    examples: intercomExamples,
  },
  simulator: {
    start: startIntercomSimulator,
    defaultPort: 4102,
    gatewayVariables: (url) => ({ INTERCOM_BASE_URL: url, INTERCOM_TOKEN: defaultIntercomSimulatorOptions.token }),
  },
};
