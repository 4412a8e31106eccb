import { Pool } from 'undici';

import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';
import type { JsonValue } from '../types';
import { DEFAULT_RETRY_OPTIONS, executeWithRetry, type RetryEvent, type RetryOptions } from './retryPolicy';
import { createUpstreamBudget, type UpstreamBudget } from './upstreamBudget';
import { abortedCallError, attemptSignal, throwIfStopped, UNBOUNDED_LIFETIME, type UpstreamLifetime } from './upstreamLifetime';
import {
  classifyNetworkError,
  classifyStatus,
  parseRetryAfter,
  summariseErrorBody,
  UpstreamHttpError,
  UpstreamNetworkError,
} from './upstreamFailure';

export type QueryValue = string | number | boolean | ReadonlyArray<string | number> | null | undefined;

export interface UpstreamRequest {
  readonly method: 'GET' | 'POST';
  /** Path under the configured base URL, e.g. `/api/v2/tickets.json`. Never a full URL. */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: JsonValue;
  /** A low-cardinality label for counting (`GET /api/v2/tickets`), never ids or tokens. */
  readonly endpoint: string;
  /**
   * Safe to send twice, so it may be retried. GETs always are; set it on POSTs that only read
   * (Intercom's searches and `POST /companies/list`). Anything else is sent exactly once.
   */
  readonly idempotent?: boolean;
  /**
   * Read for a later request of the client's traversal (PREFETCH_PAGES): runs under the lifetime's
   * read-ahead signal (UpstreamLifetime), so it outlives this request's response.
   */
  readonly readAhead?: boolean | undefined;
}

/** One finished upstream call, reported to the request's observer (accounting, metrics, logs). */
export interface UpstreamCall {
  readonly provider: string;
  readonly endpoint: string;
  readonly status: number | null;
  readonly durationMs: number;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for a call's first try, 2+ for its retries (each retry is reported as a call of its own). */
  readonly attempt?: number;
  /** Stopped by the gateway because its request ended (disconnect, deadline, shutdown, response sent): no provider failure. */
  readonly aborted?: boolean;
}

export type UpstreamObserver = (call: UpstreamCall) => void;

/** The provider-facing client for one request: what paginators call. */
export interface UpstreamHttp {
  requestJson(request: UpstreamRequest): Promise<unknown>;
}

export interface HttpClientOptions {
  readonly provider: string;
  readonly baseUrl: string;
  /** Sent on every call (auth, version). Never logged. */
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly connections: number;
  /** Defaults to {@link DEFAULT_RETRY_OPTIONS}. */
  readonly retry?: RetryOptions | undefined;
  /** Told of every retry before its wait (logs, tests). Must not throw. */
  readonly onRetry?: ((event: RetryEvent & { readonly provider: string; readonly endpoint: string }) => void) | undefined;
}

export interface HttpClient {
  /**
   * A view of this client for one GraphQL request: every attempt is reported to `observer`, calls
   * and retries are drawn from `budget` (shared by all providers of the request; unlimited when
   * omitted), and `lifetime` stops them (never, when omitted).
   */
  bind(observer: UpstreamObserver, budget?: UpstreamBudget, lifetime?: UpstreamLifetime): UpstreamHttp;
  close(): Promise<void>;
}

/**
 * One keep-alive undici pool per provider, shared by all requests. Requests only ever go to the
 * configured origin: paths are joined to the base URL's path and a full URL is refused, so no
 * response (Front's `_pagination.next`, Zendesk's `links.next`) can steer us to another host.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const pool = new Pool(base.origin, {
    connections: options.connections,
    connectTimeout: options.connectTimeoutMs,
    headersTimeout: options.requestTimeoutMs,
    bodyTimeout: options.requestTimeoutMs,
    keepAliveTimeout: 10_000,
  });
  const retryOptions = options.retry ?? DEFAULT_RETRY_OPTIONS;
  const sendOnce = async (request: UpstreamRequest, observer: UpstreamObserver, attempt: number, stop: AbortSignal): Promise<unknown> => {
    const started = performance.now();
    const report = (status: number | null, headers: Record<string, string>, aborted = false) =>
      observer({ provider: options.provider, endpoint: request.endpoint, status, durationMs: performance.now() - started, headers, attempt, aborted });
    let response: Awaited<ReturnType<Pool['request']>>;
    let text: string;
    const attemptStop = attemptSignal(stop, options.requestTimeoutMs);
    try {
      response = await pool.request({
        method: request.method,
        path: `${prefix}${request.path}${toQueryString(request.query)}`,
        headers: {
          accept: 'application/json',
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        signal: attemptStop.signal,
      });
      // Inside the try: a connection dropped mid-body is a network failure like any other.
      text = await response.body.text();
    } catch (error) {
      // The request ended: a failure of ours, not the provider's, and never worth a retry.
      if (stop.aborted) {
        report(null, {}, true);
        throw abortedCallError(stop);
      }
      report(null, {});
      const kind = classifyNetworkError(error);
      throw new UpstreamNetworkError(options.provider, kind.retryable, kind.code, describeNetworkError(error));
    } finally {
      attemptStop.release();
    }
    const headers = flattenHeaders(response.headers);
    report(response.statusCode, headers);
    const body = parseJson(text);
    if (response.statusCode >= 200 && response.statusCode < 300) {
      if (body === undefined) {
        throw new ProviderError(ErrorCode.UPSTREAM_ERROR, `${options.provider} answered with a body that is not JSON.`, { provider: options.provider });
      }
      return body;
    }
    const kind = classifyStatus(response.statusCode);
    throw new UpstreamHttpError(
      options.provider,
      response.statusCode,
      kind.retryable,
      parseRetryAfter(headers['retry-after']),
      kind.code,
      summariseErrorBody(body),
    );
  };
  const send = async (request: UpstreamRequest, observer: UpstreamObserver, budget: UpstreamBudget, stop: AbortSignal): Promise<unknown> => {
    if (!request.path.startsWith('/') || request.path.startsWith('//')) {
      throw new TypeError(`Upstream paths must be absolute paths, not URLs: ${request.endpoint}`);
    }
    const call = {
      idempotent: request.method === 'GET' || request.idempotent === true,
      budget,
      options: retryOptions,
      onRetry: (event: RetryEvent) => options.onRetry?.({ ...event, provider: options.provider, endpoint: request.endpoint }),
      signal: stop,
    };
    return executeWithRetry(call, (attempt) => {
      // Nothing is sent for a request that has ended; every attempt counts against the request's
      // cap, retries included: each is a real upstream call.
      throwIfStopped(stop);
      budget.claimCall(options.provider);
      return sendOnce(request, observer, attempt, stop);
    });
  };
  return {
    bind: (observer, budget = createUpstreamBudget(), lifetime = UNBOUNDED_LIFETIME) => ({
      requestJson(request) {
        const readAhead = request.readAhead === true;
        const call = send(request, observer, budget, lifetime.startCall(readAhead));
        const settled = (): void => lifetime.callSettled(readAhead);
        call.then(settled, settled);
        return call;
      },
    }),
    close: () => pool.close(),
  };
}

function toQueryString(query: UpstreamRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) flat[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function parseJson(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown): string {
  // The attempt's own timeout (upstreamLifetime.ts); its name, not a numeric `code`, says what it is.
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return 'network error';
}
