import { type SmallGateway, startSmallGateway } from '../helpers/smallGateway';

const KEY = 'readiness-key-0123456789abcdef';
const READY_CHECKS = {
  config: { ok: true },
  apollo: { ok: true },
  server: { ok: true },
  shutdown: { ok: true, draining: false },
  // Issue 23: budgets in this process (no REDIS_URL), so never degraded.
  rateBudgets: { ok: true, shared: false, degraded: false },
};

describe('GET /ready', () => {
  let small: SmallGateway;
  beforeAll(async () => {
    small = await startSmallGateway({ GATEWAY_API_KEYS: KEY });
  });
  afterAll(() => small.stop());

  it('answers 200 with every check, uncached, and without an API key (like /health)', async () => {
    const response = await fetch(`${small.gateway.runtime.url}/ready`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ready', checks: READY_CHECKS });
    // The same request to /graphql needs the key: /ready is open on purpose, not by accident.
    expect((await fetch(`${small.gateway.runtime.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(401);
  });

  it('answers HEAD without a body, and costs no provider call', async () => {
    const before = small.simulator.requests.entries.length;
    const response = await fetch(`${small.gateway.runtime.url}/ready`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(small.simulator.requests.entries.length).toBe(before);
  });

  it('lists /ready in the 404 answer', async () => {
    const response = await fetch(`${small.gateway.runtime.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ready: '/ready', health: '/health' });
  });
});

describe('/ready during shutdown (SHUTDOWN_DRAIN_MS)', () => {
  it('answers 503 from the moment stop() begins while the server keeps serving, until the drain ends', async () => {
    const small = await startSmallGateway({ SHUTDOWN_DRAIN_MS: '600000' });
    const { runtime } = small.gateway;
    const stopped = runtime.stop();
    try {
      const ready = await fetch(`${runtime.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', checks: { ...READY_CHECKS, shutdown: { ok: false, draining: true } } });
      // Still alive, and still serving the requests that arrive while the load balancer catches up.
      expect((await fetch(`${runtime.url}/health`)).status).toBe(200);
      const query = await small.gateway.query<{ zendesk: { tickets: { totalCount: number } } }>('{ zendesk { tickets(first: 1) { totalCount } } }');
      expect(query.errors).toBeUndefined();
      expect(query.data?.zendesk.tickets.totalCount).toBe(20);
      expect(runtime.server.listening).toBe(true);
    } finally {
      runtime.skipDrain();
      await stopped;
      await small.simulator.close();
    }
    expect(runtime.server.listening).toBe(false);
    // After the stop every part reports itself down (nothing can ask over HTTP any more).
    expect(await runtime.gateway.readiness.report()).toEqual({
      status: 'not ready',
      checks: {
        config: { ok: true },
        apollo: { ok: false },
        server: { ok: false },
        shutdown: { ok: false, draining: true },
        rateBudgets: { ok: false, shared: false, degraded: false },
      },
    });
  });
});
