import type { RateLimitWindow } from '../../../simulators/kit/rateLimit';
import type { RateLimitFormat } from '../../../simulators/kit/rateLimitFormat';
import { tooManyRequestsBody } from './zendeskErrors';

/**
 * Zendesk reports its window as `X-Rate-Limit: 700` and `X-Rate-Limit-Remaining: 699` ("Checking
 * the rate limit headers"), and a 429 carries `Retry-After` in seconds with the `Errors` list.
 */
function windowHeaders(window: RateLimitWindow): Record<string, string> {
  return { 'X-Rate-Limit': String(window.limit), 'X-Rate-Limit-Remaining': String(window.remaining) };
}

export const zendeskRateLimitFormat: RateLimitFormat = {
  windowHeaders,
  tooManyRequests: ({ retryAfterSeconds, window }) => ({
    status: 429,
    body: tooManyRequestsBody(),
    headers: { ...(window ? windowHeaders(window) : {}), 'Retry-After': String(retryAfterSeconds) },
  }),
};
