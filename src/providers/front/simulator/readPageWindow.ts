import type { SimRequest } from '../../../simulators/kit/simulatorServer';
import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';
import { listScope } from './listScope';
import type { PageTokenCodec } from './pageTokenCodec';

/** Front's documented page size when `limit` is absent (pagination guide; the spec gives none). */
export const defaultPageLimit = 50;
/** The spec's `limit` maximum. */
export const maxPageLimit = 100;

export interface PageWindow {
  readonly scope: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Reads `limit` and `page_token`. A token only works for the list (path, filters, sort) and the
 * `limit` it was issued for; a request that leaves `limit` out inherits the token's, because the
 * guide says the `next` URL already carries the limit and need not be repeated.
 */
export function readPageWindow(request: SimRequest, tokens: PageTokenCodec): FrontOutcome<PageWindow> {
  const scope = listScope(request);
  const limit = readLimit(request.query.get('limit'));
  if (!limit.ok) return limit;
  const token = request.query.get('page_token');
  if (token === null || token === '') return succeed({ scope, limit: limit.value ?? defaultPageLimit, offset: 0 });
  const decoded = tokens.decode(token);
  if (!decoded) return fail(frontError(400, 'Invalid page_token'));
  if (decoded.scopeDigest !== tokens.digestScope(scope)) {
    return fail(frontError(400, 'page_token does not match this query'));
  }
  if (limit.value !== undefined && limit.value !== decoded.limit) {
    return fail(frontError(400, `page_token was issued for limit=${decoded.limit}, not limit=${limit.value}`));
  }
  return succeed({ scope, limit: decoded.limit, offset: decoded.offset });
}

function readLimit(raw: string | null): FrontOutcome<number | undefined> {
  if (raw === null) return succeed(undefined);
  if (!/^\d+$/.test(raw)) return fail(frontError(400, 'limit must be an integer'));
  const limit = Number(raw);
  if (limit < 1 || limit > maxPageLimit) return fail(frontError(400, `limit must be between 1 and ${maxPageLimit}`));
  return succeed(limit);
}
