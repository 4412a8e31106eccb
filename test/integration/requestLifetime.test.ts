import { type ClientRequest, request } from 'node:http';

import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { type GatedUpstream, type HeldRequest, startGatedUpstream } from '../helpers/gatedUpstream';
import { upstreamCallsOf } from '../helpers/relationsGateway';
import { type GraphQLResponse, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/**
 * Issue 20: a request's upstream work ends with the request. The gateway talks to a gate in front of
 * a Zendesk simulator; the gate holds every call until the test passes it on or answers it, and
 * tells when the gateway abandons one, so each case is driven by events, never by elapsed time.
 */

const TICKETS = /^\/api\/v2\/tickets\.json/;
const USERS = /^\/api\/v2\/users\.json/;

/** Runs the whole event queue until `condition` holds (in-process: the gateway shares this loop). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}

/** The request among those that arrived whose path matches, once it has. */
async function arrivalMatching(gate: GatedUpstream, pattern: RegExp): Promise<HeldRequest> {
  await until(() => gate.arrived.some((held) => pattern.test(held.url)));
  return gate.arrived.find((held) => pattern.test(held.url)) as HeldRequest;
}

/**
 * A POST /graphql the test can abandon, as a client that goes away does: its socket is destroyed.
 * (node:http rather than fetch: undici's fetch opens a spare connection after an abort and keeps it
 * idle for its keep-alive timeout, which would hold the gateway's graceful close.)
 */
function startQuery(gateway: TestGateway, query: string): { readonly response: Promise<GraphQLResponse | 'aborted'>; abort(): void } {
  const payload = JSON.stringify({ query });
  const { hostname, port } = new URL(gateway.runtime.url);
  let sent: ClientRequest | undefined;
  const response = new Promise<GraphQLResponse | 'aborted'>((resolve) => {
    sent = request({ host: hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, ...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<GraphQLResponse, 'status'>) }));
      answer.on('error', () => resolve('aborted'));
    });
    sent.on('error', () => resolve('aborted'));
    sent.end(payload);
  });
  return { response, abort: () => sent?.destroy() };
}

async function upstreamRequestsWithStatus(gateway: TestGateway, status: string): Promise<number> {
  const metric = await gateway.runtime.gateway.metrics.registry.getSingleMetric('upstream_requests_total')?.get();
  return (metric?.values ?? []).filter((value) => value.labels.status === status).reduce((sum, value) => sum + value.value, 0);
}

