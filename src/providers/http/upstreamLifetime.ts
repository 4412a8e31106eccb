import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';

/**
 * How long one GraphQL request's upstream work may run, as its HTTP views see it. The gateway aborts
 * the signals (src/requestLifetime.ts); every attempt and every retry wait listens to the signal of
 * its call, and nothing is sent once that signal is aborted.
 *
 * A call's signal is one of two. The request's own calls stop when its response is built (nothing
 * can use a late answer, and a retry sent then would be missing from `extensions.upstreamCalls`),
 * when the client goes away, at the deadline and at shutdown. Read-ahead for the client's next
 * request (PREFETCH_PAGES) outlives a delivered response, bounded by PREFETCH_DEPTH, but stops when
 * the client goes away before its response was delivered, at the deadline and at shutdown.
 */
export interface UpstreamLifetime {
  /** A call (all its attempts and waits) starts: the signal that stops it. Counted until {@link callSettled}. */
  startCall(readAhead: boolean): AbortSignal;
  /** A call started with the same `readAhead` has settled. */
  callSettled(readAhead: boolean): void;
}

/** A signal nothing aborts. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;

/** For clients bound outside a GraphQL request (tests, scripts): nothing ever aborts. */
export const UNBOUNDED_LIFETIME: UpstreamLifetime = { startCall: () => NEVER_ABORTED, callSettled: () => undefined };

/**
 * What a call stopped by `signal` fails with: the gateway aborts with a coded ProviderError
 * (REQUEST_TIMEOUT, REQUEST_ABORTED), which is passed on as it is, so a field says why it stopped.
 */
export function abortedCallError(signal: AbortSignal): ProviderError {
  const reason: unknown = signal.reason;
  if (reason instanceof ProviderError) return reason;
  return new ProviderError(ErrorCode.REQUEST_ABORTED, 'This request was stopped before its upstream calls finished.');
}

/** Throws {@link abortedCallError} when `signal` is aborted: checked before every attempt is sent. */
export function throwIfStopped(signal: AbortSignal): void {
  if (signal.aborted) throw abortedCallError(signal);
}

/**
 * Waits `ms`, or rejects with {@link abortedCallError} as soon as `signal` aborts; the timer does not
 * outlive an abort.
 */
export function waitUnlessStopped(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortedCallError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedCallError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** What an attempt over UPSTREAM_TIMEOUT_MS is aborted with: named as AbortSignal.timeout's reason, which upstreamFailure.ts classifies by name. */
class AttemptTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** The signal of one attempt, and what to call once the attempt is over. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  release(): void;
}

/**
 * One attempt's signal: aborted when `stop` is (its request ended, with its reason) or after
 * `timeoutMs` (UPSTREAM_TIMEOUT_MS, with a `TimeoutError`). Made by hand: `AbortSignal.any([stop, AbortSignal.timeout(ms)])`
 * cost ~30 µs per attempt on Node 20 (AbortSignal.timeout alone ~5 µs), a controller, a timer and a
 * listener well under 1 µs.
 */
export function attemptSignal(stop: AbortSignal, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  if (stop.aborted) {
    controller.abort(stop.reason);
    return { signal: controller.signal, release: () => undefined };
  }
  const onStop = (): void => controller.abort(stop.reason);
  const timer = setTimeout(() => controller.abort(new AttemptTimeoutError(`no answer within ${timeoutMs} ms`)), timeoutMs);
  // Like AbortSignal.timeout's: an attempt in flight holds its socket, which keeps the process up.
  timer.unref();
  stop.addEventListener('abort', onStop, { once: true });
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
    },
  };
}
