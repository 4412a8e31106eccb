import type { RateLimit } from '../../http/rateLimit/parseRateLimit';
import type { RateLimitHeaderNames } from '../../http/rateLimit/rateLimitHeaders';

/**
 * ZENDESK_RATE_LIMIT's default: 200 requests a minute, the Support and Help Center API limit of
 * the smallest plans sold (Suite Team, Support Team; Growth/Professional 400, Enterprise 700,
 * Enterprise Plus and the High Volume add-on 2,500). The limit is per account, not per token.
 * Source: https://developer.zendesk.com/api-reference/introduction/rate-limits ("Zendesk Suite
 * plan limits", "Zendesk Support plan limits").
 */
export const ZENDESK_DEFAULT_RATE_LIMIT: RateLimit = { requests: 200, perSeconds: 60 };

/**
 * `X-Rate-Limit: 700` / `X-Rate-Limit-Remaining: 699` count "the current minute" (same page).
 * The reset, in seconds from now, comes as `ratelimit-reset: 41` on the ticketing APIs only.
 */
export const ZENDESK_RATE_LIMIT_HEADERS: RateLimitHeaderNames = {
  limit: 'x-rate-limit',
  remaining: 'x-rate-limit-remaining',
  reset: 'ratelimit-reset',
  limitWindowSeconds: 60,
};
