import { keysetSlice } from '../../../simulators/kit/pagination/keysetCursor';
import { compareSortKeys, type SortDirection, type SortKey } from './compareSortKeys';
import { encodePageCursor, type PageCursor } from './pageCursor';

export interface CursorPageRequest<T> {
  /** Every record that matches, in any order. */
  readonly records: ReadonlyArray<T>;
  readonly keyOf: (record: T) => SortKey;
  readonly direction: SortDirection;
  readonly perPage: number;
  readonly cursor: PageCursor | undefined;
}

export interface CursorPage<T> {
  readonly items: T[];
  readonly totalCount: number;
  readonly page: number;
  /** Undefined on the last page: the API then leaves `pages.next` out. */
  readonly next: { page: number; startingAfter: string } | undefined;
}

/**
 * One page of a cursor traversal, computed from scratch on every request: sort what matches now,
 * then take the records strictly after the cursor's (value, id). Nothing is remembered between
 * requests, so a record whose sort value changes mid-traversal is seen twice or missed, which is
 * the behaviour the pagination guide warns about ("the starting_after context is stateless").
 */
export function cursorPage<T>(request: CursorPageRequest<T>): CursorPage<T> {
  const { keyOf, direction, cursor } = request;
  const sorted = request.records
    .map((record) => ({ record, key: keyOf(record) }))
    .sort((a, b) => compareSortKeys(a.key, b.key, direction));
  const slice = keysetSlice(
    sorted,
    (entry, key: SortKey) => compareSortKeys(entry.key, key, direction),
    cursor ? { kind: 'after', key: cursor } : { kind: 'first' },
    request.perPage,
  );
  const page = cursor?.page ?? 1;
  const last = slice.records[slice.records.length - 1];
  // Unlike Zendesk's, Intercom's next page exists only while records remain after this one.
  const hasMore = slice.to < sorted.length;
  return {
    items: slice.records.map((entry) => entry.record),
    totalCount: sorted.length,
    page,
    next:
      hasMore && last
        ? { page: page + 1, startingAfter: encodePageCursor({ value: last.key.value, id: last.key.id, page: page + 1 }) }
        : undefined,
  };
}
