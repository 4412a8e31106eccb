import type { SimResponse } from '../../../simulators/kit/simulatorServer';

/** The record with `id` as a 200, or the operation's own 404. */
export function found<T extends { id: string }>(records: ReadonlyArray<T>, id: string | undefined, missing: () => SimResponse): SimResponse {
  const record = records.find((candidate) => candidate.id === id);
  return record ? { status: 200, body: record } : missing();
}
