import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';

export type UpdatedFilter = (record: { readonly updated_at: number }) => boolean;

/**
 * The contacts query object: `q[updated_after]` / `q[updated_before]`, unix seconds with up to
 * 3 decimals (per the spec's parameter text), both exclusive.
 */
export function readUpdatedWindowFilter(query: URLSearchParams): FrontOutcome<UpdatedFilter> {
  const after = readTimestamp(query.get('q[updated_after]'), Number.NEGATIVE_INFINITY);
  const before = readTimestamp(query.get('q[updated_before]'), Number.POSITIVE_INFINITY);
  if (after === null || before === null) {
    return fail(frontError(400, 'q[updated_after] and q[updated_before] must be unix timestamps in seconds'));
  }
  return succeed((record) => record.updated_at > after && record.updated_at < before);
}

/** The bound, `absent` when not given, or null when the value is not a timestamp. */
function readTimestamp(raw: string | null, absent: number): number | null {
  if (raw === null) return absent;
  return /^\d+(\.\d{1,3})?$/.test(raw) ? Number(raw) : null;
}
