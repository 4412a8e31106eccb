import type { RateLimitWindow } from '../../../simulators/kit/rateLimit';
import type { RateLimitFormat } from '../../../simulators/kit/rateLimitFormat';
import { intercomErrorBody } from './intercomError';

/**
 * Intercom's rate-limit headers: `X-RateLimit-Limit`, `X-RateLimit-Remaining` and
 * `X-RateLimit-Reset` (unix seconds when the window resets). A 429 carries the error list with the
 * `rate_limit_exceeded` code, plus `Retry-After`, which the message points clients to.
 */
function windowHeaders(window: RateLimitWindow): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Remaining': String(window.remaining),
    'X-RateLimit-Reset': String(window.resetAtSeconds),
  };
}

export const intercomRateLimitFormat: RateLimitFormat = {
  windowHeaders,
  tooManyRequests: ({ retryAfterSeconds, window }) => ({
    status: 429,
    body: intercomErrorBody('rate_limit_exceeded', 'Exceeded rate limit, retry after the time in the Retry-After header'),
    headers: { ...(window ? windowHeaders(window) : {}), 'Retry-After': String(retryAfterSeconds) },
  }),
};
