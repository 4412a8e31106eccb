import { listScope, resolvePageToken, tokenPage, type PageTokenProblem } from '../../../simulators/kit/pagination/pageToken';
import type { SimRequest } from '../../../simulators/kit/simRequest';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import { decodePathPart } from './decodePathPart';
import { frontError } from './frontError';
import type { FrontListTools } from './frontListTools';
import { fail, type FrontOutcome, succeed } from './frontOutcome';
import { requestSelfUrl } from './requestSelfUrl';

/** Front's documented page size when `limit` is absent (pagination guide; the spec gives none). */
export const defaultPageLimit = 50;
/** The spec's `limit` maximum. */
export const maxPageLimit = 100;
/** The parameters that move through a list rather than define it; a token is tied to all the others. */
const pagingParameters: ReadonlySet<string> = new Set(['limit', 'page_token']);

export interface PageOptions {
  /** Search adds `_total`, the count of all matches (no other list has a total). */
  readonly includeTotal?: boolean;
  /** list-events: "Max number of results per page (max 15)", default 15 (the spec's own numbers for that list). */
  readonly limits?: { readonly max: number; readonly default: number };
}

/**
 * `{_pagination: {next}, _links: {self}, _results}` over the kit's page-token mechanics. `next` is a
 * full URL on the company host, carrying the same filters plus `limit` and `page_token` (as in
 * Front's pagination guide), and null on the last page.
 */
export function paginatedResponse<T>(
  request: SimRequest,
  items: ReadonlyArray<T>,
  tools: FrontListTools,
  options: PageOptions = {},
): SimResponse {
  const limits = options.limits ?? { max: maxPageLimit, default: defaultPageLimit };
  const limit = readLimit(request.query.get('limit'), limits.max);
  if (!limit.ok) return limit.response;
  const window = resolvePageToken({
    token: request.query.get('page_token'),
    limit: limit.value,
    defaultLimit: limits.default,
    scope: listScope(request.method, decodePathPart(request.path), request.query, pagingParameters),
    codec: tools.tokens,
  });
  if (!window.ok) return tokenProblem(window.problem);
  const page = tokenPage(items, window.position, tools.tokens);
  return {
    status: 200,
    body: {
      _pagination: { next: page.nextToken === null ? null : nextUrl(request, tools, window.position.limit, page.nextToken) },
      _links: { self: requestSelfUrl(request, tools.links) },
      ...(options.includeTotal ? { _total: items.length } : {}),
      _results: page.records,
    },
  };
}

function readLimit(raw: string | null, max: number): FrontOutcome<number | undefined> {
  if (raw === null) return succeed(undefined);
  if (!/^\d+$/.test(raw)) return fail(frontError(400, 'limit must be an integer'));
  const limit = Number(raw);
  if (limit < 1 || limit > max) return fail(frontError(400, `limit must be between 1 and ${max}`));
  return succeed(limit);
}

function tokenProblem(problem: PageTokenProblem): SimResponse {
  switch (problem.kind) {
    case 'invalid-token':
      return frontError(400, 'Invalid page_token');
    case 'other-list':
      return frontError(400, 'page_token does not match this query');
    case 'other-limit':
      return frontError(400, `page_token was issued for limit=${problem.tokenLimit}, not limit=${problem.requestedLimit}`);
  }
}

function nextUrl(request: SimRequest, tools: FrontListTools, limit: number, token: string): string {
  const query = new URLSearchParams([...request.query.entries()].filter(([name]) => !pagingParameters.has(name)));
  query.append('limit', String(limit));
  query.append('page_token', token);
  return `${tools.links.baseUrl}${request.path}?${query.toString()}`;
}
