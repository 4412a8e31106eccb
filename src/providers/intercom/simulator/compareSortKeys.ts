/** The scalar a record is sorted on; null for nullable fields that are empty. */
export type SortValue = number | string | boolean | null;

/** A record's place in a sorted result: its sort value, then its id to break ties. */
export interface SortKey {
  readonly value: SortValue;
  readonly id: string;
}

export type SortDirection = 'ascending' | 'descending';

/** Numeric ids (conversations, tickets) compare as numbers; hex ids (contacts, companies) as text. */
export function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Null sorts lowest, so empty values come last in descending order and first in ascending. */
function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** A total order on (value, id): the tie-break keeps the order stable, so a cursor can name a position. */
export function compareSortKeys(a: SortKey, b: SortKey, direction: SortDirection): number {
  const ascending = compareValues(a.value, b.value) || compareIds(a.id, b.id);
  return direction === 'ascending' ? ascending : -ascending;
}
