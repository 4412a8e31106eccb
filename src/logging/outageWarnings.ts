import { ErrorCode } from '../errorCodes';
import type { Logger } from '../logger';

/** The failures that say a provider is down or refusing us, rather than that one request was wrong. */
export const OUTAGE_CODES: ReadonlySet<string> = new Set<string>([ErrorCode.UPSTREAM_UNAVAILABLE, ErrorCode.UPSTREAM_TIMEOUT, ErrorCode.UPSTREAM_AUTH_FAILED]);

/** One warning per provider per this interval, however many requests fail meanwhile. */
export const OUTAGE_WARNING_INTERVAL_MS = 60_000;

export interface ProviderFailure {
  readonly provider: string;
  readonly code: string;
  /** The provider's HTTP status, absent when it could not be reached. */
  readonly upstreamStatus?: number | undefined;
}

export interface OutageWarnings {
  /** An operation failed on `failure.provider` with an outage code: warns, unless it warned for that provider within the interval. */
  report(logger: Logger, failure: ProviderFailure): void;
}

export interface OutageWarningOptions {
  readonly intervalMs?: number;
  /** Milliseconds; injected so tests move time without waiting. */
  readonly now?: () => number;
}

/**
 * A provider that is down fails every request that touches it: a warning per request would flood
 * the log at the moment it matters, and none (as before) leaves an outage visible only in metrics.
 * So each provider gets a warning when it starts failing and then at most one per interval, which
 * says how many failed operations it stood for (`suppressed`: those since the previous warning).
 * The state is process-wide and has one entry per provider name (three).
 */
export function createOutageWarnings(options: OutageWarningOptions = {}): OutageWarnings {
  const intervalMs = options.intervalMs ?? OUTAGE_WARNING_INTERVAL_MS;
  const now = options.now ?? (() => Date.now());
  const byProvider = new Map<string, { warnedAt: number; suppressed: number }>();
  return {
    report(logger, failure) {
      const at = now();
      const state = byProvider.get(failure.provider);
      if (state !== undefined && at - state.warnedAt < intervalMs) {
        state.suppressed += 1;
        return;
      }
      logger.warn(
        { provider: failure.provider, code: failure.code, upstreamStatus: failure.upstreamStatus, suppressed: state?.suppressed ?? 0, intervalMs },
        'upstream provider failing',
      );
      byProvider.set(failure.provider, { warnedAt: at, suppressed: 0 });
    },
  };
}
