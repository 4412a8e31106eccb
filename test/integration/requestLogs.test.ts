import { Writable } from 'node:stream';

import { apiKeyId } from '../../src/auth/apiKeyAuth';
import { startFrontSimulator } from '../../src/providers/front/simulator';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway } from '../helpers/testGateway';

const API_KEY = 'gateway-key-SECRET-0001-abcdef';
const ZENDESK = { email: 'agent@example.com', apiToken: 'zendesk-token-SECRET-0002' };
const FRONT_TOKEN = 'front-token-SECRET-0003';
const SECRETS = [API_KEY, ZENDESK.apiToken, Buffer.from(`${ZENDESK.email}/token:${ZENDESK.apiToken}`).toString('base64'), FRONT_TOKEN];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { level: number; msg: string; requestId?: string };

interface Sent {
  readonly status: number;
  readonly requestId: string | null;
  readonly body: { data?: unknown; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> };
  /** Every log line written while the request was served, in order. */
  readonly lines: ReadonlyArray<LogLine>;
}

/**
 * The gateway logs at trace into `lines`. A request's lines are those written between sending it
 * and reading its answer: requests here are sent one at a time and the page cache is off, so no
 * other request writes meanwhile, and the operation's line is written before the response's
 * bytes can reach the client (in the same turn of the event loop as `res.end`).
 */
