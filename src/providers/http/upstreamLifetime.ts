import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';

/**
 * How long one GraphQL request's upstream work may run, as its HTTP views see it. The gateway aborts
 * the signals (src/requestLifetime.ts); every attempt and every retry wait listens to one of them,
 * and a call is refused before it is sent once its signal is aborted.
 */
export interface UpstreamLifetime {
  /**
   * The request's own calls: aborted when its response is built (nothing can use a late answer, and
   * a retry sent then would be missing from `extensions.upstreamCalls`), when the client goes away,
   * at the request's deadline and at shutdown.
   */
  readonly signal: AbortSignal;
  /**
   * Read-ahead for the client's next request (PREFETCH_PAGES): it outlives a delivered response,
   * bounded by PREFETCH_DEPTH, but stops when the client goes away before its response is
   * delivered, at the deadline and at shutdown.
   */
  readonly readAheadSignal: AbortSignal;
  /** Told of every call (all its attempts and waits) as it starts; `call` settles when the call does. */
  track(call: Promise<unknown>, readAhead: boolean): void;
}

/** A signal nothing aborts. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;

/** For clients bound outside a GraphQL request (tests, scripts): nothing ever aborts. */
export const UNBOUNDED_LIFETIME: UpstreamLifetime = { signal: NEVER_ABORTED, readAheadSignal: NEVER_ABORTED, track: () => undefined };

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
