import { keysetSlice, type KeysetStart } from '../../../simulators/kit/pagination/keysetCursor';
import { decodeCursor, encodeCursor } from './cursorToken';
import { linkTo, type ListLocation } from './listLocation';
import { compareKeys, keyOf, type Identified, type RecordOrder, type SortKey } from './recordOrder';
import { failure, invalidPagination, success, type Outcome } from './zendeskErrors';

/** Zendesk caps every Support list page at 100 records (each list operation's paging notes). */
export const MAX_PAGE_SIZE = 100;

export type CursorStart = KeysetStart<SortKey>;

export interface CursorRequest {
  readonly size: number;
  readonly start: CursorStart;
}

export interface CursorPage<T> {
  readonly records: ReadonlyArray<T>;
  readonly hasMore: boolean;
  readonly afterCursor: string | null;
  readonly beforeCursor: string | null;
}

/** Cursor paging is chosen by the presence of `page[size]` (the pagination article's rule). */
export function wantsCursorPaging(query: URLSearchParams): boolean {
  return query.has('page[size]');
}

export function readCursorRequest<T>(query: URLSearchParams, order: RecordOrder<T>): Outcome<CursorRequest> {
  const size = readPageSize(query.get('page[size]') ?? '');
  if (size === undefined) return failure(invalidPagination(`page[size] must be an integer from 1 to ${MAX_PAGE_SIZE}`));
  const after = query.get('page[after]');
  const before = query.get('page[before]');
  if (after !== null && before !== null) return failure(invalidPagination('page[after] and page[before] cannot be combined'));
  if (after === null && before === null) return success({ size, start: { kind: 'first' } });
  const kind = after !== null ? 'after' : 'before';
  const key = decodeCursor(after ?? before ?? '', order, `page[${kind}]`);
  return key.ok ? success({ size, start: { kind, key: key.value } }) : failure(key.response);
}

function readPageSize(raw: string): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const size = Number(raw);
  return size >= 1 && size <= MAX_PAGE_SIZE ? size : undefined;
}

/**
 * One page of `sorted` (already in `order`). `has_more` is true whenever the page is full, even
 * when nothing follows: the pagination article warns that a page[size] equal to the remaining
 * count still reports has_more=true. It speaks for the direction of travel (backwards for
 * page[before]), and records on a page[before] page stay in list order.
 */
export function paginateByCursor<T extends Identified>(
  sorted: ReadonlyArray<T>,
  order: RecordOrder<T>,
  request: CursorRequest,
): CursorPage<T> {
  // Boundaries are found by position (kit keyset mechanics), so a cursor stays valid even if its record is gone.
  const { records } = keysetSlice(sorted, (record, key: SortKey) => compareKeys(order, keyOf(order, record), key), request.start, request.size);
  const first = records[0];
  const last = records[records.length - 1];
  return {
    records,
    hasMore: records.length === request.size,
    afterCursor: last ? encodeCursor(order, keyOf(order, last)) : null,
    beforeCursor: first ? encodeCursor(order, keyOf(order, first)) : null,
  };
}

/**
 * The `{<key>, meta, links}` body. `links.next` exists only while travelling forward with more to
 * come; `links.prev` is null on the first page (nothing precedes it), on an empty page (no cursor
 * to go back from) and when travelling backwards has reached the start.
 */
export function cursorListBody<T>(
  listKey: string,
  page: CursorPage<T>,
  request: CursorRequest,
  location: ListLocation,
): Record<string, unknown> {
  const size = String(request.size);
  const forward = request.start.kind !== 'before';
  const next = forward && page.hasMore && page.afterCursor !== null
    ? linkTo(location, { 'page[size]': size, 'page[after]': page.afterCursor, 'page[before]': null })
    : null;
  const backwardsDone = !forward && !page.hasMore;
  const prev = request.start.kind !== 'first' && !backwardsDone && page.beforeCursor !== null
    ? linkTo(location, { 'page[size]': size, 'page[before]': page.beforeCursor, 'page[after]': null })
    : null;
  return {
    [listKey]: page.records,
    meta: { has_more: page.hasMore, after_cursor: page.afterCursor, before_cursor: page.beforeCursor },
    links: { next, prev },
  };
}
