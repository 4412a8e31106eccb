import { ErrorCode } from '../../../errorCodes';
import { ProviderError } from '../../providerError';
import { parseRetryAfter } from '../upstreamFailure';
import { abortedCallError } from '../upstreamLifetime';
import type { WindowLimiter } from './budgetStore';
import { FairQueue } from './fairQueue';
import { formatRateLimit, type RateLimit } from './parseRateLimit';
import { type RateLimitHeaderNames, readRateLimitHeaders } from './rateLimitHeaders';
import { windowMs } from './slidingWindow';

export interface RateBudgetOptions {
  readonly provider: string;
  /** The account's window in its store (memory, or Redis for all instances). */
  readonly limiter: WindowLimiter;
  /** The configured budget (`<PROVIDER>_RATE_LIMIT`, else the provider's published default). */
  readonly limit: RateLimit;
  /** The provider's rate-limit headers, read after every answer; none: nothing is learned. */
  readonly headers?: RateLimitHeaderNames | undefined;
  /** RATE_LIMIT_MAX_WAIT_MS: the longest a call waits its turn; a longer wait fails at once. */
  readonly maxWaitMs: number;
  readonly now?: (() => number) | undefined;
}

/**
 * One provider account's budget as the HTTP client sees it: every attempt (retries included)
 * acquires a turn before it is sent, and every answer is observed after.
 */
export interface RateBudget {
  /**
   * Resolves when a call of `requester` (one GraphQL request's client view) may be sent. Rejects
   * with UPSTREAM_RATE_LIMITED and `retryAfter` (seconds) when its turn is further away than the
   * longest wait, before any upstream call; with the request's own reason when `signal` aborts.
   */
  acquire(requester: object, signal: AbortSignal): Promise<void>;
  /** An answer's status and (lower-case) headers: its rate-limit headers and a 429's Retry-After tighten the budget. */
  observe(status: number, headers: Readonly<Record<string, string>>): void;
  /** The budget in force: the configured one, or a smaller one learned from the provider. */
  readonly limit: RateLimit;
}

interface Waiter {
  readonly requester: object;
  readonly deadline: number;
  grant(): void;
  fail(error: ProviderError): void;
}

/**
 * Calls wait in a {@link FairQueue} and a single pump hands out turns: it draws from the account's
 * window (the store) one call at a time and gives each draw to the next call in turn, so waiters
 * are served round-robin per request, whichever instance spends the rest of the window.
 *
 * Three things close the gate, the tightest wins: the window itself (the store's answer), a 429's
 * Retry-After (everyone pauses, not only the call that met it), and the provider's own
 * `remaining` with its reset: once it says nothing is left, nothing is sent before the reset. A
 * `limit` header lower than the configured rate replaces it (the real plan is smaller than
 * configured); a higher one is not trusted, the configured budget stays.
 */
export function createRateBudget(options: RateBudgetOptions): RateBudget {
  const now = options.now ?? Date.now;
  const queue = new FairQueue<Waiter>();
  let limit = options.limit;
  /** Earliest the window has room, per its last refusal. */
  let windowOpensAt = 0;
  /** A 429's Retry-After, for every call of this account. */
  let pausedUntil = 0;
  /** The provider's own count: calls left until `until`, spent as we send. */
  let credit: { remaining: number; until: number } | null = null;
  let pumping = false;

  const creditGate = (at: number): number => {
    if (credit && at >= credit.until) credit = null;
    return credit && credit.remaining <= 0 ? credit.until : 0;
  };
  const gateOpensAt = (at: number): number => Math.max(windowOpensAt, pausedUntil, creditGate(at));

  const estimateWaitMs = (requester: object, at: number): number => {
    const gate = Math.max(0, gateOpensAt(at) - at);
    // While the window is not known to be spent, the calls ahead may all go at once.
    if (windowOpensAt <= at) return gate;
    // Once it is, it lets calls through at its average pace.
    return gate + (queue.ahead(requester) * windowMs(limit)) / limit.requests;
  };

  const rateLimited = (waitMs: number): ProviderError => {
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    return new ProviderError(
      ErrorCode.UPSTREAM_RATE_LIMITED,
      `The ${options.provider} rate budget (${formatRateLimit(limit)}) has no room for this call within ${options.maxWaitMs} ms; retry after ${retryAfter} s.`,
      { provider: options.provider, retryAfter },
    );
  };

  /** Fails now every waiter whose deadline comes before the gate opens: it would only wait to fail. */
  const failWaitersBefore = (opensAt: number): void => {
    const at = now();
    for (const waiter of queue.removeWhere((each) => each.deadline < opensAt)) waiter.fail(rateLimited(opensAt - at));
  };

  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (queue.size > 0) {
        const at = now();
        const gate = Math.max(pausedUntil, creditGate(at));
        if (gate > at) {
          failWaitersBefore(gate);
          if (queue.size > 0) await sleep(gate - at);
          continue;
        }
        const drawn = await options.limiter.take();
        if (!drawn.granted) {
          windowOpensAt = now() + drawn.waitMs;
          failWaitersBefore(windowOpensAt);
          if (queue.size > 0) await sleep(drawn.waitMs);
          continue;
        }
        // Nobody left to use the draw (all waiters ended during it): it is spent unused, never kept
        // for later, as a call sent later than it was counted could overfill a later window.
        const waiter = queue.shift();
        if (waiter === undefined) continue;
        if (credit) credit.remaining -= 1;
        waiter.grant();
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire(requester, signal) {
      if (signal.aborted) return Promise.reject(abortedCallError(signal));
      const at = now();
      const estimate = estimateWaitMs(requester, at);
      if (estimate > options.maxWaitMs) return Promise.reject(rateLimited(estimate));
      return new Promise<void>((resolve, reject) => {
        const settle = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
        };
        const waiter: Waiter = {
          requester,
          deadline: at + options.maxWaitMs,
          grant() {
            settle();
            resolve();
          },
          fail(error) {
            queue.remove(requester, waiter);
            settle();
            reject(error);
          },
        };
        const onAbort = (): void => {
          queue.remove(requester, waiter);
          settle();
          reject(abortedCallError(signal));
        };
        // The turn did not come within the longest wait after all (the window filled from elsewhere).
        const timer = setTimeout(() => waiter.fail(rateLimited(estimateWaitMs(requester, now()))), options.maxWaitMs);
        timer.unref();
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(requester, waiter);
        void pump();
      });
    },
    observe(status, headers) {
      const at = now();
      if (status === 429) {
        const retryAfter = parseRetryAfter(headers['retry-after'], at);
        if (retryAfter !== null && retryAfter > 0) pausedUntil = Math.max(pausedUntil, at + retryAfter * 1000);
      }
      if (!options.headers) return;
      const seen = readRateLimitHeaders(headers, options.headers, at);
      if (seen.limit !== undefined) {
        const learned = { requests: seen.limit, perSeconds: options.headers.limitWindowSeconds };
        if (learned.requests / learned.perSeconds < limit.requests / limit.perSeconds) {
          limit = learned;
          options.limiter.setLimit(learned);
        }
      }
      if (seen.remaining !== undefined && seen.resetInMs !== undefined) credit = { remaining: seen.remaining, until: at + seen.resetInMs };
    },
    get limit() {
      return limit;
    },
  };
}

/** The pump's pause; unref'd: waiting calls belong to requests, whose sockets keep the process up. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
