import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { type ConnectionPage, fetchPage } from '../helpers/traverse';

const TICKETS = 1050;
const PAGES = Math.ceil(TICKETS / 100);

/** Waits until the simulator has seen `count` ticket requests (a prefetch lands after the response). */
async function untilCalls(simulator: ZendeskSimulator, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200 && callsTo(simulator, '/api/v2/tickets') < count; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets any read-ahead the last response started reach the simulator (none is expected to). */
async function quiet(gateway: TestGateway): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await gateway.runtime.gateway.whenIdle();
}

/** Walks all tickets with `first: 100`, checking after each response how many pages Zendesk was asked for. */
async function walk(simulator: ZendeskSimulator, gateway: TestGateway, expectedCalls: (request: number) => number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let request = 1; ; request += 1) {
    const page: ConnectionPage = await fetchPage(gateway, 'zendesk', 'tickets', { first: 100, after });
    ids.push(...page.edges.map((edge) => edge.node.nativeId));
    const expected = expectedCalls(request);
    await untilCalls(simulator, expected);
    await quiet(gateway);
    expect(callsTo(simulator, '/api/v2/tickets')).toBe(expected);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe.each([
  ['defaults (PREFETCH_PAGES on, PREFETCH_DEPTH 2)', {}],
  ['PREFETCH_PAGES=true, PREFETCH_DEPTH=2', { PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '2' }],
])('read-ahead over HTTP with %s (1,050 Zendesk tickets)', (_name, env: Record<string, string>) => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: TICKETS, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), ...env });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  it("reads nothing ahead after a traversal's first request, two pages ahead from its second on, with no extra call in all", async () => {
    // Request 1 (no cursor) reads its page only: a one-page view costs one call. After answering
    // request k ≥ 2 (it resumed from a cursor), the gateway has asked Zendesk for page k + 1, and
    // for k + 2 as soon as k + 1 arrived (its token is only known then); never further ahead.
    const ids = await walk(simulator, gateway, (request) => (request === 1 ? 1 : Math.min(request + 2, PAGES)));
    expect(ids).toEqual([...simulator.data.tickets].sort((a, b) => a.id - b.id).map((ticket) => String(ticket.id)));
    expect(callsTo(simulator, '/api/v2/tickets')).toBe(PAGES);
  });

  it('a one-page view costs exactly one call', async () => {
    const page = await fetchPage(gateway, 'zendesk', 'tickets', { first: 100 });
    expect(page.edges).toHaveLength(100);
    await quiet(gateway);
    expect(callsTo(simulator, '/api/v2/tickets')).toBe(1);
  });
});

describe('PREFETCH_PAGES=false over HTTP', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 350, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), PREFETCH_PAGES: 'false' });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });

  it('reads each page when it is asked for, never ahead', async () => {
    const ids = await walk(simulator, gateway, (request) => request);
    expect(ids).toHaveLength(350);
  });
});
