import type { IncomingMessage, ServerResponse } from 'node:http';

import { context, createContextKey, isSpanContextValid, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';

/** The instrumentation scope of every span this gateway makes. */
export const TRACER_NAME = 'helpdesk-graph';

/** What the GraphQL layer learns about the request's span while Apollo handles it (operationSpanPlugin.ts). */
export interface OperationTrace {
  readonly span: Span;
  /** The first error code the response carried, if any: the span's `error.type`. */
  errorType: string | null;
}

const OPERATION_TRACE = createContextKey('helpdesk-graph graphql operation');

/** The operation span of the request being handled, wherever its execution has got to; undefined when tracing is off. */
export function activeOperationTrace(): OperationTrace | undefined {
  return context.active().getValue(OPERATION_TRACE) as OperationTrace | undefined;
}

/** Named by the semantic conventions for an operation whose type is not known (yet, or ever: a parse error). */
const UNKNOWN_OPERATION = 'GraphQL Operation';

/**
 * Handles one /graphql request inside a SERVER span that continues the client's W3C trace context
 * (`traceparent`), and makes that span the active context for everything the request does: Apollo's
 * plugins, the resolvers and, through AsyncLocalStorage, the HTTP client's upstream spans, which
 * become its children. The plugin names the span once Apollo knows the operation.
 *
 * The span covers the whole request, so requests refused before Apollo sees them (413, invalid JSON,
 * a document over the limits, 401) are traced too, marked as errors by their status.
 */
export async function traceGraphqlRequest(req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void> {
  const parent = propagation.extract(context.active(), req.headers);
  const span = trace.getTracer(TRACER_NAME).startSpan(
    UNKNOWN_OPERATION,
    { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method ?? 'GET' } },
    parent,
  );
  // Tracing off: the no-op tracer hands back an invalid span; skip the context switch entirely.
  if (!isSpanContextValid(span.spanContext())) return handle();
  const operation: OperationTrace = { span, errorType: null };
  try {
    await context.with(trace.setSpan(parent, span).setValue(OPERATION_TRACE, operation), handle);
  } catch (error) {
    operation.errorType ??= error instanceof Error ? error.name : 'Error';
    throw error;
  } finally {
    const status = res.statusCode;
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
    const errorType = operation.errorType ?? (status >= 400 ? String(status) : null);
    if (errorType !== null) {
      span.setAttribute(ATTR_ERROR_TYPE, errorType);
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  }
}
