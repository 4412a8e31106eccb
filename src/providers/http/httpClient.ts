import { Pool } from 'undici';

import { ErrorCode } from '../../errorCodes';
import { traceUpstreamAttempt, type UpstreamSpan } from '../../telemetry/upstreamSpan';
import { ProviderError } from '../providerError';
import type { JsonValue } from '../types';
import type { ErrorFieldsReader } from './errorBodyFields';
import { type BodyRead, DEFAULT_MAX_BODY_BYTES, MAX_ERROR_BODY_BYTES, readBodyWithin } from './readBody';
import type { RateBudget } from './rateLimit/rateBudget';
import { createRedactor, secretsOfHeaders } from './redactSecrets';
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
  UpstreamResponseTooLargeError,
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

/** A provider's answer with the response headers a paginator may page by (a `Link` header). */
export interface UpstreamResponse {
  readonly body: unknown;
  /** Lower-case names; a repeated header's values joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
}

/** The provider-facing client for one request: what paginators call. */
export interface UpstreamHttp {
  /** The JSON body of a 2xx answer; any other outcome throws a coded error. */
  requestJson(request: UpstreamRequest): Promise<unknown>;
  /** The same call, with the response headers (providers that page by `Link` headers). */
  requestResponse(request: UpstreamRequest): Promise<UpstreamResponse>;
}

export interface HttpClientOptions {
  readonly provider: string;
  readonly baseUrl: string;
  /** Sent on every call (auth, version). Never logged; their credentials are redacted from upstream error text. */
  readonly headers: Readonly<Record<string, string>>;
  /** The provider's error body shapes (its module's `http.readErrorFields`). */
  readonly readErrorFields: ErrorFieldsReader;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly connections: number;
  /** Largest body read from the provider (UPSTREAM_MAX_BODY_BYTES); defaults to {@link DEFAULT_MAX_BODY_BYTES}. */
  readonly maxBodyBytes?: number | undefined;
  /** Defaults to {@link DEFAULT_RETRY_OPTIONS}. */
  readonly retry?: RetryOptions | undefined;
  /** Told of every retry before its wait (tests; logs use the per-request {@link BindOptions.onRetry}). Must not throw. */
  readonly onRetry?: RetryListener | undefined;
  /**
   * The provider account's rate budget (issue 23): every attempt, retries included, waits its turn
   * in it before it is sent, and every answer's rate-limit headers are fed back. None: unlimited.
   */
  readonly rateBudget?: RateBudget | undefined;
}

/** A retry about to be waited for, with the call it repeats. */
export type RetryListener = (event: RetryEvent & { readonly provider: string; readonly endpoint: string }) => void;

/** What one request's view of a client reports besides its calls. */
export interface BindOptions {
  /** Told of each retry of this request's calls before its wait (the request's log). Must not throw. */
  readonly onRetry?: RetryListener | undefined;
  /** Stops this request's calls and retry waits (disconnect, deadline, shutdown); never, when omitted. */
  readonly lifetime?: UpstreamLifetime | undefined;
}

export interface HttpClient {
  /**
   * A view of this client for one GraphQL request: every attempt is reported to `observer`, calls
   * and retries are drawn from `budget` (shared by all providers of the request; unlimited when
   * omitted), and `lifetime` stops them (never, when omitted).
   */
  bind(observer: UpstreamObserver, budget?: UpstreamBudget, bindOptions?: BindOptions): UpstreamHttp;
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
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Built once from the headers we send, so every error summary is redacted without a provider's help.
  const redact = createRedactor(secretsOfHeaders(options.headers));
  // For upstream spans: where calls go, as the HTTP semantic conventions describe a server.
  const serverAddress = base.hostname.replace(/^\[(.*)\]$/, '$1');
  const serverPort = Number(base.port) || (base.protocol === 'https:' ? 443 : 80);
  const sendOnce = async (request: UpstreamRequest, observer: UpstreamObserver, attempt: number, span: UpstreamSpan, stop: AbortSignal): Promise<UpstreamResponse> => {
    const started = performance.now();
    const report = (status: number | null, headers: Record<string, string>, aborted = false) => {
      if (status !== null) span.responded(status);
      observer({ provider: options.provider, endpoint: request.endpoint, status, durationMs: performance.now() - started, headers, attempt, aborted });
    };
    let response: Awaited<ReturnType<Pool['request']>>;
    let read: BodyRead;
    const attemptStop = attemptSignal(stop, options.requestTimeoutMs);
    try {
      response = await pool.request({
        method: request.method,
        path: `${prefix}${request.path}${toQueryString(request.query)}`,
        headers: {
          accept: 'application/json',
          ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
          // traceparent: the provider's trace continues from this attempt's span (tracing on only).
          ...span.headers,
          ...options.headers,
        },
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        signal: attemptStop.signal,
      });
      // Inside the try: a connection dropped mid-body is a network failure like any other.
      const succeeded = response.statusCode >= 200 && response.statusCode < 300;
      read = await readBodyWithin(response.body, response.headers['content-length'], succeeded ? maxBodyBytes : Math.min(maxBodyBytes, MAX_ERROR_BODY_BYTES));
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
    options.rateBudget?.observe(response.statusCode, headers);
    report(response.statusCode, headers);
    const body = read.complete ? parseJson(read.text) : undefined;
    if (response.statusCode >= 200 && response.statusCode < 300) {
      if (!read.complete) throw new UpstreamResponseTooLargeError(options.provider, response.statusCode, read.limitBytes);
      if (body === undefined) {
        throw new ProviderError(ErrorCode.UPSTREAM_ERROR, `${options.provider} answered with a body that is not JSON.`, { provider: options.provider });
      }
      return { body, headers };
    }
    const kind = classifyStatus(response.statusCode);
    throw new UpstreamHttpError(
      options.provider,
      response.statusCode,
      kind.retryable,
      parseRetryAfter(headers['retry-after']),
      kind.code,
      summariseErrorBody(body, redact, options.readErrorFields),
    );
  };
  const { rateBudget } = options;
  const send = async (
    request: UpstreamRequest,
    observer: UpstreamObserver,
    budget: UpstreamBudget,
    onRetry: BindOptions['onRetry'],
    stop: AbortSignal,
    requester: object,
  ): Promise<UpstreamResponse> => {
    if (!request.path.startsWith('/') || request.path.startsWith('//')) {
      throw new TypeError(`Upstream paths must be absolute paths, not URLs: ${request.endpoint}`);
    }
    const call = {
      idempotent: request.method === 'GET' || request.idempotent === true,
      budget,
      options: retryOptions,
      onRetry: (event: RetryEvent) => {
        const described = { ...event, provider: options.provider, endpoint: request.endpoint };
        options.onRetry?.(described);
        onRetry?.(described);
      },
      signal: stop,
    };
    const attemptOnce = (attempt: number): Promise<UpstreamResponse> => {
      // Nothing is sent for a request that has ended; every attempt counts against the request's
      // cap, retries included: each is a real upstream call.
      throwIfStopped(stop);
      budget.claimCall(options.provider);
      const target = { provider: options.provider, method: request.method, endpoint: request.endpoint, serverAddress, serverPort, attempt };
      return traceUpstreamAttempt(target, (span) => sendOnce(request, observer, attempt, span, stop));
    };
    if (!rateBudget) return executeWithRetry(call, attemptOnce);
    // Each attempt waits its turn in the account's budget first (a retry too: it is another call
    // the provider counts). A turn too far away fails the call here, with nothing sent.
    return executeWithRetry(call, async (attempt) => {
      await rateBudget.acquire(requester, stop);
      return attemptOnce(attempt);
    });
  };
  return {
    bind: (observer, budget = createUpstreamBudget(), { onRetry, lifetime = UNBOUNDED_LIFETIME } = {}) => {
      // One view is one GraphQL request: the unit the rate budget's turns go round (fair share).
      const requester = {};
      const requestResponse = (request: UpstreamRequest): Promise<UpstreamResponse> => {
        const readAhead = request.readAhead === true;
        const call = send(request, observer, budget, onRetry, lifetime.startCall(readAhead), requester);
        const settled = (): void => lifetime.callSettled(readAhead);
        call.then(settled, settled);
        return call;
      };
      return { requestResponse, requestJson: async (request) => (await requestResponse(request)).body };
    },
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
