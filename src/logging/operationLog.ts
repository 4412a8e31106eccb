import type { ServerResponse } from 'node:http';

import type { GraphQLFormattedError, OperationTypeNode } from 'graphql';

import { ErrorCode } from '../errorCodes';
import type { Logger } from '../logger';
import type { GatewayMetrics } from '../metrics/gatewayMetrics';
import { summariseUpstreamCalls } from '../metrics/upstreamCallSummary';
import type { UpstreamCall } from '../providers/http/httpClient';
import { OUTAGE_CODES, type OutageWarnings, type ProviderFailure } from './outageWarnings';
import { roundMs } from './upstreamCallLog';

/**
 * What one /graphql request's log line and metrics are made of, filled while it is served: by
 * operationLogPlugin from what Apollo resolved and sent, by the server for requests refused before
 * Apollo (body, document limits) or by Apollo's HTTP layer (no plugin runs for those).
 */
export interface OperationRecord {
  operationName: string | null;
  operationType: OperationTypeNode | null;
  /** The errors sent, as formatted; null while unknown (no errors were seen). */
  errors: ReadonlyArray<GraphQLFormattedError> | null;
  /** The request's upstream calls (its context's list), empty when no context was built. */
  upstreamCalls: ReadonlyArray<UpstreamCall>;
}

export function createOperationRecord(): OperationRecord {
  return { operationName: null, operationType: null, errors: null, upstreamCalls: [] };
}

/** Longest operation name written to a log line; names are client-chosen and GraphQL sets no limit. */
const MAX_LOGGED_NAME_LENGTH = 128;

export interface OperationLogDependencies {
  readonly metrics: GatewayMetrics;
  readonly outages: OutageWarnings;
}

/** Who sent a request, as far as logs may say. */
export interface OperationCaller {
  /** The request's logger: a child carrying its requestId. */
  readonly logger: Logger;
  /** The id of the API key it presented (apiKeyAuth.ts), null with GATEWAY_API_KEYS unset. */
  readonly apiKeyId: string | null;
}

export interface OperationLog {
  /**
   * Serves one /graphql request as `serve` does, counted in flight meanwhile, then writes its one
   * info line and its metrics, and reports provider outages among its errors (rate-limited).
   */
  observe(caller: OperationCaller, res: ServerResponse, serve: (record: OperationRecord) => Promise<void>): Promise<void>;
}

export function createOperationLog(deps: OperationLogDependencies): OperationLog {
  return {
    async observe(caller, res, serve) {
      const started = performance.now();
      deps.metrics.startOperation();
      const record = createOperationRecord();
      // A throw is answered 500 by the server's last-resort handler, after this.
      let status: number | null = 500;
      try {
        await serve(record);
        // No headers sent: the client went away before an answer (an aborted upload).
        status = res.headersSent ? res.statusCode : null;
      } catch (error) {
        record.errors = [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }];
        throw error;
      } finally {
        finish(deps, caller, record, status, performance.now() - started);
      }
    },
  };
}

function finish(deps: OperationLogDependencies, caller: OperationCaller, record: OperationRecord, status: number | null, durationMs: number): void {
  const errors = record.errors ?? [];
  const errorCodes = countCodes(errors);
  deps.metrics.observeOperation({ name: record.operationName, type: record.operationType, durationMs, errorCodes });
  const upstream = summariseUpstreamCalls(record.upstreamCalls);
  caller.logger.info(
    {
      operationName: record.operationName === null ? null : record.operationName.slice(0, MAX_LOGGED_NAME_LENGTH),
      operationType: record.operationType,
      status,
      durationMs: roundMs(durationMs),
      errors: errorCodes,
      upstreamCalls: { total: upstream.total, byProvider: upstream.byProvider },
      ...(caller.apiKeyId !== null ? { apiKeyId: caller.apiKeyId } : {}),
    },
    'graphql operation',
  );
  for (const failure of providerFailures(errors)) deps.outages.report(caller.logger, failure);
}

/** `{ BAD_USER_INPUT: 2, UPSTREAM_TIMEOUT: 1 }`: each code once, with how many errors carried it. */
function countCodes(errors: ReadonlyArray<GraphQLFormattedError>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const error of errors) {
    const code = error.extensions?.['code'];
    const key = typeof code === 'string' ? code : 'other';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The first outage-coded failure of each provider among an operation's errors: one report per provider per operation. */
function providerFailures(errors: ReadonlyArray<GraphQLFormattedError>): ProviderFailure[] {
  const byProvider = new Map<string, ProviderFailure>();
  for (const error of errors) {
    const { code, provider, upstreamStatus } = error.extensions ?? {};
    if (typeof code !== 'string' || !OUTAGE_CODES.has(code) || typeof provider !== 'string' || byProvider.has(provider)) continue;
    byProvider.set(provider, { provider, code, upstreamStatus: typeof upstreamStatus === 'number' ? upstreamStatus : undefined });
  }
  return [...byProvider.values()];
}

/**
 * The errors of an error response written by Apollo's HTTP layer (a malformed request, a CSRF
 * refusal), which runs no plugin: `{"errors":[…]}`. Anything else reads as no errors.
 */
export function errorsOfResponseBody(text: string): ReadonlyArray<GraphQLFormattedError> {
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return [];
    return (body.errors as unknown[]).filter((error): error is GraphQLFormattedError => typeof error === 'object' && error !== null);
  } catch {
    return [];
  }
}
