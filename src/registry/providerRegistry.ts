import { frontModule } from '../providers/front/module';
import { intercomModule } from '../providers/intercom/module';
import { zendeskModule } from '../providers/zendesk/module';
import type { ProviderModule } from './providerModule';

/**
 * Every provider the gateway serves, one line each (README, "Adding a provider"). The order is the
 * order of their namespaces in the schema, of GraphiQL's tabs and of `npm run simulate`'s output.
 */
export const PROVIDER_MODULES: ReadonlyArray<ProviderModule> = [
  zendeskModule,
  intercomModule,
  frontModule,
];
