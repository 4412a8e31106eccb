/**
 * Cursor (keyset) paging mechanics, shared by Zendesk's `page[after]`/`page[before]` and Intercom's
 * `starting_after`: a cursor names the boundary record's sort key, and a page is the records
 * strictly after it (or just before it), found by position in the sorted list. Nothing is kept per
 * cursor, and a cursor stays valid when its own record is gone. What a cursor looks like on the wire,
 * page-size limits, `has_more` rules and envelopes are the provider's.
 */
export type KeysetStart<Key> =
  | { readonly kind: 'first' }
  | { readonly kind: 'after'; readonly key: Key }
  | { readonly kind: 'before'; readonly key: Key };

export interface KeysetSlice<T> {
  readonly records: ReadonlyArray<T>;
  /** Index of the first record of the slice in the sorted list. */
  readonly from: number;
  /** Index just past its last record. */
  readonly to: number;
  readonly total: number;
}

/**
 * `sorted` must be in the order `compareToKey` describes: negative when a record sorts before the
 * key, 0 at it, positive after it.
 */
export function keysetSlice<T, Key>(
  sorted: ReadonlyArray<T>,
  compareToKey: (record: T, key: Key) => number,
  start: KeysetStart<Key>,
  size: number,
): KeysetSlice<T> {
  const slice = (from: number, to: number): KeysetSlice<T> => ({ records: sorted.slice(from, to), from, to, total: sorted.length });
  if (start.kind === 'first') return slice(0, Math.min(size, sorted.length));
  if (start.kind === 'after') {
    const from = firstIndexWhere(sorted, (record) => compareToKey(record, start.key) > 0);
    return slice(from, Math.min(from + size, sorted.length));
  }
  const to = firstIndexWhere(sorted, (record) => compareToKey(record, start.key) >= 0);
  return slice(Math.max(0, to - size), to);
}

/** Binary search: the first index whose record satisfies a predicate that is monotone over the list. */
export function firstIndexWhere<T>(sorted: ReadonlyArray<T>, isAtOrPast: (record: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const record = sorted[middle];
    if (record !== undefined && isAtOrPast(record)) high = middle;
    else low = middle + 1;
  }
  return low;
}
