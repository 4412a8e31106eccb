import type { RecordLoader } from './createBatchLoader';

/**
 * How relations read through loaders. Loads issued in the same tick share one batch, so a page of
 * 100 parents asks for all their related ids in one go.
 */

/** Loads each id and keeps the records found, in order: for list relations (`contacts`, `companies`). */
export async function loadExisting<TNode>(loader: RecordLoader<TNode>, ids: ReadonlyArray<string>): Promise<TNode[]> {
  const loaded = await loader.loadMany(ids);
  return loaded.flatMap((result) => {
    if (result instanceof Error) throw result;
    return result === null ? [] : [result];
  });
}

/** `loader.load(id)`, or `null` without a load when there is no id. */
export function loadOptional<TNode>(loader: RecordLoader<TNode>, id: string | null): Promise<TNode | null> {
  return id === null ? Promise.resolve(null) : loader.load(id);
}
