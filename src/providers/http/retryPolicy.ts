import {
  DelegateBackoff,
  ExponentialBackoff,
  fullJitterGenerator,
  handleWhen,
  type IBackoff,
  type IRetryBackoffContext,
  retry,
} from 'cockatiel';

import { ErrorCode } from '../../errorCodes';
import type { UpstreamBudget } from './upstreamBudget';
import { UpstreamHttpError, UpstreamNetworkError } from './upstreamFailure';

/** How one upstream call is retried (config: UPSTREAM_MAX_RETRIES, UPSTREAM_RETRY_*). */
export interface RetryOptions {
  /** Retries of one call after its first attempt; 0 turns retrying off. */
  readonly maxRetries: number;
  /** Exponential backoff: the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs·2ⁿ⁻¹)). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * The longest `Retry-After` we wait for. A provider asking for longer fails the call at once with
   * UPSTREAM_RATE_LIMITED and `retryAfter`, so the client decides instead of holding its request.
   */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 };

/** A retry about to be made: reported before the wait, so tests can assert the delay without waiting it. */
export interface RetryEvent {
  /** 1 for the first retry of a call. */
  readonly retry: number;
  readonly delayMs: number;
  readonly code: ErrorCode;
  /** The status that caused it, `null` for a network failure. */
  readonly status: number | null;
  readonly retryAfterSeconds: number | null;
}

/** A call as the retry policy sees it. */
export interface RetryableCall {
  /** Safe to send twice: GETs, and POSTs that only read (searches). Anything else is sent once. */
  readonly idempotent: boolean;
  readonly budget: UpstreamBudget;
  readonly options: RetryOptions;
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
}

/**
 * Whether a failed attempt may be retried, budget aside. Pure, and the only place that decides it:
 * the failure's own `retryable` comes from the status/network tables in upstreamFailure.ts.
 */
export function mayRetry(error: unknown, idempotent: boolean, retriesSoFar: number, options: RetryOptions): boolean {
  if (!idempotent || retriesSoFar >= options.maxRetries) return false;
  if (error instanceof UpstreamHttpError) {
    if (!error.retryable) return false;
    return error.retryAfterSeconds === null || error.retryAfterSeconds * 1000 <= options.maxRetryAfterMs;
  }
  return error instanceof UpstreamNetworkError && error.retryable;
}

/**
 * Runs `attempt` under cockatiel's retry policy: the library owns the loop, the waiting and the
 * exponential full-jitter backoff; we supply the predicate, the per-request budget and the
 * `Retry-After` override. `attempt` receives the attempt number (1 = first try).
 *
 * The first try runs outside the policy, which is only built once it failed: building a policy
 * per upstream call cost ~3% of the gateway's CPU under load (bench/), and most calls succeed.
 */
export async function executeWithRetry<T>(call: RetryableCall, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
  if (!call.idempotent || call.options.maxRetries === 0) return attempt(1);
  let firstFailure: unknown;
  try {
    return await attempt(1);
  } catch (error) {
    if (!mayRetry(error, call.idempotent, 0, call.options)) throw error;
    firstFailure = error;
  }
  let retriesSoFar = 0;
  // The budget is claimed only when a retry will really happen: the predicate also runs on the
  // last attempt, whose failure is final whatever it says.
  const policy = retry(
    handleWhen((error) => mayRetry(error, call.idempotent, retriesSoFar, call.options) && call.budget.tryClaimRetry()),
    { maxAttempts: call.options.maxRetries, backoff: createBackoff(call.options) },
  );
  const listener = policy.onRetry((event) => {
    if ('error' in event) call.onRetry?.(describeRetry(event.error, event.attempt, event.delay));
  });
  try {
    return await policy.execute(({ attempt: retries }) => {
      retriesSoFar = retries;
      // The policy's own first try replays the failure of ours, so it decides and waits as if it
      // had made that call itself.
      return retries === 0 ? Promise.reject(firstFailure) : attempt(retries + 1);
    });
  } finally {
    listener.dispose();
  }
}

/** A 429's `Retry-After` (already checked against the cap) wins; otherwise exponential full jitter. */
function createBackoff(options: RetryOptions): DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown> | undefined> {
  const exponential = new ExponentialBackoff({
    generator: fullJitterGenerator,
    initialDelay: options.baseDelayMs,
    maxDelay: options.maxDelayMs,
    exponent: 2,
  });
  return new DelegateBackoff((context, state) => {
    const next = state ? state.next(context) : exponential.next();
    const error = 'error' in context.result ? context.result.error : undefined;
    const retryAfter = error instanceof UpstreamHttpError ? error.retryAfterSeconds : null;
    return { delay: retryAfter === null ? next.duration : retryAfter * 1000, state: next };
  });
}

function describeRetry(error: Error, retryNumber: number, delayMs: number): RetryEvent {
  const http = error instanceof UpstreamHttpError ? error : null;
  return {
    retry: retryNumber,
    delayMs,
    code: error instanceof UpstreamHttpError || error instanceof UpstreamNetworkError ? error.code : ErrorCode.UPSTREAM_UNAVAILABLE,
    status: http?.status ?? null,
    retryAfterSeconds: http?.retryAfterSeconds ?? null,
  };
}
