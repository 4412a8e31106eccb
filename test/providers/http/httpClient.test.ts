import { ErrorCode } from '../../../src/errorCodes';
import { createHttpClient, type HttpClient, type UpstreamCall } from '../../../src/providers/http/httpClient';
import type { RetryEvent } from '../../../src/providers/http/retryPolicy';
import { createUpstreamBudget } from '../../../src/providers/http/upstreamBudget';
import type { UpstreamLifetime } from '../../../src/providers/http/upstreamLifetime';
import { ProviderError } from '../../../src/providers/providerError';
import { type GatedUpstream, startGatedUpstream } from '../../helpers/gatedUpstream';
import { type RunningSimulator, type SimResponse, startSimulatorServer } from '../../../src/simulators/kit/simulatorServer';

/** A route that answers `failures` in turn, then 200 `{ ok: true }`; each path keeps its own script. */
function scriptedRoutes(scripts: Record<string, ReadonlyArray<SimResponse>>) {
  const seen = new Map<string, number>();
  const handle = (request: { path: string }): SimResponse => {
    const count = seen.get(request.path) ?? 0;
    seen.set(request.path, count + 1);
    return scripts[request.path]?.[count] ?? { status: 200, body: { ok: true } };
  };
  return [
    { method: 'GET' as const, pattern: /^\/.*$/, handle },
    { method: 'POST' as const, pattern: /^\/.*$/, handle },
  ];
}

const unavailable: SimResponse = { status: 503, body: { error: 'Unavailable' } };
const rateLimited = (seconds: number): SimResponse => ({ status: 429, body: { error: 'Slow down' }, headers: { 'retry-after': String(seconds) } });

