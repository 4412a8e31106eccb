import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { readAheadSettled, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { fetchPage } from '../helpers/traverse';

/**
 * `first: 0` / `last: 0` over HTTP: no provider call, no edges and so no cursors, and the flag for
 * the direction of travel says "more may follow" unless the cursor shows the list ends there; the
 * client continues with the cursor it sent (README, "Connections and cursors").
 */
describe('zero-count pages over HTTP (Zendesk simulator, 30 tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 30, users: 10, organizations: 3, groups: 2, articles: 5, maxCommentsPerTicket: 1 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const ids = (page: { edges: ReadonlyArray<{ node: { nativeId: string } }> }) => page.edges.map((edge) => edge.node.nativeId);

  it('first: 0 calls no provider, returns no cursors, and the client continues from the start', async () => {
    const zero = await fetchPage(gateway, 'zendesk', 'tickets', { first: 0 });
    expect(zero).toEqual({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } });
    expect(simulator.requests.entries).toEqual([]);
    const next = await fetchPage(gateway, 'zendesk', 'tickets', { first: 3, after: zero.pageInfo.endCursor });
    expect(ids(next)).toEqual(ids(await fetchPage(gateway, 'zendesk', 'tickets', { first: 3 })));
  });

  it('first: 0 after a cursor calls no provider, and that same cursor continues the list', async () => {
    const five = await fetchPage(gateway, 'zendesk', 'tickets', { first: 5 });
    simulator.requests.clear();
    const zero = await fetchPage(gateway, 'zendesk', 'tickets', { first: 0, after: five.edges[1]?.cursor });
    expect(zero).toEqual({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: true, startCursor: null, endCursor: null } });
    expect(simulator.requests.entries).toEqual([]);
    const next = await fetchPage(gateway, 'zendesk', 'tickets', { first: 3, after: five.edges[1]?.cursor });
    expect(ids(next)).toEqual(ids(five).slice(2, 5));
  });

  it('last: 0 before the first ticket calls no provider and says nothing comes before it', async () => {
    const five = await fetchPage(gateway, 'zendesk', 'tickets', { first: 5 });
    // The earlier tests' read-ahead (on by default) must not land in this test's log.
    await readAheadSettled(gateway, simulator);
    simulator.requests.clear();
    const zero = await fetchPage(gateway, 'zendesk', 'tickets', { last: 0, before: five.edges[0]?.cursor });
    expect(zero).toEqual({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } });
    expect(simulator.requests.entries).toEqual([]);
  });
});
