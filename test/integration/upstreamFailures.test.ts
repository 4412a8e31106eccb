import type { FaultOptions } from '../../src/simulators/kit/faultPlan';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

const COUNT = /\/count\.json$/;
const TICKETS_WITH_COUNT = '{ zendesk { tickets(first: 3, orderBy: { field: ID }) { totalCount nodes { nativeId } } } }';

/** A Zendesk simulator (small data set) and a gateway pointed at it with `env`. */
async function start(faults: FaultOptions | undefined, env: Record<string, string>): Promise<{ simulator: ZendeskSimulator; gateway: TestGateway }> {
  const simulator = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 1_000, articles: 10 }, faults });
  const gateway = await startTestGateway({ ...zendeskEnv(simulator), UPSTREAM_RETRY_BASE_DELAY_MS: '1', ...env });
  return { simulator, gateway };
}

describe('when retries cannot save a call', () => {
  let running: { simulator: ZendeskSimulator; gateway: TestGateway } | undefined;
  afterEach(async () => {
    await running?.gateway.stop();
    await running?.simulator.close();
    running = undefined;
  });

  const firstTicketIds = (simulator: ZendeskSimulator) => [...simulator.data.tickets].sort((a, b) => a.id - b.id).slice(0, 3).map((ticket) => ({ nativeId: String(ticket.id) }));
  const statusesOf = (simulator: ZendeskSimulator, pattern: RegExp) => simulator.requests.entries.filter((entry) => pattern.test(entry.path)).map((entry) => entry.status);

  it('keeps the rest of the response when retries run out: the field is null with UPSTREAM_RATE_LIMITED and retryAfter', async () => {
    running = await start({ rateLimitedRate: 1, retryAfterSeconds: 0, pathPattern: COUNT }, { UPSTREAM_MAX_RETRIES: '2' });
    const { simulator, gateway } = running;
    const response = await gateway.query(TICKETS_WITH_COUNT);
    expect(response).toEqual({
      status: 200,
      data: { zendesk: { tickets: { totalCount: null, nodes: firstTicketIds(simulator) } } },
      errors: [
        {
          message: expect.stringMatching(/^zendesk answered HTTP 429/),
          locations: [{ line: 1, column: expect.any(Number) }],
          path: ['zendesk', 'tickets', 'totalCount'],
          extensions: { code: 'UPSTREAM_RATE_LIMITED', provider: 'zendesk', upstreamStatus: 429, upstreamCode: 'TooManyRequests', retryAfter: 0 },
        },
      ],
    });
    // One try and two retries, each obeying Retry-After: 0.
    expect(statusesOf(simulator, COUNT)).toEqual([429, 429, 429]);
  });

  it('fails fast, without waiting, when Retry-After is longer than UPSTREAM_MAX_RETRY_AFTER_MS', async () => {
    running = await start({ rateLimitedRate: 1, retryAfterSeconds: 30, pathPattern: COUNT }, { UPSTREAM_MAX_RETRY_AFTER_MS: '5000' });
    const { simulator, gateway } = running;
    const response = await gateway.query(TICKETS_WITH_COUNT);
    expect(response.data).toEqual({ zendesk: { tickets: { totalCount: null, nodes: firstTicketIds(simulator) } } });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'UPSTREAM_RATE_LIMITED', provider: 'zendesk', upstreamStatus: 429, upstreamCode: 'TooManyRequests', retryAfter: 30 },
    ]);
    expect(statusesOf(simulator, COUNT)).toEqual([429]);
  });

  it('reports UPSTREAM_UNAVAILABLE after 5xx and dropped connections exhaust the retries', async () => {
    running = await start({ serverErrorRate: 0.5, dropRate: 0.5, pathPattern: COUNT }, { UPSTREAM_MAX_RETRIES: '3' });
    const { simulator, gateway } = running;
    const response = await gateway.query(TICKETS_WITH_COUNT);
    expect(response.data).toEqual({ zendesk: { tickets: { totalCount: null, nodes: firstTicketIds(simulator) } } });
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(statusesOf(simulator, COUNT)).toHaveLength(4);
  });

  it('stops a request at UPSTREAM_MAX_CALLS_PER_REQUEST with UPSTREAM_CALL_LIMIT, sending nothing past the cap', async () => {
    running = await start(undefined, { UPSTREAM_MAX_CALLS_PER_REQUEST: '3' });
    const { simulator, gateway } = running;
    // 500 tickets are 5 native pages of 100.
    const response = await gateway.query('{ zendesk { tickets(first: 500) { nodes { nativeId } } } }');
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'UPSTREAM_CALL_LIMIT', provider: 'zendesk', limit: 3 }]);
    expect(simulator.requests.entries).toHaveLength(3);
  });

  it('stops retrying when the request-wide UPSTREAM_RETRY_BUDGET is spent', async () => {
    running = await start({ rateLimitedRate: 1, retryAfterSeconds: 0, pathPattern: COUNT }, { UPSTREAM_MAX_RETRIES: '10', UPSTREAM_RETRY_BUDGET: '4' });
    const { simulator, gateway } = running;
    const response = await gateway.query(TICKETS_WITH_COUNT);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(statusesOf(simulator, COUNT)).toEqual([429, 429, 429, 429, 429]);
  });

  it('refuses a page over UPSTREAM_MAX_BODY_BYTES with UPSTREAM_RESPONSE_TOO_LARGE, and does not retry it', async () => {
    // 50 simulated tickets are ~21 KB of JSON.
    running = await start(undefined, { UPSTREAM_MAX_BODY_BYTES: '2000' });
    const { simulator, gateway } = running;
    const response = await gateway.query('{ zendesk { tickets(first: 50) { nodes { nativeId } } } }');
    expect(response.data).toEqual({ zendesk: null });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'UPSTREAM_RESPONSE_TOO_LARGE', provider: 'zendesk', upstreamStatus: 200, limitBytes: 2000 },
    ]);
    expect(simulator.requests.entries.map((entry) => `${entry.path} ${entry.status}`)).toEqual(['/api/v2/tickets.json 200']);
  });
});
