import type { LoadersOf } from '../../../loaders/createLoaders';
import type { ZendeskBatchFetch } from '../api/batchFetch';
import type { ZendeskProvider } from '../api/zendeskProvider';

/*
 * What Zendesk's resolvers find in the request context: its API as `context.providers.zendesk` and its
 * loaders as `context.loaders.zendesk` (declaration merging: each provider adds its own member, so
 * context.ts and the loaders name no provider).
 */
declare module '../../../context' {
  interface ProviderApis {
    readonly zendesk: ZendeskProvider;
  }
}

declare module '../../../loaders/createLoaders' {
  interface ProviderLoaders {
    readonly zendesk: LoadersOf<ZendeskBatchFetch>;
  }
}
