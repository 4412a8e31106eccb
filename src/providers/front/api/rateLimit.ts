import type { RateLimit } from '../../http/rateLimit/parseRateLimit';
import type { RateLimitHeaderNames } from '../../http/rateLimit/rateLimitHeaders';

/**
 * FRONT_RATE_LIMIT's default: 50 requests a minute, the Starter plan's (Professional 100,
 * Enterprise 200), enforced per company, not per token. Some endpoints also have a burst limit
 * (5/s per resource) that this budget does not model. Source: https://dev.frontapp.com/docs/rate-limiting
 * (and https://help.front.com/en/articles/2438).
 */
export const FRONT_DEFAULT_RATE_LIMIT: RateLimit = { requests: 50, perSeconds: 60 };

/**
 * `x-ratelimit-limit` ("maximum number of requests allowed in the time window", the minute of the
 * plan limits), `x-ratelimit-remaining`, and `x-ratelimit-reset`, a Unix timestamp (same page).
 */
export const FRONT_RATE_LIMIT_HEADERS: RateLimitHeaderNames = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
  limitWindowSeconds: 60,
};
