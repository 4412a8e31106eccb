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
import { abortedCallError, NEVER_ABORTED, throwIfStopped, waitUnlessStopped } from './upstreamLifetime';

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
  /** The request's lifetime: once aborted, no attempt is started and a retry wait ends at once. */
  readonly signal?: AbortSignal | undefined;
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
 * Runs `attempt` under cockatiel's retry policy: the library owns the loop and the exponential
 * full-jitter backoff; we supply the predicate, the per-request budget, the `Retry-After` override
 * and the wait itself. `attempt` receives the attempt number (1 = first try).
 *
 * The wait is ours because it must end with the request: cockatiel 3.2's `execute(fn, signal)`
 * checks the signal only between attempts and sleeps through an abort (a 10 s `Retry-After` would
 * hold the call, and then send, after its request was gone). So the backoff hands cockatiel a zero
 * delay and the attempt function waits the real one, abortably, before each retry.
 *
 * The first try runs outside the policy, which is only built once it failed: building a policy
 * per upstream call cost ~3% of the gateway's CPU under load (bench/), and most calls succeed.
 */
export async function executeWithRetry<T>(call: RetryableCall, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
  const signal = call.signal ?? NEVER_ABORTED;
  throwIfStopped(signal);
  if (!call.idempotent || call.options.maxRetries === 0) return attempt(1);
  let firstFailure: unknown;
  try {
    return await attempt(1);
  } catch (error) {
    if (!mayRetry(error, call.idempotent, 0, call.options) || signal.aborted) throw stoppedOr(error, signal);
    firstFailure = error;
  }
  let retriesSoFar = 0;
  let delayMs = 0;
  // The budget is claimed only when a retry will really happen: the predicate also runs on the
  // last attempt, whose failure is final whatever it says.
  const policy = retry(
    handleWhen((error) => !signal.aborted && mayRetry(error, call.idempotent, retriesSoFar, call.options) && call.budget.tryClaimRetry()),
    { maxAttempts: call.options.maxRetries, backoff: createBackoff(call.options, (ms) => (delayMs = ms)) },
  );
  const listener = policy.onRetry((event) => {
    if ('error' in event) call.onRetry?.(describeRetry(event.error, event.attempt, delayMs));
  });
  try {
    return await policy.execute(async ({ attempt: retries }) => {
      retriesSoFar = retries;
      // The policy's own first try replays the failure of ours, so it decides as if it had made
      // that call itself.
      if (retries === 0) throw firstFailure;
      await waitUnlessStopped(delayMs, signal);
      return attempt(retries + 1);
    });
  } catch (error) {
    throw stoppedOr(error, signal);
  } finally {
    listener.dispose();
  }
}

/** A call whose request was stopped fails with the reason it was stopped, whatever its last attempt said. */
function stoppedOr(error: unknown, signal: AbortSignal): unknown {
  return signal.aborted ? abortedCallError(signal) : error;
}

/**
 * A 429's `Retry-After` (already checked against the cap) wins; otherwise exponential full jitter.
 * The delay goes to `wait` and cockatiel is told zero (see executeWithRetry).
 */
function createBackoff(
  options: RetryOptions,
  wait: (delayMs: number) => void,
): DelegateBackoff<IRetryBackoffContext<unknown>, IBackoff<unknown> | undefined> {
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
    wait(retryAfter === null ? next.duration : retryAfter * 1000);
    return { delay: 0, state: next };
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
