import { context, propagation, SpanKind, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

import { ErrorCode } from '../../src/errorCodes';
import { UpstreamNetworkError, UpstreamResponseTooLargeError } from '../../src/providers/http/upstreamFailure';
import { traceUpstreamAttempt, type UpstreamAttempt } from '../../src/telemetry/upstreamSpan';

const ATTEMPT: UpstreamAttempt = {
  provider: 'zendesk',
  method: 'GET',
  endpoint: 'GET /api/v2/tickets/:id/comments',
  serverAddress: 'acme.zendesk.com',
  serverPort: 443,
  attempt: 1,
};

describe('traceUpstreamAttempt with tracing off', () => {
  it('sends no trace headers and records nothing', async () => {
    const seen: Array<Readonly<Record<string, string>>> = [];
    const result = await traceUpstreamAttempt(ATTEMPT, async (span) => {
      seen.push(span.headers);
      span.responded(200);
      return 'body';
    });
    expect(result).toBe('body');
    expect(seen).toEqual([{}]);
  });
});

describe('traceUpstreamAttempt with tracing on', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

  beforeAll(() => provider.register({ propagator: new W3CTraceContextPropagator() }));
  afterEach(() => exporter.reset());
  afterAll(async () => {
    trace.disable();
    context.disable();
    propagation.disable();
    await provider.shutdown();
  });

  /** Runs `body` inside an active parent span, as the operation span is during a request. */
  async function underParent<T>(body: () => Promise<T>, flags = TraceFlags.SAMPLED): Promise<{ result: T; parentSpanId: string; traceId: string }> {
    const parent = trace.getTracer('test').startSpan('parent');
    const parentContext = trace.setSpanContext(context.active(), { ...parent.spanContext(), traceFlags: flags });
    const result = await context.with(parentContext, body);
    parent.end();
    return { result, parentSpanId: parent.spanContext().spanId, traceId: parent.spanContext().traceId };
  }

  it('makes a CLIENT child of the active span and sends its context as traceparent', async () => {
    let headers: Readonly<Record<string, string>> = {};
    const { parentSpanId, traceId } = await underParent(() =>
      traceUpstreamAttempt({ ...ATTEMPT, attempt: 3 }, async (span) => {
        headers = span.headers;
        span.responded(200);
      }),
    );
    const [span] = exporter.getFinishedSpans().filter((finished) => finished.name !== 'parent');
    expect(span).toBeDefined();
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.name).toBe('GET /api/v2/tickets/:id/comments');
    expect(span?.parentSpanContext?.spanId).toBe(parentSpanId);
    expect(span?.spanContext().traceId).toBe(traceId);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes).toEqual({
      'server.service.name': 'zendesk',
      'http.request.method': 'GET',
      'url.template': '/api/v2/tickets/:id/comments',
      'server.address': 'acme.zendesk.com',
      'server.port': 443,
      'http.request.resend_count': 2,
      'http.response.status_code': 200,
    });
    expect(headers).toEqual({ traceparent: `00-${traceId}-${span?.spanContext().spanId}-01` });
  });

  it('marks a network failure with its code, never its message', async () => {
    const failure = new UpstreamNetworkError('zendesk', true, ErrorCode.UPSTREAM_UNAVAILABLE, 'ECONNREFUSED');
    await expect(underParent(() => traceUpstreamAttempt(ATTEMPT, async () => Promise.reject(failure)))).rejects.toBe(failure);
    const [span] = exporter.getFinishedSpans().filter((finished) => finished.name !== 'parent');
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(span?.attributes['error.type']).toBe('UPSTREAM_UNAVAILABLE');
    expect(span?.attributes).not.toHaveProperty('http.response.status_code');
  });

  it('marks a 200 whose body could not be used with the error code, keeping the status', async () => {
    const failure = new UpstreamResponseTooLargeError('zendesk', 200, 1024);
    await expect(
      underParent(() =>
        traceUpstreamAttempt(ATTEMPT, async (span) => {
          span.responded(200);
          throw failure;
        }),
      ),
    ).rejects.toBe(failure);
    const [span] = exporter.getFinishedSpans().filter((finished) => finished.name !== 'parent');
    expect(span?.attributes).toMatchObject({ 'http.response.status_code': 200, 'error.type': 'UPSTREAM_RESPONSE_TOO_LARGE' });
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });

  it('marks an HTTP error status by its number', async () => {
    await expect(
      underParent(() =>
        traceUpstreamAttempt(ATTEMPT, async (span) => {
          span.responded(503);
          throw new Error('zendesk answered HTTP 503');
        }),
      ),
    ).rejects.toThrow('503');
    const [span] = exporter.getFinishedSpans().filter((finished) => finished.name !== 'parent');
    expect(span?.attributes).toMatchObject({ 'http.response.status_code': 503, 'error.type': '503' });
  });

  it('in a trace the client chose not to sample: passes the context on unsampled, records nothing', async () => {
    let headers: Readonly<Record<string, string>> = {};
    const { traceId } = await underParent(
      () =>
        traceUpstreamAttempt(ATTEMPT, async (span) => {
          headers = span.headers;
        }),
      TraceFlags.NONE,
    );
    expect(exporter.getFinishedSpans().filter((finished) => finished.name !== 'parent')).toEqual([]);
    expect(headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-00$`));
  });
});
