import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { FaultOptions } from '../../src/simulators/kit/faultPlan';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gatewayProcess';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '../helpers/otlpReceiver';
import { type RecordingProxy, startRecordingProxy } from '../helpers/recordingProxy';
import type { GraphQLResponse } from '../helpers/testGateway';

/**
 * OpenTelemetry tracing end to end: the gateway runs as `npm start` runs it (its own process, its
 * own process.env, stopped by SIGTERM), exporting to an in-process OTLP/HTTP receiver, and calling
 * Zendesk (the simulator) through a proxy that records the `traceparent` each call carried.
 */

const ZENDESK_EMAIL = 'agent@example.com';
const ZENDESK_TOKEN = 'sim-zendesk-token';
const SECRETS = [ZENDESK_TOKEN, Buffer.from(`${ZENDESK_EMAIL}/token:${ZENDESK_TOKEN}`).toString('base64')];

const CLIENT_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const CLIENT_TRACEPARENT = `00-${CLIENT_TRACE_ID}-${CLIENT_SPAN_ID}-01`;

const SERVER = 2;
const CLIENT = 3;
const STATUS_UNSET = 0;
const STATUS_ERROR = 2;

/** Two native pages (Zendesk's maximum page is 100): two upstream calls. */
const LIST_TICKETS = 'query ListTickets { zendesk { tickets(first: 150, orderBy: { field: ID }) { nodes { nativeId } } } }';
/** One page and the count, which the simulator answers 429 in these tests: 1 + 3 attempts. */
const COUNT_TICKETS = 'query CountTickets { zendesk { tickets(first: 1) { totalCount nodes { nativeId } } } }';
const RATE_LIMITED_COUNT: FaultOptions = { rateLimitedRate: 1, retryAfterSeconds: 0, pathPattern: /\/count\.json$/ };

interface Setup {
  readonly simulator: ZendeskSimulator;
  readonly proxy: RecordingProxy;
  readonly gateway: GatewayProcess;
}

let running: Setup | undefined;
let receiver: OtlpReceiver | undefined;

/** A Zendesk simulator behind the recording proxy, and the gateway process pointed at the proxy with `otel` variables. */
async function start(otel: Readonly<Record<string, string>>, faults?: FaultOptions): Promise<Setup> {
  const simulator = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 500, articles: 10 }, faults });
  const proxy = await startRecordingProxy(simulator.url);
  const gateway = await startGatewayProcess({
    ZENDESK_BASE_URL: proxy.url,
    ZENDESK_EMAIL,
    ZENDESK_API_TOKEN: ZENDESK_TOKEN,
    UPSTREAM_RETRY_BASE_DELAY_MS: '1',
    UPSTREAM_MAX_RETRIES: '2',
    ...otel,
  });
  running = { simulator, proxy, gateway };
  return running;
}

/** SIGTERM: the gateway flushes its spans on the way out. */
async function stopGateway(): Promise<number | null> {
  const exitCode = (await running?.gateway.stop()) ?? null;
  await running?.proxy.close();
  await running?.simulator.close();
  running = undefined;
  return exitCode;
}

afterEach(async () => {
  await stopGateway();
  await receiver?.close();
  receiver = undefined;
});

async function post(gateway: GatewayProcess, query: string, headers: Readonly<Record<string, string>> = {}): Promise<GraphQLResponse> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
}

function operationNamed(spans: ReadonlyArray<ReceivedSpan>, name: string): ReceivedSpan {
  const matching = spans.filter((span) => span.kind === SERVER && span.name === name);
  expect(matching).toHaveLength(1);
  return matching[0] as ReceivedSpan;
}

const childrenOf = (spans: ReadonlyArray<ReceivedSpan>, parent: ReceivedSpan) => spans.filter((span) => span.parentSpanId === parent.spanId);

