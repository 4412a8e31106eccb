/**
 * Offset / page-number paging mechanics (Zendesk `page`+`per_page`, Help Center articles, Intercom
 * companies): page n of `perPage` records, counted from 1. Parameter parsing, maxima, caps and the
 * envelope (`next_page` URLs, `pages` objects) are the provider's.
 */
export interface OffsetWindow {
  readonly page: number;
  readonly perPage: number;
}

export interface OffsetSlice<T> {
  readonly records: ReadonlyArray<T>;
  readonly total: number;
  readonly pageCount: number;
  readonly hasNext: boolean;
  readonly hasPrevious: boolean;
}

export function offsetSlice<T>(records: ReadonlyArray<T>, window: OffsetWindow): OffsetSlice<T> {
  const from = (window.page - 1) * window.perPage;
  return {
    records: records.slice(from, from + window.perPage),
    total: records.length,
    pageCount: Math.ceil(records.length / window.perPage),
    hasNext: window.page * window.perPage < records.length,
    hasPrevious: window.page > 1,
  };
}

/** Whether a page reaches past the first `maxRecords` (Zendesk and Intercom both stop offset paging at 10,000). */
export function reachesPast(window: OffsetWindow, maxRecords: number): boolean {
  return window.page * window.perPage > maxRecords;
}
