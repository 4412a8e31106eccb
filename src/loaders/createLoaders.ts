import { lazyRecord } from '../lazyRecord';
import type { BatchFetch } from '../providers/types';
import { createBatchLoader, type RecordLoader } from './createBatchLoader';

/** One loader per batch function, with the same names: `byId.users` → `loaders.users`. */
export type LoadersOf<TBatch> = {
  readonly [K in keyof TBatch]: TBatch[K] extends BatchFetch<infer TNode> ? RecordLoader<TNode> : never;
};

/**
 * Every loader of one GraphQL request, by provider: `loaders.zendesk.users`. Empty here: each
 * provider declares its member in src/providers/<provider>/graph/contextTypes.ts.
 */
export interface ProviderLoaders {}

export type Loaders = ProviderLoaders;

/**
 * One DataLoader per provider lookup, built for one request from that request's providers (whose
 * HTTP view records the request's upstream calls). Call it in the context factory, never once per
 * process: a loader's cache must not serve one client's records to another.
 */
/** A provider's API as the loaders see it: its batch lookups (see src/registry/providerModule.ts). */
interface ProviderApi {
  readonly byId: object;
}

/**
 * `modules` are the registered provider modules (only their names are read), `apis` the request's
 * `context.providers`, keyed by those names.
 */
export function createLoaders(modules: ReadonlyArray<{ readonly name: string }>, apis: object): Loaders {
  // Each provider's loaders are built on first use (and so is the provider, see context.ts).
  const byName = apis as Readonly<Record<string, ProviderApi>>;
  const factories = Object.fromEntries(modules.map(({ name }) => [name, () => loadersFor(apiOf(byName, name).byId)]));
  // Keyed by module name, as each provider's `ProviderLoaders` member declares.
  return lazyRecord(factories) as unknown as Loaders;
}

function apiOf(apis: Readonly<Record<string, ProviderApi>>, name: string): ProviderApi {
  const api = apis[name];
  if (api === undefined) throw new Error(`provider ${name} has no API in this request`);
  return api;
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
