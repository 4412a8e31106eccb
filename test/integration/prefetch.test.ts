import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { type ConnectionPage, fetchPage } from '../helpers/traverse';

/** Waits until the simulator has seen `count` ticket requests (a prefetch lands after the response). */
async function untilCalls(simulator: ZendeskSimulator, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200 && callsTo(simulator, '/api/v2/tickets') < count; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('PREFETCH_PAGES=true, PREFETCH_DEPTH=2 over HTTP (1,050 Zendesk tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 1050, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '2' });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });

  it('reads the next two pages ahead of the client, with no extra call over the whole traversal', async () => {
    const pages = Math.ceil(1050 / 100);
    const ids: string[] = [];
    let after: string | null = null;
    for (let request = 1; ; request += 1) {
      const page: ConnectionPage = await fetchPage(gateway, 'zendesk', 'tickets', { first: 100, after });
      ids.push(...page.edges.map((edge) => edge.node.nativeId));
      if (!page.pageInfo.hasNextPage) break;
      // After answering request k, the gateway asks Zendesk for page k + 1, and for k + 2 as soon as
      // k + 1 arrives (its token is only known then); never further ahead.
      const ahead = Math.min(request + 2, pages);
      await untilCalls(simulator, ahead);
      expect(callsTo(simulator, '/api/v2/tickets')).toBe(ahead);
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual([...simulator.data.tickets].sort((a, b) => a.id - b.id).map((ticket) => String(ticket.id)));
    expect(callsTo(simulator, '/api/v2/tickets')).toBe(pages);
  });
});
