export { createBatchLoader } from './createBatchLoader';
export type { RecordLoader } from './createBatchLoader';
export { createLoaders } from './createLoaders';
export type { FrontLoaders, IntercomLoaders, LoaderProviders, Loaders, ZendeskLoaders } from './createLoaders';
export { loadExisting, loadOptional } from './loadRelated';
export { primeNodes } from './primeNodes';
