import type { RateLimitWindow } from './rateLimit';
import type { SimResponse } from './simResponse';

/** Why a request is answered 429: the simulator's own limit, or a fault plan's injected 429. */
export interface TooManyRequests {
  readonly retryAfterSeconds: number;
  /** Null when no limit is configured (an injected 429 on an unlimited simulator). */
  readonly window: RateLimitWindow | null;
}

/**
 * How a provider says "rate limited": its 429 (headers and body) and the headers every admitted
 * answer carries while a limit is set. The kit decides when; the provider decides what it looks like.
 */
export interface RateLimitFormat {
  tooManyRequests(reason: TooManyRequests): SimResponse;
  windowHeaders(window: RateLimitWindow): Readonly<Record<string, string>>;
}

/** For ad-hoc servers (test doubles): `Retry-After` plus the given body, and `X-RateLimit-Limit`/`-Remaining`. */
export function genericRateLimitFormat(body: () => unknown): RateLimitFormat {
  const windowHeaders = (window: RateLimitWindow) => ({
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Remaining': String(window.remaining),
  });
  return {
    tooManyRequests: ({ retryAfterSeconds, window }) => ({
      status: 429,
      body: body(),
      headers: { ...(window ? windowHeaders(window) : {}), 'Retry-After': String(retryAfterSeconds) },
    }),
    windowHeaders,
  };
}
