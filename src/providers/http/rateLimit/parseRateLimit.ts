/** A provider account's request budget: at most `requests` calls in any `perSeconds` seconds. */
export interface RateLimit {
  readonly requests: number;
  readonly perSeconds: number;
}

export type ParsedRateLimit = { readonly ok: true; readonly limit: RateLimit } | { readonly ok: false; readonly problem: string };

/**
 * `<requests>/<seconds>s`, e.g. `700/60s`: plain decimal digits on both sides and the `s` unit
 * written out. Nothing else is accepted (no `700/min`, `700 / 60s`, `1e3/60s`, `700/0s`), so a value
 * written for another tool fails at startup instead of meaning something else.
 */
const RATE_LIMIT = /^(\d+)\/(\d+)s$/;
/** A day: longer windows are no provider's and would only be typos. */
const MAX_SECONDS = 86_400;
const MAX_REQUESTS = 1_000_000_000;

export function parseRateLimit(text: string): ParsedRateLimit {
  const match = RATE_LIMIT.exec(text.trim());
  const requests = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  const perSeconds = match?.[2] === undefined ? Number.NaN : Number(match[2]);
  if (!Number.isSafeInteger(requests) || !Number.isSafeInteger(perSeconds)) {
    return { ok: false, problem: 'must be <requests>/<seconds>s, e.g. 700/60s' };
  }
  if (requests < 1 || requests > MAX_REQUESTS) return { ok: false, problem: `requests must be from 1 to ${MAX_REQUESTS}` };
  if (perSeconds < 1 || perSeconds > MAX_SECONDS) return { ok: false, problem: `seconds must be from 1 to ${MAX_SECONDS}` };
  return { ok: true, limit: { requests, perSeconds } };
}

/** `700/60s`: how a budget is written, in the config and in messages. */
export function formatRateLimit(limit: RateLimit): string {
  return `${limit.requests}/${limit.perSeconds}s`;
}
