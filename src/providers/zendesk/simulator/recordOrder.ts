/**
 * How a list is ordered. Zendesk sorts on one field and breaks ties by id in the same direction,
 * which is what keeps a cursor (field value + id of the boundary record) unambiguous.
 */

export type SortValue = number | string;

export interface Identified {
  readonly id: number;
}

export interface SortField<T> {
  readonly name: string;
  value(record: T): SortValue;
  compareValues(a: SortValue, b: SortValue): number;
  /** Whether a value read back from a cursor has this field's type. */
  accepts(candidate: unknown): candidate is SortValue;
}

export interface RecordOrder<T> {
  /** Zendesk's spelling of the sort, e.g. `updated_at` or `-updated_at`; cursors carry it. */
  readonly token: string;
  readonly field: SortField<T>;
  readonly descending: boolean;
}

/** The position of a record in an order: its sort value and, for ties, its id. */
export interface SortKey {
  readonly value: SortValue;
  readonly id: number;
}

export type SortFields<T> = ReadonlyMap<string, SortField<T>>;

export function numberField<T>(name: string, read: (record: T) => number): SortField<T> {
  return {
    name,
    value: read,
    compareValues: (a, b) => Number(a) - Number(b),
    accepts: (candidate): candidate is number => typeof candidate === 'number' && Number.isFinite(candidate),
  };
}

/** Zendesk timestamps share one fixed format (`YYYY-MM-DDTHH:MM:SSZ`), so text order is time order. */
export function textField<T>(name: string, read: (record: T) => string): SortField<T> {
  return {
    name,
    value: read,
    compareValues: (a, b) => compareText(String(a), String(b)),
    accepts: (candidate): candidate is string => typeof candidate === 'string',
  };
}

/** A field sorted by a fixed rank rather than its text (ticket status sorts in lifecycle order). */
export function rankedField<T>(name: string, read: (record: T) => string, ranks: ReadonlyArray<string>): SortField<T> {
  const rank = (value: SortValue): number => ranks.indexOf(String(value));
  return {
    name,
    value: read,
    compareValues: (a, b) => rank(a) - rank(b),
    accepts: (candidate): candidate is string => typeof candidate === 'string' && ranks.includes(candidate),
  };
}

export function sortFields<T>(...fields: ReadonlyArray<SortField<T>>): SortFields<T> {
  return new Map(fields.map((field) => [field.name, field]));
}

export function orderOf<T>(field: SortField<T>, descending: boolean): RecordOrder<T> {
  return { token: descending ? `-${field.name}` : field.name, field, descending };
}

/** Parses a cursor-style `sort` value: a field name with an optional `-` for descending. */
export function parseOrderToken<T>(token: string, fields: SortFields<T>): RecordOrder<T> | undefined {
  const descending = token.startsWith('-');
  const field = fields.get(descending ? token.slice(1) : token);
  return field ? orderOf(field, descending) : undefined;
}

export function keyOf<T extends Identified>(order: RecordOrder<T>, record: T): SortKey {
  return { value: order.field.value(record), id: record.id };
}

/** Compares two positions in the order's direction; equal sort values fall back to id, same direction. */
export function compareKeys<T>(order: RecordOrder<T>, a: SortKey, b: SortKey): number {
  const byValue = order.field.compareValues(a.value, b.value);
  const ascending = byValue !== 0 ? byValue : a.id - b.id;
  return order.descending ? -ascending : ascending;
}

export function sortRecords<T extends Identified>(records: ReadonlyArray<T>, order: RecordOrder<T>): T[] {
  return [...records].sort((a, b) => compareKeys(order, keyOf(order, a), keyOf(order, b)));
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
