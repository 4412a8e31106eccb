/**
 * Where a provider reports its rate limit on every answer (lower-case names, as the HTTP client
 * flattens them). Each provider declares its own in src/providers/<provider>/api/rateLimit.ts.
 */
export interface RateLimitHeaderNames {
  /** The account's limit per `limitWindowSeconds`. */
  readonly limit: string;
  /** Calls left in the provider's current window. */
  readonly remaining: string;
  /** When the provider's window resets (see {@link readRateLimitHeaders} for the forms read). */
  readonly reset?: string | undefined;
  /** The window the `limit` header counts over: the header gives a count, not a rate. */
  readonly limitWindowSeconds: number;
}

/** What one answer said about the account's budget; each part only when its header was readable. */
export interface ObservedRateLimit {
  readonly limit?: number;
  readonly remaining?: number;
  /** Milliseconds from now until the provider's window resets. */
  readonly resetInMs?: number;
}

/** Reset values above this are Unix times, in seconds; above {@link EPOCH_MS_FLOOR}, in milliseconds. */
const EPOCH_SECONDS_FLOOR = 1_000_000_000;
const EPOCH_MS_FLOOR = 1_000_000_000_000;

/**
 * Reads the three headers. The reset comes in two forms among our providers: seconds until the
 * reset (Zendesk's `ratelimit-reset: 41`) and a Unix timestamp (Intercom's `X-RateLimit-Reset`,
 * Front's `x-ratelimit-reset`). A count of seconds is never near 10⁹ (31 years), so the size of the
 * number says which it is; a timestamp in milliseconds is read too. A value that is not a
 * non-negative number is ignored, never guessed at.
 */
export function readRateLimitHeaders(headers: Readonly<Record<string, string>>, names: RateLimitHeaderNames, nowMs: number): ObservedRateLimit {
  const limit = wholeNumber(headers[names.limit]);
  const remaining = wholeNumber(headers[names.remaining]);
  const reset = names.reset === undefined ? undefined : nonNegative(headers[names.reset]);
  let resetInMs: number | undefined;
  if (reset !== undefined) {
    if (reset >= EPOCH_MS_FLOOR) resetInMs = Math.max(0, reset - nowMs);
    else if (reset >= EPOCH_SECONDS_FLOOR) resetInMs = Math.max(0, reset * 1000 - nowMs);
    else resetInMs = reset * 1000;
  }
  return {
    ...(limit !== undefined && limit > 0 ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(resetInMs !== undefined ? { resetInMs } : {}),
  };
}

function nonNegative(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

function wholeNumber(text: string | undefined): number | undefined {
  const value = nonNegative(text);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}
