import { ErrorCode } from '../../errorCodes';
import { ProviderError } from '../providerError';
import type { Redact } from './redactSecrets';
import type { ErrorFieldsReader } from './errorBodyFields';

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
    summary: UpstreamErrorSummary = { code: null, message: '' },
  ) {
    super(code, `${provider} answered HTTP ${status}${summary.message ? `: ${summary.message}` : ''}`, {
      provider,
      upstreamStatus: status,
      ...(summary.code !== null ? { upstreamCode: summary.code } : {}),
      ...(retryAfterSeconds !== null ? { retryAfter: retryAfterSeconds } : {}),
    });
  }
}

/**
 * A successful answer whose body is over UPSTREAM_MAX_BODY_BYTES: refused unread past the limit,
 * and not retried (the same request would bring the same body).
 */
export class UpstreamResponseTooLargeError extends ProviderError {
  constructor(
    readonly provider: string,
    readonly status: number,
    readonly limitBytes: number,
  ) {
    super(
      ErrorCode.UPSTREAM_RESPONSE_TOO_LARGE,
      `${provider} answered with a body over the ${limitBytes}-byte limit (UPSTREAM_MAX_BODY_BYTES); a smaller \`first\` may fit.`,
      { provider, upstreamStatus: status, limitBytes },
    );
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

const MAX_MESSAGE = 200;
const MAX_CODE = 100;

/** What a client is told of an upstream error body: the provider's own code and message, redacted. */
export interface UpstreamErrorSummary {
  readonly code: string | null;
  /** Empty when the body carries no message we know. */
  readonly message: string;
}

/**
 * Reads the provider's error code and message out of an error body (with the provider's own
 * reader: its module's `http.readErrorFields`), removes every secret with
 * `redact` and cuts them short. Only these fields are read: the raw body is never echoed (it can be
 * large, HTML, or carry data we must not leak). Redaction comes before the cut, so a secret cannot
 * survive as a truncated prefix.
 */
export function summariseErrorBody(body: unknown, redact: Redact, readErrorFields: ErrorFieldsReader): UpstreamErrorSummary {
  const fields = readErrorFields(body);
  const code = fields.code === null ? null : clean(fields.code, redact, MAX_CODE);
  const message = fields.message ?? fields.code;
  return { code: code === '' ? null : code, message: message === null ? '' : clean(message, redact, MAX_MESSAGE) };
}

function clean(text: string, redact: Redact, max: number): string {
  const flat = redact(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
