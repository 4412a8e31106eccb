import type { IncomingMessage, ServerResponse } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

import { traceGraphqlRequest } from '../../src/telemetry/operationSpan';
import { createOperationSpanPlugin } from '../../src/telemetry/operationSpanPlugin';

interface TestContext {
  readonly requestId?: string;
}

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let apollo: ApolloServer<TestContext>;

beforeAll(async () => {
  provider.register({ propagator: new W3CTraceContextPropagator() });
  apollo = new ApolloServer<TestContext>({
    typeDefs: 'type Query { hello: String, broken: String }',
    resolvers: { Query: { hello: () => 'world', broken: () => Promise.reject(new Error('boom')) } },
    plugins: [createOperationSpanPlugin<TestContext>()],
  });
  await apollo.start();
});
afterEach(() => exporter.reset());
afterAll(async () => {
  await apollo.stop();
  trace.disable();
  context.disable();
  propagation.disable();
  await provider.shutdown();
});

/** One request as server.ts handles it: the span around, Apollo inside. */
async function run(query: string, contextValue: TestContext): Promise<void> {
  const req = { method: 'POST', headers: {} } as IncomingMessage;
  const res = { statusCode: 200 } as ServerResponse;
  await traceGraphqlRequest(req, res, async () => {
    await apollo.executeOperation({ query }, { contextValue });
  });
}

describe('createOperationSpanPlugin', () => {
  it("names the request's span after the operation and records the context's request id", async () => {
    await run('query Greeting { hello }', { requestId: 'req-123' });
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('query Greeting');
    expect(span?.kind).toBe(SpanKind.SERVER);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes).toEqual({
      'http.request.method': 'POST',
      'helpdesk_graph.request_id': 'req-123',
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'Greeting',
      'http.response.status_code': 200,
    });
  });

  it('leaves the request id out when the context has none, and marks a response with errors', async () => {
    await run('{ broken }', {});
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe('query');
    expect(span?.attributes).not.toHaveProperty('helpdesk_graph.request_id');
    expect(span?.attributes['error.type']).toBe('INTERNAL_SERVER_ERROR');
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
  });
});
