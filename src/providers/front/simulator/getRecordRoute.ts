import type { Route } from '../../../simulators/kit/simulatorServer';
import { decodePathPart } from './decodePathPart';
import { frontError } from './frontError';

/** `GET /<collection>/{id}`: the record, or Front's 404 `_error`. */
export function getRecordRoute<T extends { readonly id: string }>(collection: string, noun: string, records: ReadonlyArray<T>): Route {
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    method: 'GET',
    pattern: `/${collection}/:id`,
    handle(_request, { id: rawId = '' }) {
      const id = decodePathPart(rawId);
      const record = byId.get(id);
      return record ? { status: 200, body: record } : frontError(404, `Unknown ${noun} ${id}`);
    },
  };
}
