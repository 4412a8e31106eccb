import type { LoadersOf } from '../../../loaders/createLoaders';
import type { IntercomBatchFetch } from '../api/batchFetch';
import type { IntercomProvider } from '../api/intercomProvider';

/*
 * What Intercom's resolvers find in the request context: its API as `context.providers.intercom` and its
 * loaders as `context.loaders.intercom` (declaration merging: each provider adds its own member, so
 * context.ts and the loaders name no provider).
 */
declare module '../../../context' {
  interface ProviderApis {
    readonly intercom: IntercomProvider;
  }
}

declare module '../../../loaders/createLoaders' {
  interface ProviderLoaders {
    readonly intercom: LoadersOf<IntercomBatchFetch>;
  }
}
