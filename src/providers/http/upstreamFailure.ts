import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';

/**
 * How each upstream outcome is classified, as a table rather than scattered `if`s (Airbyte's
 * DEFAULT_ERROR_MAPPING, tap-zendesk's ERROR_CODE_EXCEPTION_MAPPING). `retryable` is for the retry
 * layer: only rate limits and transient server/network failures are worth another try.
 */
interface Classification {
  readonly code: ErrorCode;
  readonly retryable: boolean;
}

export function classifyStatus(status: number): Classification {
  if (status === 401 || status === 403) return { code: ErrorCode.UPSTREAM_AUTH_FAILED, retryable: false };
  if (status === 429) return { code: ErrorCode.UPSTREAM_RATE_LIMITED, retryable: true };
  if (status === 502 || status === 503 || status === 504) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: true };
  if (status >= 500) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: false };
  return { code: ErrorCode.UPSTREAM_ERROR, retryable: false };
}

/** undici error codes for a network failure, by what they mean to a client. */
const NETWORK_ERRORS: Readonly<Record<string, Classification>> = {
  UND_ERR_CONNECT_TIMEOUT: { code: ErrorCode.UPSTREAM_TIMEOUT, retryable: true },
  UND_ERR_HEADERS_TIMEOUT: { code: ErrorCode.UPSTREAM_TIMEOUT, retryable: true },
  UND_ERR_BODY_TIMEOUT: { code: ErrorCode.UPSTREAM_TIMEOUT, retryable: true },
  UND_ERR_ABORTED: { code: ErrorCode.UPSTREAM_TIMEOUT, retryable: false },
  UND_ERR_SOCKET: { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: true },
  ECONNRESET: { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: true },
  ECONNREFUSED: { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: true },
  EPIPE: { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: true },
};

/**
 * Errors recognised by name rather than code. `TimeoutError` is what an attempt's total timeout
 * (`attemptSignal` in upstreamLifetime.ts) rejects with; it is not retried, because the whole time allowed for the
 * call is already spent and a retry would hold the GraphQL request at least as long again.
 */
const NAMED_ERRORS: Readonly<Record<string, Classification>> = {
  TimeoutError: { code: ErrorCode.UPSTREAM_TIMEOUT, retryable: false },
};

export function classifyNetworkError(error: unknown): Classification {
  if (typeof error !== 'object' || error === null) return { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: false };
  const code = 'code' in error ? String(error.code) : '';
  const name = 'name' in error ? String(error.name) : '';
  return NETWORK_ERRORS[code] ?? NAMED_ERRORS[name] ?? { code: ErrorCode.UPSTREAM_UNAVAILABLE, retryable: false };
}

/** A call failed before any HTTP status: refused, reset, dropped or timed out. */
export class UpstreamNetworkError extends ProviderError {
  constructor(
    readonly provider: string,
    readonly retryable: boolean,
    code: ErrorCode,
    reason: string,
  ) {
    super(code, `${provider} could not be reached (${reason}).`, { provider });
  }
}

/** An upstream answered with a non-2xx status. `status` lets a lookup turn 404 into `null`. */
export class UpstreamHttpError extends ProviderError {
  constructor(
    readonly provider: string,
    readonly status: number,
    readonly retryable: boolean,
    readonly retryAfterSeconds: number | null,
    code: ErrorCode,
    summary: string,
  ) {
    super(code, `${provider} answered HTTP ${status}${summary ? `: ${summary}` : ''}`, {
      provider,
      upstreamStatus: status,
      ...(retryAfterSeconds !== null ? { retryAfter: retryAfterSeconds } : {}),
    });
  }
}

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | null {
  if (header === undefined || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

const MAX_SUMMARY = 200;

/**
 * A one-line summary of an upstream error body: only the providers' own message fields, cut
 * short. The raw body is never echoed (it can be large, HTML, or carry data we must not leak).
 */
export function summariseErrorBody(body: unknown): string {
  const message = pickMessage(body);
  if (message === null) return '';
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SUMMARY ? `${flat.slice(0, MAX_SUMMARY)}…` : flat;
}

function pickMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  // Zendesk {error, description} or {errors:[{title}]}; Intercom {errors:[{message}]}; Front {_error:{message}}.
  if (typeof record.description === 'string') return record.description;
  if (typeof record.error === 'string') return record.error;
  const nested = record._error;
  if (typeof nested === 'object' && nested !== null && typeof (nested as Record<string, unknown>).message === 'string') {
    return (nested as Record<string, string>).message ?? null;
  }
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const first = record.errors[0] as Record<string, unknown>;
    for (const key of ['message', 'title', 'detail']) if (typeof first[key] === 'string') return first[key] as string;
  }
  return null;
}
