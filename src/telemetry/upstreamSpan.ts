import { context, isSpanContextValid, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
} from '@opentelemetry/semantic-conventions';

import { TRACER_NAME } from './operationSpan';
import { ATTR_SERVER_SERVICE_NAME, ATTR_URL_TEMPLATE } from './spanAttributes';

/** One try of one provider call, described by what is safe to record: no URL, query, body or header. */
export interface UpstreamAttempt {
  readonly provider: string;
  readonly method: string;
  /** The call's counting label, `GET /api/v2/tickets`: method and path template, never ids or tokens. */
  readonly endpoint: string;
  readonly serverAddress: string;
  readonly serverPort: number;
  /** 1 for the first try, 2+ for retries. */
  readonly attempt: number;
}

/** The span of one attempt, as the HTTP client sees it. */
export interface UpstreamSpan {
  /** Headers that carry this span's context to the provider (`traceparent`); empty when tracing is off. */
  readonly headers: Readonly<Record<string, string>>;
  /** The provider answered with this status (before its body is read). */
  responded(status: number): void;
}

const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});
const UNTRACED: UpstreamSpan = { headers: NO_HEADERS, responded: () => {} };

/**
 * Runs one attempt of a provider call in a CLIENT span, a child of the active context (the GraphQL
 * operation's span), named and described by the HTTP client semantic conventions: `GET
 * /api/v2/tickets`, `url.template` and not `url.full` (a query can hold page tokens and search
 * terms), `http.request.resend_count` on retries. The span's context is what `traceparent` sends on,
 * so the provider's own trace continues from this attempt.
 *
 * A failure sets `error.type`: the status for an HTTP error, else the error's code
 * (`UPSTREAM_TIMEOUT`, `UPSTREAM_RESPONSE_TOO_LARGE`), never its message, which quotes the provider.
 */
export async function traceUpstreamAttempt<T>(attempt: UpstreamAttempt, send: (span: UpstreamSpan) => Promise<T>): Promise<T> {
  const parent = context.active();
  const span = trace.getTracer(TRACER_NAME).startSpan(attempt.endpoint, { kind: SpanKind.CLIENT, attributes: attributesOf(attempt) }, parent);
  // Tracing off: the no-op tracer hands back an invalid span, and there is nothing to record or send on.
  if (!isSpanContextValid(span.spanContext())) return send(UNTRACED);
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), headers);
  let status: number | null = null;
  try {
    const result = await send({
      headers,
      responded: (code) => {
        status = code;
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, code);
      },
    });
    if (status !== null && status >= 400) fail(span, String(status));
    return result;
  } catch (error) {
    fail(span, status !== null && status >= 400 ? String(status) : errorCodeOf(error));
    throw error;
  } finally {
    span.end();
  }
}

function attributesOf(attempt: UpstreamAttempt): Record<string, string | number> {
  const space = attempt.endpoint.indexOf(' ');
  return {
    [ATTR_SERVER_SERVICE_NAME]: attempt.provider,
    [ATTR_HTTP_REQUEST_METHOD]: attempt.method,
    [ATTR_URL_TEMPLATE]: space === -1 ? attempt.endpoint : attempt.endpoint.slice(space + 1),
    [ATTR_SERVER_ADDRESS]: attempt.serverAddress,
    [ATTR_SERVER_PORT]: attempt.serverPort,
    // The conventions set it on resends only: absent means a first try.
    ...(attempt.attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: attempt.attempt - 1 } : {}),
  };
}

function fail(span: Span, errorType: string): void {
  span.setAttribute(ATTR_ERROR_TYPE, errorType);
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** The error codes of this codebase (ErrorCode) are a closed, low-cardinality set; anything else is `_OTHER`. */
function errorCodeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return '_OTHER';
}
