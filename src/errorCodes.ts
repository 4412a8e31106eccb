/**
 * Every `extensions.code` this gateway sends. Values equal their keys (Apollo's
 * `ApolloServerErrorCode` convention) so a client can switch on either. Documented in the README.
 */
export const ErrorCode = {
  /**
   * Arguments that can never work: negative counts, `first` with `last`, a cursor from another query,
   * an id or argument that cannot be an upstream path segment (`.`, `..`), variables nested too deep.
   */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A cursor that is not one this gateway minted (garbage, truncated, modified, or signed with another key). */
  BAD_CURSOR: 'BAD_CURSOR',
  /** The provider cannot page that far (Zendesk offset paging stops at record 10,000). */
  PAGINATION_LIMIT: 'PAGINATION_LIMIT',
  /**
   * The provider's pagination misbehaved (a token leading back to a page already read, a page leading
   * to itself, a token that is a URL, ids repeated); the traversal stopped instead of looping.
   */
  UPSTREAM_PAGINATION_ERROR: 'UPSTREAM_PAGINATION_ERROR',
  /**
   * The provider answered 429 and retries did not help (or its `Retry-After` was longer than we wait),
   * or the provider account's rate budget has no turn for the call within RATE_LIMIT_MAX_WAIT_MS (then
   * nothing was sent); `retryAfter` in seconds when known.
   */
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  /** 5xx or a failed connection, after the retries this request was allowed. */
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  /** The whole GraphQL request ran past REQUEST_TIMEOUT_MS: its upstream calls and retries were stopped; ask for less per request. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The request's upstream work was stopped before it finished: the gateway is shutting down (retry it), or the client went away. */
  REQUEST_ABORTED: 'REQUEST_ABORTED',
  /** This GraphQL request reached its cap on upstream calls (UPSTREAM_MAX_CALLS_PER_REQUEST); ask for less per request. */
  UPSTREAM_CALL_LIMIT: 'UPSTREAM_CALL_LIMIT',
  /** The query's depth, estimated cost or requested node count is over its limit (refused before execution), or its text is over a document limit (refused before parsing). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** GATEWAY_API_KEYS is set and the request carried no valid `Authorization: Bearer <key>`. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The provider refused our credentials (401/403). */
  UPSTREAM_AUTH_FAILED: 'UPSTREAM_AUTH_FAILED',
  /** The provider rejected a request we built, or answered something we could not read. */
  UPSTREAM_ERROR: 'UPSTREAM_ERROR',
  /** The provider's answer was over UPSTREAM_MAX_BODY_BYTES (`limitBytes`); it was not read further, nor retried. */
  UPSTREAM_RESPONSE_TOO_LARGE: 'UPSTREAM_RESPONSE_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Extra fields an error carries into `extensions`; never a credential or a raw upstream body. Upstream
 * errors carry `provider`, `upstreamStatus` and, when the provider's body names one, `upstreamCode`
 * (its own error code, with any credential redacted).
 */
export type ErrorDetails = Readonly<Record<string, string | number | boolean | null>>;
