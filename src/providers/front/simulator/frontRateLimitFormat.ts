import type { RateLimitWindow } from '../../../simulators/kit/rateLimit';
import type { RateLimitFormat } from '../../../simulators/kit/rateLimitFormat';
import { frontErrorBody } from './frontError';

/**
 * Front's rate-limit headers (API docs, "Rate limiting"): `X-Ratelimit-Limit`, `X-Ratelimit-Remaining`
 * and `X-Ratelimit-Reset` (unix seconds) on every answer; a 429 adds `Retry-After` (seconds) and
 * Front's `_error` body.
 */
function windowHeaders(window: RateLimitWindow): Record<string, string> {
  return {
    'X-Ratelimit-Limit': String(window.limit),
    'X-Ratelimit-Remaining': String(window.remaining),
    'X-Ratelimit-Reset': String(window.resetAtSeconds),
  };
}

export const frontRateLimitFormat: RateLimitFormat = {
  windowHeaders,
  tooManyRequests: ({ retryAfterSeconds, window }) => ({
    status: 429,
    body: frontErrorBody(429, 'Rate limit exceeded, retry after the delay in Retry-After'),
    headers: { ...(window ? windowHeaders(window) : {}), 'Retry-After': String(retryAfterSeconds) },
  }),
};
