import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { type ConnectionPage, fetchPage } from '../helpers/traverse';

/**
 * Small pages mean one GraphQL request per native page, so these run on a smaller data set
 * (1,000 tickets) to keep the suite fast; the engine does not care about the size.
 */
describe('Zendesk tickets with small pages (1,000 tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({
      sizes: { tickets: 1000, users: 50, organizations: 10, groups: 5, articles: 10, maxCommentsPerTicket: 2 },
    });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const allIds = () => [...simulator.data.tickets].sort((a, b) => a.id - b.id).map((ticket) => String(ticket.id));

  it('walks backward with last/before from the last ticket and returns the same set reversed', async () => {
    // 1,000 = 2 × 500: Zendesk's has_more on the last full page makes the third page empty, so
    // keep the last page that had edges.
    let tail = await fetchPage(gateway, 'zendesk', 'tickets', { first: 500 });
    for (let next = tail; next.pageInfo.hasNextPage; ) {
      next = await fetchPage(gateway, 'zendesk', 'tickets', { first: 500, after: next.pageInfo.endCursor });
      if (next.edges.length > 0) tail = next;
    }
    const lastTicket = tail.edges[tail.edges.length - 1]?.node.nativeId;
    simulator.requests.clear();
    const backward: string[] = [];
    let before = tail.pageInfo.endCursor;
    for (;;) {
      const page: ConnectionPage = await fetchPage(gateway, 'zendesk', 'tickets', { last: 130, before });
      backward.push(...page.edges.map((edge) => edge.node.nativeId).reverse());
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect([lastTicket, ...backward]).toEqual([...allIds()].reverse());
    // The first call refetches the last ticket's native page (to read the tickets before it in
    // that page); every later call is native backward paging (page[before]); none is repeated.
    const queries = simulator.requests.entries.map((entry) => entry.query);
    expect(queries.slice(1).every((query) => query.includes('page%5Bbefore%5D'))).toBe(true);
    expect(new Set(queries).size).toBe(queries.length);
  });
});
