import type { SimResponse } from '../../../simulators/kit/simResponse';
import { badRequest, failure, recordNotFound, success, type Outcome } from './zendeskErrors';

/** show_many takes comma-separated ids and serves at most 100 records per call (ShowMany* operations). */
export const SHOW_MANY_LIMIT = 100;

/**
 * The records a show_many call names, in the order the ids were given; ids that match nothing are
 * skipped silently, and a repeated id is served once.
 */
export function recordsByIds<T>(query: URLSearchParams, index: ReadonlyMap<number, T>): Outcome<T[]> {
  const raw = query.get('ids');
  if (raw === null) return failure(badRequest('InvalidParameter', `ids is required: a comma-separated list of up to ${SHOW_MANY_LIMIT} ids`));
  const ids = raw.split(',').map((id) => id.trim()).filter((id) => id.length > 0);
  if (ids.length > SHOW_MANY_LIMIT) {
    return failure(badRequest('TooManyIds', `ids accepts at most ${SHOW_MANY_LIMIT} ids, got ${ids.length}`));
  }
  const found = new Map<string, T>();
  for (const id of ids) {
    const record = findById(id, index);
    if (record !== undefined && !found.has(id)) found.set(id, record);
  }
  return success([...found.values()]);
}

/** A show endpoint: `{ <key>: record }`, or Zendesk's RecordNotFound 404 for an id it does not know. */
export function showOne<T>(rawId: string | undefined, index: ReadonlyMap<number, T>, key: string): SimResponse {
  return showRecord(findById(rawId, index), key);
}

/** A show endpoint's answer for a record already looked up (`undefined`: not found). */
export function showRecord<T>(record: T | undefined, key: string): SimResponse {
  return record === undefined ? recordNotFound() : { status: 200, body: { [key]: record } };
}

export function findById<T>(rawId: string | undefined, index: ReadonlyMap<number, T>): T | undefined {
  return rawId !== undefined && /^\d+$/.test(rawId) ? index.get(Number(rawId)) : undefined;
}
