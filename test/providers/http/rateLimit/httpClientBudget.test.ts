import { ErrorCode } from '../../../../src/errorCodes';
import { createHttpClient, type HttpClient, type UpstreamHttp } from '../../../../src/providers/http/httpClient';
import type { WindowLimiter } from '../../../../src/providers/http/rateLimit/budgetStore';
import { createMemoryBudgetStore } from '../../../../src/providers/http/rateLimit/memoryBudgetStore';
import type { RateLimit } from '../../../../src/providers/http/rateLimit/parseRateLimit';
import { createRateBudget, type RateBudget } from '../../../../src/providers/http/rateLimit/rateBudget';
import { readZendeskErrorFields } from '../../../../src/providers/zendesk/api/errorBody';
import { ZENDESK_RATE_LIMIT_HEADERS } from '../../../../src/providers/zendesk/api/rateLimit';
import { type RunningSimulator, type SimResponse, startSimulatorServer } from '../../../../src/simulators/kit/simulatorServer';

/** /flaky answers 503 once, then 200; every answer carries Zendesk's rate-limit headers for a 100-a-minute plan. */
async function startUpstream(): Promise<RunningSimulator> {
  let flaky = 0;
  const headers = { 'x-rate-limit': '100', 'x-rate-limit-remaining': '90' };
  const handle = (request: { path: string }): SimResponse => {
    if (request.path === '/flaky' && flaky++ === 0) return { status: 503, body: { error: 'Unavailable' }, headers };
    return { status: 200, body: { ok: true }, headers };
  };
  return startSimulatorServer({ name: 'test', routes: [{ method: 'GET', pattern: /^\/.*$/, handle }], authorize: () => null, rateLimitedBody: () => ({}) });
}

describe('the HTTP client draws every attempt from the account’s rate budget', () => {
  let simulator: RunningSimulator;
  let client: HttpClient | undefined;
  beforeAll(async () => {
    simulator = await startUpstream();
  });
  afterEach(async () => {
    await client?.close();
    simulator.requests.clear();
  });
  afterAll(() => simulator.close());

  function clientWith(limit: RateLimit, maxWaitMs: number): { http: UpstreamHttp; budget: RateBudget; draws: () => number } {
    const window = createMemoryBudgetStore().limiter('zendesk:test', limit);
    let draws = 0;
    const counted: WindowLimiter = { take: () => ((draws += 1), window.take()), setLimit: (learned) => window.setLimit(learned) };
    const budget = createRateBudget({ provider: 'zendesk', limiter: counted, limit, headers: ZENDESK_RATE_LIMIT_HEADERS, maxWaitMs });
    client = createHttpClient({
      provider: 'zendesk',
      readErrorFields: readZendeskErrorFields,
      baseUrl: simulator.url,
      headers: {},
      connectTimeoutMs: 1_000,
      requestTimeoutMs: 5_000,
      connections: 2,
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 1_000 },
      rateBudget: budget,
    });
    return { http: client.bind(() => undefined), budget, draws: () => draws };
  }

  it('fails a call past the longest wait with UPSTREAM_RATE_LIMITED and retryAfter, sending nothing', async () => {
    const { http } = clientWith({ requests: 1, perSeconds: 60 }, 0);
    await expect(http.requestJson({ method: 'GET', path: '/one', endpoint: 'GET /one' })).resolves.toEqual({ ok: true });
    await expect(http.requestJson({ method: 'GET', path: '/two', endpoint: 'GET /two' })).rejects.toMatchObject({
      code: ErrorCode.UPSTREAM_RATE_LIMITED,
      details: { provider: 'zendesk', retryAfter: 61 },
    });
    expect(simulator.requests.entries.map((entry) => entry.path)).toEqual(['/one']);
  });

  it('draws a turn for a retry too, and learns the plan from the answers’ headers', async () => {
    const { http, budget, draws } = clientWith({ requests: 700, perSeconds: 60 }, 10_000);
    await expect(http.requestJson({ method: 'GET', path: '/flaky', endpoint: 'GET /flaky' })).resolves.toEqual({ ok: true });
    expect(simulator.requests.entries.map((entry) => [entry.path, entry.status])).toEqual([
      ['/flaky', 503],
      ['/flaky', 200],
    ]);
    expect(draws()).toBe(2);
    expect(budget.limit).toEqual({ requests: 100, perSeconds: 60 });
  });
});
