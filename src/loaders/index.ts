export { createBatchLoader } from './createBatchLoader';
export type { RecordLoader } from './createBatchLoader';
export { createLoaders } from './createLoaders';
export type { Loaders, LoadersOf, ProviderLoaders } from './createLoaders';
export { loadExisting, loadOptional } from './loadRelated';
export { primeNodes } from './primeNodes';
