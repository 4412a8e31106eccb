import { cursorMinimum } from '../../bench/lib/minimum';
import { startZendeskSimulator, type ZendeskSimulator, type ZendeskTicket, type ZendeskView } from '../../src/providers/zendesk/simulator';
import { viewMatches } from '../../src/providers/zendesk/simulator/viewMatches';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { traverseForward, type ConnectionPage } from '../helpers/traverse';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

/** A view's tickets in the view's own sort (execution.sort_by / sort_order), ties by id in the same direction. */
function inViewOrder(view: ZendeskView, tickets: ReadonlyArray<ZendeskTicket>): string[] {
  const field = view.execution.sort_by;
  const sign = view.execution.sort_order === 'desc' ? -1 : 1;
  const value = (ticket: ZendeskTicket): string | number => (field === 'id' ? ticket.id : field === 'status' ? STATUSES.indexOf(ticket.status) : ticket[field]);
  return [...tickets]
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return sign * (x === y ? a.id - b.id : x < y ? -1 : 1);
    })
    .map((ticket) => String(ticket.id));
}

const VIEW_TICKETS = `query ($viewAfter: String, $first: Int, $after: String) {
  zendesk { views(first: 1, after: $viewAfter) { nodes { nativeId tickets(first: $first, after: $after) {
    edges { cursor node { nativeId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } } } }
}`;

describe('Zendesk views over HTTP against the simulator (130 views, 600 tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 600, users: 30, articles: 1, views: 130 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const inCreationOrder = (): ZendeskView[] => [...simulator.data.views].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);

  it('zendesk.views visits every view once, in creation order, with first=150 and the minimal number of calls', async () => {
    const result = await traverseForward(gateway, 'zendesk', 'views', 150);
    expect(result.ids).toEqual(inCreationOrder().map((view) => String(view.id)));
    expect(callsTo(simulator, '/api/v2/views')).toBe(cursorMinimum(simulator.data.views.length, 150, 100, true));
  });

  it('ZendeskView.tickets visits every ticket of a view with more than 100, in the view\'s sort, with first=150 and the minimal number of calls', async () => {
    const views = inCreationOrder();
    const index = views.findIndex((view) => simulator.data.tickets.filter((ticket) => viewMatches(view, ticket)).length > 100);
    const view = views[index];
    if (view === undefined) throw new Error('no view with more than 100 tickets');
    const matching = simulator.data.tickets.filter((ticket) => viewMatches(view, ticket));
    // The view's edge cursor comes from the views list, so views(first: 1, after:) lands on it.
    const listed = await gateway.query<{ zendesk: { views: ConnectionPage } }>('query ($first: Int) { zendesk { views(first: $first) { edges { cursor node { nativeId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }', { first: index });
    expect(listed.errors).toBeUndefined();
    const viewAfter = index === 0 ? null : (listed.data?.zendesk.views.edges[index - 1]?.cursor ?? null);
    simulator.requests.clear();
    const ids: string[] = [];
    let after: string | null = null;
    for (let request = 0; request < 20; request += 1) {
      const response: { errors?: unknown; data?: { zendesk: { views: { nodes: Array<{ nativeId: string; tickets: ConnectionPage }> } } } | null } = await gateway.query(VIEW_TICKETS, { viewAfter, first: 150, after });
      expect(response.errors).toBeUndefined();
      const node = response.data?.zendesk.views.nodes[0];
      expect(node?.nativeId).toBe(String(view.id));
      ids.push(...(node?.tickets.edges.map((edge) => edge.node.nativeId) ?? []));
      if (!node?.tickets.pageInfo.hasNextPage) break;
      after = node.tickets.pageInfo.endCursor;
    }
    expect(ids).toEqual(inViewOrder(view, matching));
    expect(callsTo(simulator, `/api/v2/views/${view.id}/tickets`)).toBe(cursorMinimum(matching.length, 150, 100, true));
  });
});