describe('tracing to an OTLP http/json collector', () => {
  let spans: ReadonlyArray<ReceivedSpan> = [];
  let proxy: RecordingProxy;
  let simulatorPaths: string[] = [];
  let responses: Record<string, GraphQLResponse> = {};
  let exitCode: number | null = null;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const setup = await start(
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'graph-under-test' },
      RATE_LIMITED_COUNT,
    );
    proxy = setup.proxy;
    responses = {
      list: await post(setup.gateway, LIST_TICKETS, { traceparent: CLIENT_TRACEPARENT }),
      count: await post(setup.gateway, COUNT_TICKETS),
      invalid: await post(setup.gateway, 'query Invalid { zendesk { tickets(first: -1) { nodes { nativeId } } } }'),
      unparsable: await post(setup.gateway, '{ zendesk {'),
    };
    simulatorPaths = setup.simulator.requests.entries.map((entry) => entry.path);
    exitCode = await stopGateway();
    // A copy: the receiver is closed after the first test.
    spans = [...receiver.spans];
  });

  it('exports everything on SIGTERM, and exits 0', () => {
    expect(exitCode).toBe(0);
    expect(responses['list']).toMatchObject({ status: 200 });
    expect(responses['list']?.errors).toBeUndefined();
    expect(spans.filter((span) => span.kind === SERVER)).toHaveLength(4);
    expect(spans.filter((span) => span.kind === CLIENT)).toHaveLength(simulatorPaths.length);
  });

  it('continues the client trace: the operation span is a child of the client span, named after the operation', () => {
    const operation = operationNamed(spans, 'query ListTickets');
    expect(operation).toMatchObject({
      traceId: CLIENT_TRACE_ID,
      parentSpanId: CLIENT_SPAN_ID,
      statusCode: STATUS_UNSET,
      scope: 'helpdesk-graph',
      attributes: { 'graphql.operation.name': 'ListTickets', 'graphql.operation.type': 'query', 'http.request.method': 'POST', 'http.response.status_code': 200 },
      resource: { 'service.name': 'graph-under-test' },
    });
    expect(operation.attributes).not.toHaveProperty('graphql.document');
  });

  it('makes one CLIENT span per upstream call, a child of the operation span, described by method, template, server and status', () => {
    const operation = operationNamed(spans, 'query ListTickets');
    const upstream = childrenOf(spans, operation);
    expect(upstream).toHaveLength(2);
    for (const span of upstream) {
      expect(span).toMatchObject({ kind: CLIENT, traceId: CLIENT_TRACE_ID, name: 'GET /api/v2/tickets', statusCode: STATUS_UNSET });
      expect(span.attributes).toEqual({
        'server.service.name': 'zendesk',
        'http.request.method': 'GET',
        'url.template': '/api/v2/tickets',
        'server.address': '127.0.0.1',
        'server.port': Number(new URL(proxy.url).port),
        'http.response.status_code': 200,
      });
    }
  });

  it("sends each call's own span on to the provider as traceparent", () => {
    const operation = operationNamed(spans, 'query ListTickets');
    const upstreamIds = childrenOf(spans, operation).map((span) => span.spanId);
    const continued = proxy.requests.filter((request) => request.traceparent?.split('-')[1] === CLIENT_TRACE_ID);
    expect(continued).toHaveLength(2);
    expect(continued.map((request) => request.traceparent?.split('-')[2]).sort()).toEqual([...upstreamIds].sort());
    for (const request of continued) expect(request.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    // Every call carried a traceparent naming its own span, whatever the trace.
    const clientSpanIds = new Set(spans.filter((span) => span.kind === CLIENT).map((span) => span.spanId));
    expect(proxy.requests).toHaveLength(simulatorPaths.length);
    for (const request of proxy.requests) expect(clientSpanIds.has(request.traceparent?.split('-')[2] ?? '')).toBe(true);
  });

  it('starts a new trace for a client that sends none; each retry is a span with its resend count; errors mark the spans', () => {
    expect(responses['count']?.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_RATE_LIMITED']);
    const operation = operationNamed(spans, 'query CountTickets');
    expect(operation).toMatchObject({ parentSpanId: '', statusCode: STATUS_ERROR, attributes: { 'error.type': 'UPSTREAM_RATE_LIMITED' } });
    expect(operation.traceId).not.toBe(CLIENT_TRACE_ID);
    const counts = childrenOf(spans, operation).filter((span) => span.name === 'GET /api/v2/tickets/count');
    expect(counts.map((span) => [span.statusCode, span.attributes['error.type'], span.attributes['http.response.status_code'], span.attributes['http.request.resend_count']])).toEqual([
      [STATUS_ERROR, '429', 429, undefined],
      [STATUS_ERROR, '429', 429, 1],
      [STATUS_ERROR, '429', 429, 2],
    ]);
    expect(simulatorPaths.filter((path) => path.endsWith('/count.json'))).toHaveLength(3);
  });

  it('traces requests that fail before any upstream call: invalid arguments by type and name, a parse error as a GraphQL Operation', () => {
    expect(responses['invalid']?.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(responses['unparsable']?.status).toBe(400);
    const invalid = operationNamed(spans, 'query Invalid');
    expect(invalid).toMatchObject({ statusCode: STATUS_ERROR, attributes: { 'error.type': 'BAD_USER_INPUT' } });
    const unparsable = operationNamed(spans, 'GraphQL Operation');
    expect(unparsable).toMatchObject({ statusCode: STATUS_ERROR, attributes: { 'error.type': 'GRAPHQL_PARSE_FAILED', 'http.response.status_code': 400 } });
    expect(childrenOf(spans, invalid)).toHaveLength(0);
    expect(childrenOf(spans, unparsable)).toHaveLength(0);
  });

  it('exports no credential, URL or query string', () => {
    const exported = JSON.stringify(spans);
    for (const secret of SECRETS) expect(exported).not.toContain(secret);
    for (const span of spans) {
      expect(span.attributes).not.toHaveProperty('url.full');
      expect(span.attributes).not.toHaveProperty('url.query');
      for (const value of Object.values(span.attributes)) expect(String(value)).not.toMatch(/[?]|page\[|https?:|Basic /);
    }
  });
});

describe('tracing with the default protocol (http/protobuf)', () => {
  it('exports protobuf to /v1/traces', async () => {
    receiver = await startOtlpReceiver();
    const { gateway } = await start({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint });
    expect((await post(gateway, LIST_TICKETS, { traceparent: CLIENT_TRACEPARENT })).errors).toBeUndefined();
    expect(await stopGateway()).toBe(0);

    expect(receiver.requests.length).toBeGreaterThan(0);
    for (const request of receiver.requests) expect(request).toMatchObject({ path: '/v1/traces', contentType: 'application/x-protobuf' });
    // Ids are raw bytes in protobuf: the client's trace id is in the body, as are the span names.
    const bodies = Buffer.concat(receiver.requests.map((request) => request.body));
    expect(bodies.includes(Buffer.from(CLIENT_TRACE_ID, 'hex'))).toBe(true);
    expect(bodies.includes(Buffer.from('query ListTickets'))).toBe(true);
    expect(bodies.includes(Buffer.from('GET /api/v2/tickets'))).toBe(true);
  });
});

describe('tracing off', () => {
  it.each([
    ['no OTEL variable', false, {}],
    ['OTEL_TRACES_EXPORTER=none', true, { OTEL_TRACES_EXPORTER: 'none' }],
  ])('%s: nothing is exported and no traceparent goes upstream', async (_name, withEndpoint: boolean, vars: Record<string, string>) => {
    receiver = await startOtlpReceiver();
    const endpoint: Record<string, string> = withEndpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint } : {};
    const { gateway, proxy } = await start({ ...endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', ...vars });
    expect((await post(gateway, LIST_TICKETS, { traceparent: CLIENT_TRACEPARENT })).errors).toBeUndefined();
    expect(await stopGateway()).toBe(0);

    expect(gateway.logs.filter((line) => line.msg === 'tracing on')).toHaveLength(0);
    expect(proxy.requests).toHaveLength(2);
    expect(proxy.requests.map((request) => request.traceparent)).toEqual([undefined, undefined]);
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('tracing with no collector', () => {
  it('serves every request, warns once, and still exits 0 on SIGTERM', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    // Exports every span at once (batch of 1) and gives up before the exporter's first retry
    // (backoff 1 s ± 20 %), so each request's spans meet the refused connection while the test runs
    // and shutdown has no retry to wait for.
    const { gateway, proxy } = await start({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_TIMEOUT: '500',
      OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '1',
    });
    for (let round = 0; round < 3; round += 1) {
      const response = await post(gateway, LIST_TICKETS, { traceparent: CLIENT_TRACEPARENT });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    }
    expect(await stopGateway()).toBe(0);

    expect(proxy.requests).toHaveLength(6);
    expect(gateway.logs.filter((line) => line.msg === 'tracing on')).toHaveLength(1);
    const failures = gateway.logs.filter((line) => String(line.msg).startsWith('trace export failing'));
    expect(failures).toHaveLength(1);
    // Refused, or (on a machine stalled past the export timeout) timed out: either way one line.
    expect(failures[0]).toMatchObject({ level: 40, reason: expect.stringMatching(/ECONNREFUSED|[Tt]imeout/) });
    expect(gateway.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});
