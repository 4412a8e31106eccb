/**
 * A simulator's own rate limit: at most `requests` requests per `perSeconds`, per simulator
 * instance, off unless configured. Past it a request is answered 429 in the provider's format
 * (rateLimitFormat.ts) and is logged like any other request.
 */
export interface RateLimitOptions {
  readonly requests: number;
  readonly perSeconds: number;
  /**
   * `fixed` (default): a window opens with the first request and admits `requests` until it ends,
   * as Zendesk, Intercom and Front count (per minute, per 10 s). `sliding`: never more than
   * `requests` in any `perSeconds`, a stricter test of a client's own limiter.
   */
  readonly window?: 'fixed' | 'sliding' | undefined;
}

/** Where the window stands after a request, for the provider's rate-limit headers. */
export interface RateLimitWindow {
  readonly limit: number;
  readonly remaining: number;
  /** When the window (fixed) or the oldest counted request (sliding) frees a slot, unix seconds, rounded up. */
  readonly resetAtSeconds: number;
  /** Whole seconds until then, at least 1 (what `Retry-After` says). */
  readonly retryAfterSeconds: number;
}

export interface RateLimitDecision {
  readonly admitted: boolean;
  readonly window: RateLimitWindow;
}

export interface RateLimiter {
  /** Counts one request and says whether it fits. */
  take(): RateLimitDecision;
  /** The window as it stands, without counting a request (for an injected-fault 429). */
  peek(): RateLimitWindow;
}

export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  if (!Number.isInteger(options.requests) || options.requests < 1) throw new RangeError('rateLimit.requests must be a positive integer');
  if (!(options.perSeconds > 0)) throw new RangeError('rateLimit.perSeconds must be positive');
  return options.window === 'sliding' ? slidingWindow(options, now) : fixedWindow(options, now);
}

function windowAt(limit: number, used: number, freesAtMs: number, nowMs: number): RateLimitWindow {
  return {
    limit,
    remaining: Math.max(0, limit - used),
    resetAtSeconds: Math.ceil(freesAtMs / 1000),
    retryAfterSeconds: Math.max(1, Math.ceil((freesAtMs - nowMs) / 1000)),
  };
}

/** Opens with the first request after the previous window ended, so a test's burst never straddles two windows. */
function fixedWindow(options: RateLimitOptions, now: () => number): RateLimiter {
  const lengthMs = options.perSeconds * 1000;
  let startMs = Number.NEGATIVE_INFINITY;
  let used = 0;
  const roll = (nowMs: number): void => {
    if (nowMs - startMs < lengthMs) return;
    startMs = nowMs;
    used = 0;
  };
  return {
    take() {
      const nowMs = now();
      roll(nowMs);
      const admitted = used < options.requests;
      if (admitted) used += 1;
      return { admitted, window: windowAt(options.requests, used, startMs + lengthMs, nowMs) };
    },
    peek() {
      const nowMs = now();
      roll(nowMs);
      return windowAt(options.requests, used, startMs + lengthMs, nowMs);
    },
  };
}

/** A log of admitted requests' times; refused requests are not counted, so a client that waits recovers. */
function slidingWindow(options: RateLimitOptions, now: () => number): RateLimiter {
  const lengthMs = options.perSeconds * 1000;
  const admittedAt: number[] = [];
  const expire = (nowMs: number): void => {
    while (admittedAt.length > 0 && nowMs - (admittedAt[0] ?? nowMs) >= lengthMs) admittedAt.shift();
  };
  const current = (nowMs: number): RateLimitWindow =>
    windowAt(options.requests, admittedAt.length, (admittedAt[0] ?? nowMs) + lengthMs, nowMs);
  return {
    take() {
      const nowMs = now();
      expire(nowMs);
      const admitted = admittedAt.length < options.requests;
      if (admitted) admittedAt.push(nowMs);
      return { admitted, window: current(nowMs) };
    },
    peek() {
      const nowMs = now();
      expire(nowMs);
      return current(nowMs);
    },
  };
}
