/**
 * Page-token paging mechanics (Front's `limit` + `page_token`): a token carries where the next page
 * starts, the page size, and a digest of the list it belongs to (path, filters, sort), so it is
 * stateless and cannot be replayed against another query. The token's encoding, the parameter
 * names, the maximum `limit` and the error bodies are the provider's.
 */
export interface TokenPosition {
  readonly scope: string;
  readonly limit: number;
  readonly offset: number;
}

export interface DecodedPageToken {
  readonly scopeDigest: string;
  readonly limit: number;
  readonly offset: number;
}

export interface PageTokenCodec {
  encode(position: TokenPosition): string;
  /** Null when the token is not one this codec issued (garbage, truncated or tampered with). */
  decode(token: string): DecodedPageToken | null;
  digestScope(scope: string): string;
}

export type PageTokenProblem =
  | { readonly kind: 'invalid-token' }
  | { readonly kind: 'other-list' }
  | { readonly kind: 'other-limit'; readonly tokenLimit: number; readonly requestedLimit: number };

export type PageTokenWindow = { readonly ok: true; readonly position: TokenPosition } | { readonly ok: false; readonly problem: PageTokenProblem };

/**
 * Where this request's page starts. A request without a token starts at 0; one that leaves `limit`
 * out inherits the token's (the `next` URL already carries it); one that names another limit, or
 * brings a token minted for another list, is refused.
 */
export function resolvePageToken(input: {
  readonly token: string | null;
  readonly limit: number | undefined;
  readonly defaultLimit: number;
  readonly scope: string;
  readonly codec: PageTokenCodec;
}): PageTokenWindow {
  const { token, limit, scope, codec } = input;
  if (token === null || token === '') return { ok: true, position: { scope, limit: limit ?? input.defaultLimit, offset: 0 } };
  const decoded = codec.decode(token);
  if (!decoded) return { ok: false, problem: { kind: 'invalid-token' } };
  if (decoded.scopeDigest !== codec.digestScope(scope)) return { ok: false, problem: { kind: 'other-list' } };
  if (limit !== undefined && limit !== decoded.limit) {
    return { ok: false, problem: { kind: 'other-limit', tokenLimit: decoded.limit, requestedLimit: limit } };
  }
  return { ok: true, position: { scope, limit: decoded.limit, offset: decoded.offset } };
}

export interface TokenPage<T> {
  readonly records: ReadonlyArray<T>;
  /** The token of the following page, or null on the last one. */
  readonly nextToken: string | null;
}

export function tokenPage<T>(items: ReadonlyArray<T>, position: TokenPosition, codec: PageTokenCodec): TokenPage<T> {
  const end = position.offset + position.limit;
  return {
    records: items.slice(position.offset, end),
    nextToken: end < items.length ? codec.encode({ ...position, offset: end }) : null,
  };
}

/**
 * What a token is tied to: method, path and every non-paging query parameter, sorted, so the same
 * query in another parameter order is the same list.
 */
export function listScope(method: string, path: string, query: URLSearchParams, pagingParameters: ReadonlySet<string>): string {
  const parameters = [...query.entries()]
    .filter(([name]) => !pagingParameters.has(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return `${method} ${path}?${parameters.join('&')}`;
}
