import type { RateLimit } from '../../http/rateLimit/parseRateLimit';
import type { RateLimitHeaderNames } from '../../http/rateLimit/rateLimitHeaders';

/**
 * INTERCOM_RATE_LIMIT's default: 1,666 requests per 10 s. Intercom's default is 10,000 calls a
 * minute per app (25,000 per workspace), the same on every plan, "evenly distributed into 10
 * second windows": 10,000 / 6 = 1,666 per window. A budget of 10,000/60s would let all of a
 * minute's calls go in its first 10 s and meet 429s. Source:
 * https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting
 */
export const INTERCOM_DEFAULT_RATE_LIMIT: RateLimit = { requests: 1666, perSeconds: 10 };

/**
 * `X-RateLimit-Limit` counts the 10-second window (the 2.17 page's example: a limit of 1,000 a
 * minute shows as 167); `X-RateLimit-Reset` is a Unix timestamp in seconds (same page).
 */
export const INTERCOM_RATE_LIMIT_HEADERS: RateLimitHeaderNames = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
  limitWindowSeconds: 10,
};
