import { Pool } from 'undici';

import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';
import type { JsonValue } from '../types';
import {
  classifyNetworkError,
  classifyStatus,
  parseRetryAfter,
  summariseErrorBody,
  UpstreamHttpError,
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
}

/** One finished upstream call, reported to the request's observer (accounting, metrics, logs). */
export interface UpstreamCall {
  readonly provider: string;
  readonly endpoint: string;
  readonly status: number | null;
  readonly durationMs: number;
  readonly headers: Readonly<Record<string, string>>;
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
}

export interface HttpClient {
  /** A view of this client that reports every call to `observer` (one per GraphQL request). */
  bind(observer: UpstreamObserver): UpstreamHttp;
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
  const send = async (request: UpstreamRequest, observer: UpstreamObserver): Promise<unknown> => {
    if (!request.path.startsWith('/') || request.path.startsWith('//')) {
      throw new TypeError(`Upstream paths must be absolute paths, not URLs: ${request.endpoint}`);
    }
    const started = performance.now();
    const report = (status: number | null, headers: Record<string, string>) =>
      observer({ provider: options.provider, endpoint: request.endpoint, status, durationMs: performance.now() - started, headers });
    let response: Awaited<ReturnType<Pool['request']>>;
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
        signal: AbortSignal.timeout(options.requestTimeoutMs),
      });
    } catch (error) {
      report(null, {});
      const kind = classifyNetworkError(error);
      throw new ProviderError(kind.code, `${options.provider} could not be reached (${describeNetworkError(error)}).`, {
        provider: options.provider,
      });
    }
    const headers = flattenHeaders(response.headers);
    const text = await response.body.text();
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
  return {
    bind: (observer) => ({ requestJson: (request) => send(request, observer) }),
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
  if (typeof error === 'object' && error !== null && 'code' in error) return String(error.code);
  return 'network error';
}