describe('createHttpClient retries, over real HTTP', () => {
  let simulator: RunningSimulator;
  let client: HttpClient;
  const retries: Array<RetryEvent & { readonly provider: string; readonly endpoint: string }> = [];

  beforeAll(async () => {
    simulator = await startSimulatorServer({
      name: 'test',
      routes: scriptedRoutes({
        '/flaky': [unavailable, rateLimited(0), { status: 502 }],
        '/flaky-too': [unavailable, rateLimited(0), { status: 502 }],
        '/search': [unavailable],
        '/write': [unavailable],
        '/patient': [rateLimited(7)],
        '/down': Array.from({ length: 20 }, () => unavailable),
      }),
      authorize: () => null,
      rateLimitedBody: () => ({ error: 'RateLimited' }),
      // Every request to /dropped loses its connection before any answer.
      faults: { dropRate: 1, pathPattern: /^\/dropped$/ },
    });
    client = createHttpClient({
      provider: 'test',
      readErrorFields: () => ({ code: null, message: null }),
      baseUrl: simulator.url,
      headers: { authorization: 'Bearer secret-value' },
      connectTimeoutMs: 1_000,
      requestTimeoutMs: 5_000,
      connections: 4,
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5_000 },
      onRetry: (event) => retries.push(event),
    });
  });
  afterAll(async () => {
    await client.close();
    await simulator.close();
  });
  beforeEach(() => {
    simulator.requests.clear();
    retries.length = 0;
  });

  function bound(budget = createUpstreamBudget()) {
    const calls: UpstreamCall[] = [];
    return { calls, http: client.bind((call) => calls.push(call), budget) };
  }

  it('retries a GET through 503, 429 (Retry-After: 0) and 502, reporting every attempt to the observer', async () => {
    const { calls, http } = bound();
    await expect(http.requestJson({ method: 'GET', path: '/flaky', endpoint: 'GET /flaky' })).resolves.toEqual({ ok: true });
    expect(calls.map((call) => [call.attempt, call.status])).toEqual([[1, 503], [2, 429], [3, 502], [4, 200]]);
    expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([503, 429, 502, 200]);
    expect(retries.map((event) => [event.retry, event.status, event.endpoint])).toEqual([[1, 503, 'GET /flaky'], [2, 429, 'GET /flaky'], [3, 502, 'GET /flaky']]);
    // Retry-After: 0 is obeyed as given: the retry is scheduled at once.
    expect(retries[1]?.delayMs).toBe(0);
  });

  it("tells a request's own retry listener (its log) of its retries, and only that request's", async () => {
    const mine: Array<[number, number | null, string]> = [];
    const other: unknown[] = [];
    const http = client.bind(() => undefined, createUpstreamBudget(), { onRetry: (event) => mine.push([event.retry, event.status, event.endpoint]) });
    const otherHttp = client.bind(() => undefined, createUpstreamBudget(), { onRetry: (event) => other.push(event) });
    await expect(http.requestJson({ method: 'GET', path: '/flaky-too', endpoint: 'GET /flaky-too' })).resolves.toEqual({ ok: true });
    await expect(otherHttp.requestJson({ method: 'GET', path: '/fine', endpoint: 'GET /fine' })).resolves.toEqual({ ok: true });
    expect(mine).toEqual([[1, 503, 'GET /flaky-too'], [2, 429, 'GET /flaky-too'], [3, 502, 'GET /flaky-too']]);
    expect(other).toEqual([]);
    // The client-wide listener still hears them.
    expect(retries).toHaveLength(3);
  });

  it('retries a read-only POST marked idempotent, never a plain POST', async () => {
    const { http } = bound();
    await expect(http.requestJson({ method: 'POST', path: '/search', endpoint: 'POST /search', body: {}, idempotent: true })).resolves.toEqual({ ok: true });
    await expect(http.requestJson({ method: 'POST', path: '/write', endpoint: 'POST /write', body: {} })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(simulator.requests.entries.map((entry) => `${entry.path} ${entry.status}`)).toEqual(['/search 503', '/search 200', '/write 503']);
  });

  it('retries dropped connections, then fails UPSTREAM_UNAVAILABLE when the retries run out', async () => {
    const { calls, http } = bound();
    await expect(http.requestJson({ method: 'GET', path: '/dropped', endpoint: 'GET /dropped' })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(calls.map((call) => call.status)).toEqual([null, null, null, null]);
    expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([0, 0, 0, 0]);
  });

  it('fails fast with retryAfter when Retry-After is over the longest wait allowed', async () => {
    const { http } = bound();
    await expect(http.requestJson({ method: 'GET', path: '/patient', endpoint: 'GET /patient' })).rejects.toMatchObject({
      code: 'UPSTREAM_RATE_LIMITED',
      details: { retryAfter: 7, upstreamStatus: 429 },
    });
    expect(simulator.requests.entries).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it('counts retries against the per-request call cap: UPSTREAM_CALL_LIMIT, and nothing sent past it', async () => {
    const { http } = bound(createUpstreamBudget({ maxCalls: 2, retries: 100 }));
    await expect(http.requestJson({ method: 'GET', path: '/down', endpoint: 'GET /down' })).rejects.toMatchObject({ code: 'UPSTREAM_CALL_LIMIT', details: { limit: 2 } });
    expect(simulator.requests.entries).toHaveLength(2);
  });

  it('shares one retry budget between the calls of a request', async () => {
    const budget = createUpstreamBudget({ maxCalls: 100, retries: 2 });
    const { http } = bound(budget);
    await expect(http.requestJson({ method: 'GET', path: '/down', endpoint: 'GET /down' })).rejects.toMatchObject({ status: 503 });
    await expect(http.requestJson({ method: 'GET', path: '/down', endpoint: 'GET /down' })).rejects.toMatchObject({ status: 503 });
    expect(simulator.requests.entries).toHaveLength(4);
    expect(budget.used).toEqual({ calls: 4, retries: 2 });
  });
});

describe('createHttpClient under a request lifetime', () => {
  let gate: GatedUpstream;
  let client: HttpClient;
  let onRetry: () => void = () => undefined;

  beforeEach(async () => {
    // Every call is held by the gate until the test answers it; nothing is forwarded.
    gate = await startGatedUpstream('http://127.0.0.1:9');
    client = createHttpClient({
      provider: 'test',
      readErrorFields: () => ({ code: null, message: null }),
      baseUrl: gate.url,
      headers: {},
      connectTimeoutMs: 1_000,
      requestTimeoutMs: 60_000,
      connections: 4,
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 10_000 },
      onRetry: () => onRetry(),
    });
  });
  afterEach(async () => {
    onRetry = () => undefined;
    await client.close();
    await gate.close();
  });

  /** A lifetime whose two signals the test aborts, recording what it was told to track. */
  function lifetime() {
    const own = new AbortController();
    const readAhead = new AbortController();
    const tracked: boolean[] = [];
    const value: UpstreamLifetime = {
      startCall(isReadAhead) {
        tracked.push(isReadAhead);
        return isReadAhead ? readAhead.signal : own.signal;
      },
      callSettled: () => undefined,
    };
    return { own, readAhead, tracked, value };
  }
  const stop = () => new ProviderError(ErrorCode.REQUEST_ABORTED, 'the client went away');

  it('stops an attempt in flight: the provider sees the connection close, the attempt is reported aborted, the call fails with the reason', async () => {
    const { own, value } = lifetime();
    const calls: UpstreamCall[] = [];
    const http = client.bind((call) => calls.push(call), createUpstreamBudget(), { lifetime: value });
    const pending = http.requestJson({ method: 'GET', path: '/slow', endpoint: 'GET /slow' });
    const held = await gate.nth(1);
    const reason = stop();
    own.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await held.abandoned;
    expect(calls.map((call) => [call.status, call.aborted])).toEqual([[null, true]]);
    expect(gate.arrived).toHaveLength(1);
  });

  it('ends the wait for a retry at once when aborted: one request, no second attempt', async () => {
    const { own, value } = lifetime();
    const http = client.bind(() => undefined, createUpstreamBudget(), { lifetime: value });
    // Told before the wait starts: abort in the middle of a 4 s Retry-After.
    onRetry = () => own.abort(stop());
    const pending = http.requestJson({ method: 'GET', path: '/busy', endpoint: 'GET /busy' });
    (await gate.nth(1)).answer(503, { error: 'Unavailable' }, { 'retry-after': '4' });
    await expect(pending).rejects.toMatchObject({ code: 'REQUEST_ABORTED' });
    expect(gate.arrived).toHaveLength(1);
  });

  it('still fails a call over UPSTREAM_TIMEOUT_MS with UPSTREAM_TIMEOUT, reported as a failure, not retried', async () => {
    const impatient = createHttpClient({ provider: 'test',
      readErrorFields: () => ({ code: null, message: null }), baseUrl: gate.url, headers: {}, connectTimeoutMs: 1_000, requestTimeoutMs: 200, connections: 1 });
    const calls: UpstreamCall[] = [];
    try {
      const http = impatient.bind((call) => calls.push(call), createUpstreamBudget(), { lifetime: lifetime().value });
      const failure = http.requestJson({ method: 'GET', path: '/never', endpoint: 'GET /never' });
      await expect(failure).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
      await expect(failure).rejects.toThrow('test could not be reached (timed out).');
      await (await gate.nth(1)).abandoned;
      expect(calls.map((call) => [call.status, call.aborted])).toEqual([[null, false]]);
      expect(gate.arrived).toHaveLength(1);
    } finally {
      await impatient.close();
    }
  });

  it('sends nothing for a request already stopped', async () => {
    const { own, value } = lifetime();
    own.abort(stop());
    const http = client.bind(() => undefined, createUpstreamBudget(), { lifetime: value });
    await expect(http.requestJson({ method: 'GET', path: '/late', endpoint: 'GET /late' })).rejects.toMatchObject({ code: 'REQUEST_ABORTED' });
    expect(gate.arrived).toHaveLength(0);
  });

  it('runs a read-ahead call under the read-ahead signal: stopping the request\'s own calls leaves it be', async () => {
    const { own, tracked, value } = lifetime();
    const http = client.bind(() => undefined, createUpstreamBudget(), { lifetime: value });
    const ownCall = http.requestJson({ method: 'GET', path: '/page1', endpoint: 'GET /page' });
    const readAheadCall = http.requestJson({ method: 'GET', path: '/page2', endpoint: 'GET /page', readAhead: true });
    await gate.nth(2);
    own.abort(stop());
    await expect(ownCall).rejects.toMatchObject({ code: 'REQUEST_ABORTED' });
    const page2 = gate.arrived.find((held) => held.url === '/page2');
    page2?.answer(200, { page: 2 });
    await expect(readAheadCall).resolves.toEqual({ page: 2 });
    expect(tracked).toEqual([false, true]);
  });
});