describe('a request ends its upstream work with it', () => {
  let simulator: ZendeskSimulator;
  let gate: GatedUpstream;
  let gateway: TestGateway | undefined;

  beforeEach(async () => {
    simulator = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 1_000, users: 10, articles: 10 } });
    gate = await startGatedUpstream(simulator.url);
  });
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
    await gate.close();
    await simulator.close();
  });

  const start = async (env: Record<string, string> = {}): Promise<TestGateway> => {
    gateway = await startTestGateway({ ...zendeskEnv(gate), ...env });
    return gateway;
  };

  it('starts no upstream call after the client disconnects mid-traversal, and stops the one in flight', async () => {
    const gw = await start();
    const query = startQuery(gw, '{ zendesk { tickets(first: 500) { edges { node { id } } } } }');
    (await gate.nth(1)).pass();
    (await gate.nth(2)).pass();
    const third = await gate.nth(3);
    query.abort();
    await expect(query.response).resolves.toBe('aborted');
    await third.abandoned;
    await gw.runtime.gateway.whenIdle();
    // Pages 1 and 2 were read, page 3 was cut off in flight; pages 4 and 5 were never asked for.
    expect(gate.arrived).toHaveLength(3);
    expect(simulator.requests.entries).toHaveLength(2);
    expect(await upstreamRequestsWithStatus(gw, 'aborted')).toBe(1);
  });

  it('fails a request that runs past REQUEST_TIMEOUT_MS with REQUEST_TIMEOUT, and stops its call', async () => {
    const gw = await start({ REQUEST_TIMEOUT_MS: '300', EXPOSE_UPSTREAM_CALLS: 'true' });
    const query = startQuery(gw, '{ zendesk { tickets(first: 500) { edges { node { id } } } } }');
    // The provider never answers the first page.
    const first = await gate.nth(1);
    const response = await query.response;
    if (response === 'aborted') throw new Error('the client did not abort');
    expect(response.data).toEqual({ zendesk: null });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['zendesk', 'tickets'], 'REQUEST_TIMEOUT']]);
    await first.abandoned;
    await gw.runtime.gateway.whenIdle();
    expect(gate.arrived).toHaveLength(1);
    // The call stopped in flight is counted: it was sent.
    expect(upstreamCallsOf(response).total).toBe(1);
  });

  it('makes no retry after the deadline falls in the middle of a Retry-After wait', async () => {
    const gw = await start({ REQUEST_TIMEOUT_MS: '300' });
    const query = startQuery(gw, '{ zendesk { tickets(first: 10) { edges { node { id } } } } }');
    // Retry-After: 5 s, longer than the deadline and shorter than UPSTREAM_MAX_RETRY_AFTER_MS (10 s).
    (await gate.nth(1)).answer(503, { error: 'Unavailable' }, { 'retry-after': '5' });
    const response = await query.response;
    if (response === 'aborted') throw new Error('the client did not abort');
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['REQUEST_TIMEOUT']);
    await gw.runtime.gateway.whenIdle();
    expect(gate.arrived).toHaveLength(1);
  });

  it('stops the retries of a field whose parent already failed, so extensions.upstreamCalls equals what the provider received', async () => {
    const gw = await start({ EXPOSE_UPSTREAM_CALLS: 'true' });
    // `tickets` is non-null: when it fails, `zendesk` is null and the response is complete while
    // `users` still waits to retry.
    const query = startQuery(gw, '{ zendesk { users(first: 1) { edges { node { id } } } tickets(first: 1) { edges { node { id } } } } }');
    const users = await arrivalMatching(gate, USERS);
    const tickets = await arrivalMatching(gate, TICKETS);
    users.answer(429, { error: 'TooManyRequests' }, { 'retry-after': '5' });
    // The gateway has read the 429 and is waiting to retry.
    await until(async () => (await upstreamRequestsWithStatus(gw, '429')) === 1);
    tickets.answer(400, { error: 'InvalidValue', description: 'nope' });
    const response = await query.response;
    if (response === 'aborted') throw new Error('the client did not abort');
    expect(response.data).toEqual({ zendesk: null });
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['zendesk', 'tickets'], 'UPSTREAM_ERROR']]);
    await gw.runtime.gateway.whenIdle();
    expect(gate.arrived).toHaveLength(2);
    expect(upstreamCallsOf(response).total).toBe(gate.arrived.length);
  });

  it('aborts in-flight upstream calls at shutdown: the waiting field fails REQUEST_ABORTED', async () => {
    const gw = await start();
    const query = startQuery(gw, '{ zendesk { tickets(first: 500) { edges { node { id } } } } }');
    const first = await gate.nth(1);
    const stopped = gw.runtime.gateway.stop();
    await first.abandoned;
    const response = await query.response;
    if (response === 'aborted') throw new Error('the client did not abort');
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['REQUEST_ABORTED']);
    await stopped;
    expect(gate.arrived).toHaveLength(1);
  });

  describe('read-ahead (PREFETCH_PAGES=true, PREFETCH_DEPTH=2)', () => {
    const prefetch = { PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '2' };

    /**
     * A traversal's first request (upstream call 1), which reads nothing ahead; its endCursor makes
     * the next request one that resumes, and so reads ahead.
     */
    async function firstPageCursor(gw: TestGateway): Promise<string> {
      const first = startQuery(gw, '{ zendesk { tickets(first: 100) { pageInfo { endCursor } } } }');
      (await gate.nth(1)).pass();
      const response = await first.response;
      if (response === 'aborted') throw new Error('the first page was not answered');
      await gw.runtime.gateway.whenIdle();
      expect(gate.arrived).toHaveLength(1);
      const data = response.data as { zendesk: { tickets: { pageInfo: { endCursor: string } } } };
      return data.zendesk.tickets.pageInfo.endCursor;
    }

    it('goes on after the response was delivered, PREFETCH_DEPTH pages and no further', async () => {
      const gw = await start(prefetch);
      const after = await firstPageCursor(gw);
      const query = startQuery(gw, `{ zendesk { tickets(first: 100, after: "${after}") { edges { node { id } } } } }`);
      (await gate.nth(2)).pass();
      const response = await query.response;
      if (response === 'aborted') throw new Error('the client did not abort');
      expect(response.errors).toBeUndefined();
      // Read ahead after the response: page 3, then page 4 once page 3 has arrived.
      (await gate.nth(3)).pass();
      (await gate.nth(4)).pass();
      await gw.runtime.gateway.whenIdle();
      expect(gate.arrived).toHaveLength(4);
      expect(simulator.requests.entries).toHaveLength(4);
    });

    it('stops when the client disconnects before its response was delivered', async () => {
      const gw = await start(prefetch);
      const after = await firstPageCursor(gw);
      // `users` is held, so the response is not complete while the tickets' read-ahead runs.
      const query = startQuery(gw, `{ zendesk { tickets(first: 100, after: "${after}") { edges { node { id } } } users(first: 1) { edges { node { id } } } } }`);
      const users = await arrivalMatching(gate, USERS);
      const tickets = () => gate.arrived.filter((held) => TICKETS.test(held.url));
      await until(() => tickets().length === 2);
      (tickets()[1] as HeldRequest).pass();
      await until(() => tickets().length === 3);
      const readAhead = gate.arrived.filter((held) => TICKETS.test(held.url))[2] as HeldRequest;
      query.abort();
      await Promise.all([users.abandoned, readAhead.abandoned]);
      await gw.runtime.gateway.whenIdle();
      expect(gate.arrived).toHaveLength(4);
    });

    it('stops when shutdown begins (drain), while a delivered response is being read ahead of', async () => {
      const gw = await start(prefetch);
      const after = await firstPageCursor(gw);
      const query = startQuery(gw, `{ zendesk { tickets(first: 100, after: "${after}") { edges { node { id } } } } }`);
      (await gate.nth(2)).pass();
      expect(await query.response).not.toBe('aborted');
      const readAhead = await gate.nth(3);
      gw.runtime.gateway.drain();
      await readAhead.abandoned;
      await gw.runtime.gateway.whenIdle();
      expect(gate.arrived).toHaveLength(3);
    });
  });
});

describe('extensions.upstreamCalls under faults with retries', () => {
  it('equals the simulator log of the request, retries included', async () => {
    const simulator = await startZendeskSimulator({
      sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 1_000, articles: 10 },
      faults: { seed: 7, rateLimitedRate: 0.3, retryAfterSeconds: 0, serverErrorRate: 0.2, pathPattern: TICKETS },
    });
    const gateway = await startTestGateway({ ...zendeskEnv(simulator), EXPOSE_UPSTREAM_CALLS: 'true', UPSTREAM_RETRY_BASE_DELAY_MS: '1' });
    try {
      const response = await gateway.query('{ zendesk { tickets(first: 500) { edges { node { id } } } } }');
      expect(response.errors).toBeUndefined();
      await gateway.runtime.gateway.whenIdle();
      const statuses = simulator.requests.entries.map((entry) => entry.status);
      // Five pages, and the faults made it retry.
      expect(statuses.filter((status) => status === 200)).toHaveLength(5);
      expect(statuses.length).toBeGreaterThan(5);
      expect(upstreamCallsOf(response).total).toBe(statuses.length);
    } finally {
      await gateway.stop();
      await simulator.close();
    }
  });
});
