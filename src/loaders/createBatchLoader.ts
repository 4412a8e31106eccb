import DataLoader from 'dataloader';

import type { BatchFetch } from '../providers/types';

/** A per-request loader of one kind of record by native id; `null` when the provider does not know the id. */
export type RecordLoader<TNode> = DataLoader<string, TNode | null>;

/**
 * Wraps a provider batch function. No `maxBatchSize` here on purpose: the batch functions enforce
 * their endpoint's limit themselves and resolve all slices of one wave together (see
 * providers/batchFetchTools.ts `fetchBySlices`), so the relations below them batch as one wave too.
 * The cache is DataLoader's default per-instance Map: it lives exactly as long as the request's
 * context that owns the loader (DataLoader README, "Creating a new DataLoader per request").
 */
export function createBatchLoader<TNode>(batch: BatchFetch<TNode>): RecordLoader<TNode> {
  return new DataLoader<string, TNode | null>((ids) => batch(ids));
}
