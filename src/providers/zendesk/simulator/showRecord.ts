import type { SimResponse } from '../../../simulators/kit/simResponse';
import { recordNotFound } from './zendeskErrors';

/** A show endpoint's answer: `{ <key>: record }`, or the RecordNotFound 404 for an id that names nothing. */
export function showOne<T>(rawId: string | undefined, index: ReadonlyMap<number, T>, key: string): SimResponse {
  const record = findById(rawId, index);
  return record === undefined ? recordNotFound() : { status: 200, body: { [key]: record } };
}

/** Zendesk ids are integers: any other path segment names nothing. */
export function findById<T>(rawId: string | undefined, index: ReadonlyMap<number, T>): T | undefined {
  return rawId !== undefined && /^\d+$/.test(rawId) ? index.get(Number(rawId)) : undefined;
}
