import { sortRecords, type Identified, type RecordOrder } from './recordOrder';

/** A record set that sorts itself once per order and keeps the result: the data never changes. */
export interface OrderedRecords<T> {
  readonly size: number;
  inOrder(order: RecordOrder<T>): ReadonlyArray<T>;
}

export function orderedRecords<T extends Identified>(records: ReadonlyArray<T>): OrderedRecords<T> {
  const sorted = new Map<string, ReadonlyArray<T>>();
  return {
    size: records.length,
    inOrder(order) {
      const cached = sorted.get(order.token);
      if (cached) return cached;
      const fresh = sortRecords(records, order);
      sorted.set(order.token, fresh);
      return fresh;
    },
  };
}

/** Memoizes one OrderedRecords per filter (e.g. per role set), built on first use. */
export function filteredRecords<T extends Identified>(
  records: ReadonlyArray<T>,
): (filterKey: string, keep: (record: T) => boolean) => OrderedRecords<T> {
  const byFilter = new Map<string, OrderedRecords<T>>();
  return (filterKey, keep) => {
    const cached = byFilter.get(filterKey);
    if (cached) return cached;
    const fresh = orderedRecords(records.filter(keep));
    byFilter.set(filterKey, fresh);
    return fresh;
  };
}
