import { lazyRecord } from '../lazyRecord';
import type { FrontBatchFetch } from '../providers/front/api/batchFetch';
import type { FrontProvider } from '../providers/front/api/frontProvider';
import type { IntercomBatchFetch } from '../providers/intercom/api/batchFetch';
import type { IntercomProvider } from '../providers/intercom/api/intercomProvider';
import type { BatchFetch } from '../providers/types';
import type { ZendeskBatchFetch } from '../providers/zendesk/api/batchFetch';
import type { ZendeskProvider } from '../providers/zendesk/api/zendeskProvider';
import { createBatchLoader, type RecordLoader } from './createBatchLoader';

/** One loader per batch function, with the same names: `byId.users` → `loaders.users`. */
export type LoadersOf<TBatch> = {
  readonly [K in keyof TBatch]: TBatch[K] extends BatchFetch<infer TNode> ? RecordLoader<TNode> : never;
};

export type ZendeskLoaders = LoadersOf<ZendeskBatchFetch>;
export type IntercomLoaders = LoadersOf<IntercomBatchFetch>;
/** `conversationInboxes` is keyed by conversation id. */
export type FrontLoaders = LoadersOf<FrontBatchFetch>;

/** Every loader of one GraphQL request. */
export interface Loaders {
  readonly zendesk: ZendeskLoaders;
  readonly intercom: IntercomLoaders;
  readonly front: FrontLoaders;
}

export interface LoaderProviders {
  readonly zendesk: ZendeskProvider;
  readonly intercom: IntercomProvider;
  readonly front: FrontProvider;
}

/**
 * One DataLoader per provider lookup, built for one request from that request's providers (whose
 * HTTP view records the request's upstream calls). Call it in the context factory, never once per
 * process: a loader's cache must not serve one client's records to another.
 */
export function createLoaders(providers: LoaderProviders): Loaders {
  // Each provider's loaders are built on first use (and so is the provider, see context.ts).
  return lazyRecord<Loaders>({
    zendesk: () => loadersFor(providers.zendesk.byId),
    intercom: () => loadersFor(providers.intercom.byId),
    front: () => loadersFor(providers.front.byId),
  });
}

/** A loader over each batch function, each built on its first use in the request. */
function loadersFor<TBatch extends object>(byId: TBatch): LoadersOf<TBatch> {
  const factories = {} as { [K in keyof TBatch]: () => LoadersOf<TBatch>[K] };
  for (const key of Object.keys(byId) as Array<keyof TBatch>) {
    // Each value is a BatchFetch (the providers' `byId` types say so); the mapped type restores its node type.
    factories[key] = () => createBatchLoader(byId[key] as BatchFetch<unknown>) as LoadersOf<TBatch>[typeof key];
  }
  return lazyRecord<LoadersOf<TBatch>>(factories);
}
