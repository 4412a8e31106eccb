import type { SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import type { FrontListTools } from './frontListTools';
import { pagingParameters } from './listScope';
import { readPageWindow } from './readPageWindow';
import { requestSelfUrl } from './requestSelfUrl';

export interface PageOptions {
  /** Search adds `_total`, the count of all matches (no other list has a total). */
  readonly includeTotal?: boolean;
}

/**
 * `{_pagination: {next}, _links: {self}, _results}`. `next` is a full URL on the company host,
 * carrying the same filters plus `limit` and `page_token` (as in Front's pagination guide), and
 * null on the last page.
 */
export function paginatedResponse<T>(
  request: SimRequest,
  items: ReadonlyArray<T>,
  tools: FrontListTools,
  options: PageOptions = {},
): SimResponse {
  const window = readPageWindow(request, tools.tokens);
  if (!window.ok) return window.response;
  const { scope, limit, offset } = window.value;
  const end = offset + limit;
  const next = end < items.length ? nextUrl(request, tools, limit, tools.tokens.encode({ scope, limit, offset: end })) : null;
  return {
    status: 200,
    body: {
      _pagination: { next },
      _links: { self: requestSelfUrl(request, tools.links) },
      ...(options.includeTotal ? { _total: items.length } : {}),
      _results: items.slice(offset, end),
    },
  };
}

function nextUrl(request: SimRequest, tools: FrontListTools, limit: number, token: string): string {
  const query = new URLSearchParams([...request.query.entries()].filter(([name]) => !pagingParameters.has(name)));
  query.append('limit', String(limit));
  query.append('page_token', token);
  return `${tools.links.baseUrl}${request.path}?${query.toString()}`;
}
