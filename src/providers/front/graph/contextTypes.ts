import type { LoadersOf } from '../../../loaders/createLoaders';
import type { FrontBatchFetch } from '../api/batchFetch';
import type { FrontProvider } from '../api/frontProvider';

/*
 * What Front's resolvers find in the request context: its API as `context.providers.front` and its
 * loaders as `context.loaders.front` (declaration merging: each provider adds its own member, so
 * context.ts and the loaders name no provider).
 */
declare module '../../../context' {
  interface ProviderApis {
    readonly front: FrontProvider;
  }
}

declare module '../../../loaders/createLoaders' {
  interface ProviderLoaders {
    readonly front: LoadersOf<FrontBatchFetch>;
  }
}
