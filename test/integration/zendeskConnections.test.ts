import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { connectionQuery, fetchPage, traverseForward } from '../helpers/traverse';

const TICKETS = '/api/v2/tickets';

describe('Zendesk over HTTP against the simulator (default data set: 12,345 tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator();
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const ticketIdsById = () => [...simulator.data.tickets].sort((a, b) => a.id - b.id).map((ticket) => String(ticket.id));

  // The paginator contract (test/contract/) checks the same on small lists at the engine; this one
  // runs the whole default data set through the HTTP server, as a client would.
  it.each([100, 250])('visits every ticket once, in order, with first=%i and the minimal number of calls', async (first) => {
    const result = await traverseForward(gateway, 'zendesk', 'tickets', first);
    expect(result.ids).toEqual(ticketIdsById());
    const total = simulator.data.tickets.length;
    // Each GraphQL page of `first` needs ceil(first / 100) native pages (Zendesk's maximum) and no
    // native page is ever fetched twice: for first=100 that is ceil(N / 100) overall.
    const fullPages = Math.floor(total / first);
    const rest = total % first;
    const expected = fullPages * Math.ceil(first / 100) + (rest > 0 ? Math.ceil(rest / 100) : 0);
    expect(callsTo(simulator, TICKETS)).toBe(expected);
    if (first === 100) expect(expected).toBe(Math.ceil(total / 100));
  });

  it('orders by updated_at descending when asked, ties broken by id', async () => {
    const result = await traverseForward(gateway, 'zendesk', 'tickets', 500, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }, {
      args: 'orderBy: $orderBy',
      vars: ', $orderBy: ZendeskTicketOrder',
    });
    const expected = [...simulator.data.tickets]
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id)
      .map((ticket) => String(ticket.id));
    expect(result.ids).toEqual(expected);
  });

  it('reads totalCount from the count endpoint only when selected', async () => {
    const response = await gateway.query<{ zendesk: { tickets: { totalCount: number } } }>('{ zendesk { tickets(first: 1) { totalCount } } }');
    expect(response.data?.zendesk.tickets.totalCount).toBe(simulator.data.tickets.length);
    expect(callsTo(simulator, '/api/v2/tickets/count')).toBe(1);
  });

  it('serves the other connections: users by role, organizations, groups, comments', async () => {
    const agents = await traverseForward(gateway, 'zendesk', 'users', 500, { role: 'AGENT' }, { args: 'role: $role', vars: ', $role: ZendeskUserRole' });
    expect(agents.ids).toEqual(simulator.data.users.filter((user) => user.role === 'agent').map((user) => String(user.id)));
    const organizations = await traverseForward(gateway, 'zendesk', 'organizations', 100);
    expect(organizations.ids).toEqual(simulator.data.organizations.map((org) => String(org.id)));
    const groups = await traverseForward(gateway, 'zendesk', 'groups', 7);
    expect(groups.ids).toEqual(simulator.data.groups.map((group) => String(group.id)));
    const response = await gateway.query<{ zendesk: { tickets: { nodes: Array<{ nativeId: string; comments: { nodes: Array<{ nativeId: string }> } }> } } }>(
      `{ zendesk { tickets(first: 1, orderBy: { field: ID }) { nodes { nativeId comments(first: 2) { nodes { nativeId } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const firstTicket = response.data?.zendesk.tickets.nodes[0];
    const expectedComments = (simulator.data.comments.get(Number(firstTicket?.nativeId)) ?? []).slice(0, 2).map((comment) => String(comment.id));
    expect(firstTicket?.comments.nodes.map((comment) => comment.nativeId)).toEqual(expectedComments);
  });

  it('serves global ids that encode provider, type and native id', async () => {
    const response = await gateway.query<{ zendesk: { tickets: { nodes: Array<{ id: string; nativeId: string }> } } }>(
      '{ zendesk { tickets(first: 2) { nodes { id nativeId } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeDefined();
    for (const node of response.data?.zendesk.tickets.nodes ?? []) {
      expect(node.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(node.id, 'base64url').toString()).toBe(`zendesk:ZendeskTicket:${node.nativeId}`);
    }
  });

  describe('bad input: a coded GraphQL error, HTTP 200, and no upstream call', () => {
    const ticketsQuery = connectionQuery('zendesk', 'tickets', 'orderBy: $orderBy', ', $orderBy: ZendeskTicketOrder');

    it.each<[string, Record<string, unknown>, string]>([
      ['negative first', { first: -1 }, 'BAD_USER_INPUT'],
      ['first over the cap', { first: 501 }, 'BAD_USER_INPUT'],
      ['first with last', { first: 2, last: 2 }, 'BAD_USER_INPUT'],
      ['last without before (Zendesk cannot list from the end)', { last: 5 }, 'BAD_USER_INPUT'],
      ['a garbage cursor', { first: 2, after: 'bm90LWEtY3Vyc29y' }, 'BAD_CURSOR'],
    ])('%s', async (_name, variables, code) => {
      const response = await gateway.query(ticketsQuery, variables);
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ zendesk: null });
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(response.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('a cursor from another sort order', async () => {
      const page = await fetchPage(gateway, 'zendesk', 'tickets', { first: 2 });
      simulator.requests.clear();
      const response = await gateway.query(ticketsQuery, { first: 2, after: page.pageInfo.endCursor, orderBy: { field: 'UPDATED_AT' } });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/different filter or sort/);
      expect(simulator.requests.entries).toHaveLength(0);
    });
  });
});
