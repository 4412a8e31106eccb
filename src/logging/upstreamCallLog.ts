import type { Logger } from '../logger';
import type { UpstreamCall } from '../providers/http/httpClient';
import type { RetryEvent } from '../providers/http/retryPolicy';

/**
 * One debug line per upstream attempt, on the request's logger: provider, endpoint template
 * (`GET /api/v2/tickets/:id/comments`), status (null: no response), duration and attempt. Never the
 * URL (its query holds search terms and page tokens) nor a header.
 */
export function logUpstreamCall(logger: Logger, call: UpstreamCall): void {
  if (!logger.isLevelEnabled('debug')) return;
  logger.debug(
    { provider: call.provider, endpoint: call.endpoint, status: call.status, durationMs: roundMs(call.durationMs), attempt: call.attempt ?? 1 },
    'upstream call',
  );
}

/** A retry about to be waited for: what failed and how long we wait, nothing from the request. */
export function logUpstreamRetry(logger: Logger, event: RetryEvent & { readonly provider: string; readonly endpoint: string }): void {
  logger.debug(
    { provider: event.provider, endpoint: event.endpoint, retry: event.retry, delayMs: Math.round(event.delayMs), code: event.code, status: event.status, retryAfterSeconds: event.retryAfterSeconds },
    'retrying upstream call',
  );
}

export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
