import { createHash } from 'node:crypto';

import type { JsonValue } from '../providers/types';

/**
 * A short, stable hash of a resource and the filter/sort arguments of a query. Bound into every
 * cursor so `after:` from a query over open tickets cannot silently resume a query over closed ones.
 * Keys are sorted so that argument order in the GraphQL document does not matter.
 */
export function fingerprintArgs(resource: string, args: JsonValue): string {
  return createHash('sha256')
    .update(resource)
    .update('\u0000')
    .update(stableStringify(args))
    .digest()
    .subarray(0, 12)
    .toString('base64url');
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