describe('request ids and logs, over the real HTTP server', () => {
  let zendesk: ZendeskSimulator;
  let gateway: TestGateway;
  const lines: LogLine[] = [];
  const written: string[] = [];

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 300 }, credentials: ZENDESK });
    // Front is down: its address answers nothing (a simulator started and closed again).
    const front = await startFrontSimulator({ token: FRONT_TOKEN });
    await front.close();
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const text = chunk.toString('utf8');
        written.push(text);
        lines.push(JSON.parse(text) as LogLine);
        done();
      },
    });
    gateway = await startTestGateway(
      {
        GATEWAY_API_KEYS: API_KEY,
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_EMAIL: ZENDESK.email,
        ZENDESK_API_TOKEN: ZENDESK.apiToken,
        FRONT_BASE_URL: front.url,
        FRONT_TOKEN,
        UPSTREAM_MAX_RETRIES: '1',
        UPSTREAM_RETRY_BASE_DELAY_MS: '1',
      },
      destination,
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await zendesk.close();
  });
  beforeEach(() => zendesk.requests.clear());

  async function send(query: string, headers: Record<string, string> = {}, body?: string): Promise<Sent> {
    const from = lines.length;
    const response = await fetch(`${gateway.runtime.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}`, ...headers },
      body: body ?? JSON.stringify({ query }),
    });
    const answer = (await response.json()) as Sent['body'];
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: answer, lines: lines.slice(from) };
  }

  const operationLines = (sent: Sent) => sent.lines.filter((line) => line.msg === 'graphql operation');

  const TICKETS = 'query TicketsPage { zendesk { tickets(first: 150) { nodes { nativeId } } } }';

  it('keeps a valid x-request-id, echoes it, and writes it on every line of the request', async () => {
    const sent = await send(TICKETS, { 'x-request-id': 'edge-7f3a:42' });
    expect(sent.body.errors).toBeUndefined();
    expect(sent.requestId).toBe('edge-7f3a:42');
    // Two upstream pages (debug), the operation (info).
    expect(sent.lines.length).toBeGreaterThanOrEqual(3);
    for (const line of sent.lines) expect(line.requestId).toBe('edge-7f3a:42');
  });

  it.each([
    ['with spaces', 'not a valid id'],
    ['too long', 'a'.repeat(129)],
    ['injecting JSON', 'x","level":60,"msg":"forged'],
  ])('replaces an x-request-id %s with a generated one, used on every line', async (_case, given) => {
    const sent = await send(TICKETS, { 'x-request-id': given });
    expect(sent.requestId).toMatch(UUID);
    expect(sent.lines.length).toBeGreaterThanOrEqual(3);
    for (const line of sent.lines) expect(line.requestId).toBe(sent.requestId);
    expect(written.join('')).not.toContain('forged');
  });

  it('generates an id when none is sent, a new one per request', async () => {
    const first = await send('{ ok }');
    const second = await send('{ ok }');
    expect(first.requestId).toMatch(UUID);
    expect(second.requestId).toMatch(UUID);
    expect(first.requestId).not.toBe(second.requestId);
    expect(operationLines(first).map((line) => line.requestId)).toEqual([first.requestId]);
  });

  it('echoes the id on every route: /health, /metrics, the GraphiQL page (or its 503 when the bundle is not built), 404, 401', async () => {
    const url = gateway.runtime.url;
    const responses = await Promise.all([
      fetch(`${url}/health`, { headers: { 'x-request-id': 'r-health' } }),
      fetch(`${url}/metrics`, { headers: { 'x-request-id': 'r-metrics', authorization: `Bearer ${API_KEY}` } }),
      fetch(`${url}/graphql`, { headers: { 'x-request-id': 'r-graphiql', accept: 'text/html' } }),
      fetch(`${url}/nowhere`, { headers: { 'x-request-id': 'r-404', authorization: `Bearer ${API_KEY}` } }),
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-request-id': 'r-401', 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' }),
    ]);
    expect(responses.map((response) => [response.status, response.headers.get('x-request-id')])).toEqual([
      [200, 'r-health'],
      [200, 'r-metrics'],
      [expect.any(Number), 'r-graphiql'],
      [404, 'r-404'],
      [401, 'r-401'],
    ]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
  });

  it('writes one info line per operation: id, name, type, status, duration, error codes, upstream calls per provider, key id', async () => {
    const sent = await send(TICKETS, { 'x-request-id': 'op-line-1' });
    expect(sent.body.errors).toBeUndefined();
    const upstream = zendesk.requests.entries.length;
    expect(upstream).toBe(2);
    const [line, ...others] = operationLines(sent);
    expect(others).toEqual([]);
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      service: 'helpdesk-graph',
      requestId: 'op-line-1',
      operationName: 'TicketsPage',
      operationType: 'query',
      status: 200,
      durationMs: expect.any(Number),
      errors: {},
      upstreamCalls: { total: upstream, byProvider: { zendesk: upstream } },
      apiKeyId: apiKeyId(API_KEY),
      msg: 'graphql operation',
    });
  });

  it('counts input errors in the operation line, by code, and logs them nowhere else', async () => {
    // Two namespaces: a failing connection nulls its namespace, and with it any sibling's error.
    const sent = await send('query Bad { zendesk { tickets(first: -1) { nodes { nativeId } } } front { conversations(first: -2) { nodes { nativeId } } } }');
    expect(sent.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(sent.lines.map((line) => [line.level, line.msg])).toEqual([[30, 'graphql operation']]);
    expect(operationLines(sent)[0]).toMatchObject({ operationName: 'Bad', status: 200, errors: { BAD_USER_INPUT: 2 }, upstreamCalls: { total: 0, byProvider: {} } });
  });

  it.each([
    ['a validation error', JSON.stringify({ query: '{ nope }' }), 400, { GRAPHQL_VALIDATION_FAILED: 1 }],
    ['a parse error', JSON.stringify({ query: '{ ok' }), 400, { GRAPHQL_PARSE_FAILED: 1 }],
    ['a body that is not JSON', '{"query":', 400, { BAD_REQUEST: 1 }],
    ['a query that is not a string (refused by Apollo before any plugin)', JSON.stringify({ query: 5 }), 400, { BAD_REQUEST: 1 }],
  ])('logs %s as the operation line, with its code and status', async (_case, body, status, errors) => {
    const sent = await send('', {}, body);
    expect(sent.status).toBe(status);
    expect(sent.lines.map((line) => [line.level, line.msg])).toEqual([[30, 'graphql operation']]);
    expect(operationLines(sent)[0]).toMatchObject({ status, errors, requestId: sent.requestId });
  });

  it('logs each upstream call at debug: provider, endpoint template, status, duration, attempt; never a URL or a header', async () => {
    const sent = await send(TICKETS);
    const calls = sent.lines.filter((line) => line.msg === 'upstream call');
    expect(calls).toHaveLength(zendesk.requests.entries.length);
    for (const call of calls) {
      expect(call).toEqual({
        level: 20,
        time: expect.any(Number),
        service: 'helpdesk-graph',
        requestId: sent.requestId,
        provider: 'zendesk',
        endpoint: 'GET /api/v2/tickets',
        status: 200,
        durationMs: expect.any(Number),
        attempt: 1,
        msg: 'upstream call',
      });
    }
    expect(JSON.stringify(sent.lines)).not.toMatch(/page%5B|page\[|https?:\/\//);
  });

  describe('with a provider down', () => {
    const FRONT_QUERY = '{ front { conversations(first: 2) { nodes { nativeId } } } }';
    const warnings = (sent: Sent) => sent.lines.filter((line) => line.level === 40);

    beforeAll(() => {
      // Only the clock is fake (the outage interval reads Date.now); timers and I/O run for real.
      jest.useFakeTimers({
        doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      });
    });
    afterAll(() => jest.useRealTimers());

    it('fails the field, logs the attempt and its retry with the request id, and warns once', async () => {
      const sent = await send(FRONT_QUERY, { 'x-request-id': 'outage-1' });
      expect(sent.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_UNAVAILABLE']);
      expect(sent.lines.map((line) => [line.level, line.msg])).toEqual([
        [20, 'upstream call'],
        [20, 'retrying upstream call'],
        [20, 'upstream call'],
        [30, 'graphql operation'],
        [40, 'upstream provider failing'],
      ]);
      for (const line of sent.lines) expect(line.requestId).toBe('outage-1');
      expect(sent.lines[1]).toMatchObject({ provider: 'front', endpoint: 'GET /conversations', retry: 1, code: 'UPSTREAM_UNAVAILABLE', status: null });
      expect(operationLines(sent)[0]).toMatchObject({ errors: { UPSTREAM_UNAVAILABLE: 1 }, upstreamCalls: { total: 2, byProvider: { front: 2 } } });
      expect(warnings(sent)[0]).toMatchObject({ provider: 'front', code: 'UPSTREAM_UNAVAILABLE', suppressed: 0 });
    });

    it('warns at most once per provider per minute, then with the count of failures left out', async () => {
      const quiet = [await send(FRONT_QUERY), await send(FRONT_QUERY), await send(FRONT_QUERY)];
      expect(quiet.map((sent) => warnings(sent).length)).toEqual([0, 0, 0]);
      expect(quiet.map((sent) => operationLines(sent)[0]?.['errors'])).toEqual(Array(3).fill({ UPSTREAM_UNAVAILABLE: 1 }));
      jest.setSystemTime(Date.now() + 60_000);
      const next = await send(FRONT_QUERY);
      expect(warnings(next)).toEqual([expect.objectContaining({ provider: 'front', code: 'UPSTREAM_UNAVAILABLE', suppressed: 3, requestId: next.requestId })]);
    });

    it('does not warn about a provider that works', async () => {
      const sent = await send(TICKETS);
      expect(sent.body.errors).toBeUndefined();
      expect(warnings(sent)).toEqual([]);
    });
  });

  it('logs a refused key at info with the request id, and the key never', async () => {
    const from = lines.length;
    const response = await fetch(`${gateway.runtime.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-key-SECRET-0004-abcdef', 'x-request-id': 'refused-1' },
      body: '{"query":"{ ok }"}',
    });
    expect(response.status).toBe(401);
    await response.arrayBuffer();
    expect(lines.slice(from)).toEqual([expect.objectContaining({ level: 30, requestId: 'refused-1', status: 401, msg: 'request refused: missing or invalid API key' })]);
    expect(written.join('')).not.toContain('wrong-key-SECRET-0004');
  });

  it('wrote no credential (API key, provider tokens) in any line', () => {
    expect(lines.length).toBeGreaterThan(30);
    const text = written.join('');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/\b(Bearer|Basic)\s+[A-Za-z0-9+/=._~-]{6,}/);
  });
});
