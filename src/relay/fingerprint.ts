import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { JsonValue } from '../providers/types';

/**
 * Most requests repeat a few argument sets (the default sort, a filter a UI offers): a hash
 * object per connection field showed up under load (bench/), a map lookup does not. Bounded in
 * entries and in key length, so large search filters cannot grow it.
 */
const recent = new LRUCache<string, string>({ max: 1_000 });
const MAX_REMEMBERED_LENGTH = 1_024;

/**
 * A short, stable hash of a resource and the filter/sort arguments of a query. Bound into every
 * cursor so `after:` from a query over open tickets cannot silently resume a query over closed ones.
 * Keys are sorted so that argument order in the GraphQL document does not matter.
 */
export function fingerprintArgs(resource: string, args: JsonValue): string {
  const text = `${resource}\u0000${stableStringify(args)}`;
  let fingerprint = recent.get(text);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(text).digest().subarray(0, 12).toString('base64url');
    if (text.length <= MAX_REMEMBERED_LENGTH) recent.set(text, fingerprint);
  }
  return fingerprint;
}

export function stableStringify(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => stableStringify(item)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined && record[key] !== null)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`).join(',')}}`;
}
