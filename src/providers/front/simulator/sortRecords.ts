export type SortOrder = 'asc' | 'desc';

export type SortKey<T> = (record: T) => number | string;

/**
 * A stable total order: ties on the key fall back to the id, so a page boundary never splits
 * equal keys differently from one request to the next.
 */
export function sortRecords<T extends { readonly id: string }>(records: ReadonlyArray<T>, key: SortKey<T>, order: SortOrder): T[] {
  const direction = order === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => direction * (compare(key(a), key(b)) || compare(a.id, b.id)));
}

function compare(a: number | string, b: number | string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
