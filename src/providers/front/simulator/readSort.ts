import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';
import type { SortKey, SortOrder } from './sortRecords';

export interface SortRules<T> {
  /** The `sort_by` values the spec allows for this list, with the key each sorts on. */
  readonly fields: Readonly<Record<string, SortKey<T>>>;
  /** The order used when `sort_by` is absent. */
  readonly defaultKey: SortKey<T>;
  readonly defaultOrder: SortOrder;
}

export interface ChosenSort<T> {
  readonly key: SortKey<T>;
  readonly order: SortOrder;
}

/**
 * Reads `sort_by` / `sort_order`. Values outside the spec's short lists get a 400 rather than a
 * silent default, so a client asking for an order it will not get finds out.
 */
export function readSort<T>(query: URLSearchParams, rules: SortRules<T>): FrontOutcome<ChosenSort<T>> {
  const order = query.get('sort_order') ?? rules.defaultOrder;
  if (order !== 'asc' && order !== 'desc') return fail(frontError(400, 'sort_order must be asc or desc'));
  const sortBy = query.get('sort_by');
  if (sortBy === null) return succeed({ key: rules.defaultKey, order });
  const key = Object.hasOwn(rules.fields, sortBy) ? rules.fields[sortBy] : undefined;
  if (!key) return fail(frontError(400, `sort_by must be one of: ${Object.keys(rules.fields).join(', ')}`));
  return succeed({ key, order });
}
