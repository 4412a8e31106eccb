import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/**
 * `zendesk.search` (offset search capped at 1,000 results; the export when `type` is given) and the
 * cursor-based incremental exports, driven through the real HTTP server against the simulator.
 * 1,500 tickets: more than search's 1,000-result limit, and several pages of 500.
 */
interface Page<TNode> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: TNode }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount?: number | null;
}
type SearchNode = { readonly __typename: string; readonly nativeId: string };
type TicketNode = { readonly nativeId: string; readonly subject: string; readonly status: string };
type UserNode = { readonly nativeId: string; readonly active: boolean };
interface GraphQLAnswer<T> {
  readonly data?: { readonly zendesk: Record<string, Page<T>> | null } | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly extensions?: { readonly code?: string } }>;
}

const SEARCH = `query Search($query: String!, $type: ZendeskSearchType, $first: Int, $after: String, $last: Int) {
  zendesk { search(query: $query, type: $type, first: $first, after: $after, last: $last) {
    edges { cursor node { __typename ... on ZendeskTicket { nativeId } ... on ZendeskUser { nativeId }
      ... on ZendeskOrganization { nativeId } ... on ZendeskGroup { nativeId } } }
    pageInfo { hasNextPage endCursor } } } }`;
const SEARCH_WITH_COUNT = SEARCH.replace('pageInfo {', 'totalCount pageInfo {');
const INCREMENTAL_TICKETS = `query Changes($since: DateTime!, $first: Int, $after: String, $last: Int) {
  zendesk { incrementalTickets(since: $since, first: $first, after: $after, last: $last) {
    edges { cursor node { nativeId subject status } } pageInfo { hasNextPage endCursor } } } }`;
const INCREMENTAL_USERS = `query Changes($since: DateTime!, $first: Int, $after: String) {
  zendesk { incrementalUsers(since: $since, first: $first, after: $after) {
    edges { cursor node { nativeId active } } pageInfo { hasNextPage endCursor } } } }`;
const SINCE_EVER = '2000-01-01T00:00:00Z';

describe('Zendesk search and incremental exports (1,500 tickets)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 1500, users: 300, organizations: 20, groups: 5, articles: 1, maxCommentsPerTicket: 1 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  async function page<T>(query: string, field: string, variables: Record<string, unknown>): Promise<Page<T>> {
    const answer = (await gateway.query(query, variables)) as GraphQLAnswer<T>;
    expect(answer.errors).toBeUndefined();
    const connection = answer.data?.zendesk?.[field];
    if (!connection) throw new Error(`no ${field} in the answer`);
    return connection;
  }

  async function failure(query: string, variables: Record<string, unknown>) {
    const answer = (await gateway.query(query, variables)) as GraphQLAnswer<unknown>;
    return answer.errors?.[0];
  }

  /** Pages forward (from `variables.after` when given) until hasNextPage is false or a coded error ends the traversal. */
  async function traverse<T>(query: string, field: string, variables: Record<string, unknown>) {
    const nodes: T[] = [];
    let after = typeof variables.after === 'string' ? variables.after : null;
    let last: Page<T> | undefined;
    for (let requests = 0; requests < 100; requests += 1) {
      const answer = (await gateway.query(query, { ...variables, after })) as GraphQLAnswer<T>;
      if (answer.errors) return { nodes, last, error: answer.errors[0] };
      const connection = answer.data?.zendesk?.[field];
      if (!connection) throw new Error(`no ${field} in the answer`);
      nodes.push(...connection.edges.map((edge) => edge.node));
      last = connection;
      if (!connection.pageInfo.hasNextPage) return { nodes, last, error: undefined };
      after = connection.pageInfo.endCursor;
    }
    throw new Error('runaway traversal');
  }

  const calls = (path: string) => simulator.requests.entries.filter((entry) => entry.path === path || entry.path === `${path}.json`);
  /** The simulator's search order: newest created first, ties by id. */
  const ticketsNewestFirst = () =>
    [...simulator.data.tickets].sort((a, b) => (a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? 1 : -1)).map((ticket) => String(ticket.id));
  /** The incremental stream's order: last change first-to-last, ties by id. */
  const byLastChange = <T extends { id: number; updated_at: string }>(records: ReadonlyArray<T>) =>
    [...records].sort((a, b) => (a.updated_at === b.updated_at ? a.id - b.id : a.updated_at < b.updated_at ? -1 : 1)).map((record) => String(record.id));

  describe('search without type (GET /api/v2/search)', () => {
    it('serves the first 1,000 results in 10 calls, then PAGINATION_LIMIT without asking Zendesk for page 11', async () => {
      const result = await traverse<SearchNode>(SEARCH, 'search', { query: 'type:ticket', first: 100 });
      expect(result.nodes.map((node) => node.nativeId)).toEqual(ticketsNewestFirst().slice(0, 1000));
      expect(result.nodes.every((node) => node.__typename === 'ZendeskTicket')).toBe(true);
      expect(result.error?.extensions?.code).toBe('PAGINATION_LIMIT');
      expect(calls('/api/v2/search')).toHaveLength(10);
      expect(calls('/api/v2/search').every((entry) => entry.status === 200)).toBe(true);
    });

    it('reads totalCount from the page (count: every match, also past 1,000) at no extra call', async () => {
      const connection = await page<SearchNode>(SEARCH_WITH_COUNT, 'search', { query: 'type:ticket', first: 3 });
      expect(connection.totalCount).toBe(1500);
      expect(simulator.requests.entries).toHaveLength(1);
    });

    it('resolves each result to its own type', async () => {
      // Free text: user names and emails, organization and group names, ticket subjects and descriptions.
      const connection = await page<SearchNode>(SEARCH, 'search', { query: 'a', first: 100 });
      const users = new Set(simulator.data.users.map((user) => String(user.id)));
      const typenames = new Set(connection.edges.map((edge) => edge.node.__typename));
      expect(typenames.size).toBeGreaterThan(1);
      for (const { node } of connection.edges) {
        if (node.__typename === 'ZendeskUser') expect(users.has(node.nativeId)).toBe(true);
      }
    });
  });

  describe('search with type (GET /api/v2/search/export)', () => {
    it('reaches every record of the type, past 1,000, in ceil(N / first) calls', async () => {
      const result = await traverse<SearchNode>(SEARCH, 'search', { query: '#', type: 'TICKET', first: 500 });
      expect(result.error).toBeUndefined();
      expect(result.nodes.map((node) => node.nativeId)).toEqual(ticketsNewestFirst());
      expect(calls('/api/v2/search/export')).toHaveLength(3);
      expect(simulator.requests.entries).toHaveLength(3);
    });

    it('reads totalCount from /api/v2/search/count, once, only when selected', async () => {
      const connection = await page<SearchNode>(SEARCH_WITH_COUNT, 'search', { query: '#', type: 'TICKET', first: 2 });
      expect(connection.totalCount).toBe(1500);
      expect(calls('/api/v2/search/count')).toHaveLength(1);
      expect(calls('/api/v2/search/count')[0]?.query).toContain('type%3Aticket');
    });

    it.each([
      ['a `type:` term beside `type`', { query: 'type:user Ada', type: 'USER', first: 5 }],
      ['an empty query', { query: '  ', first: 5 }],
      ['`last` on the forward-only export', { query: 'Ada', type: 'USER', last: 5 }],
    ])('refuses %s with BAD_USER_INPUT and no call', async (_name, variables) => {
      expect((await failure(SEARCH, variables))?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(simulator.requests.entries).toHaveLength(0);
    });
  });

  describe('incremental exports', () => {
    it('lists every ticket once, oldest change first, in ceil(N / first) calls', async () => {
      const result = await traverse<TicketNode>(INCREMENTAL_TICKETS, 'incrementalTickets', { since: SINCE_EVER, first: 500 });
      expect(result.error).toBeUndefined();
      expect(result.nodes.map((node) => node.nativeId)).toEqual(byLastChange(simulator.data.tickets));
      expect(calls('/api/v2/incremental/tickets/cursor')).toHaveLength(3);
    });

    it("keeps the last endCursor valid: after it, later changes and deletions, and nothing else", async () => {
      const traversal = await traverse<TicketNode>(INCREMENTAL_TICKETS, 'incrementalTickets', { since: SINCE_EVER, first: 500 });
      const end = traversal.last?.pageInfo;
      expect(end?.hasNextPage).toBe(false);
      expect(end?.endCursor).toEqual(expect.any(String));

      simulator.requests.clear();
      const unchanged = await page<TicketNode>(INCREMENTAL_TICKETS, 'incrementalTickets', { since: SINCE_EVER, first: 500, after: end?.endCursor });
      expect(unchanged.edges).toEqual([]);
      expect(unchanged.pageInfo.hasNextPage).toBe(false);
      // The resume needs the native cursor only: one call, with `cursor=` and no `start_time`.
      expect(calls('/api/v2/incremental/tickets/cursor').map((entry) => entry.query)).toEqual([expect.stringContaining('cursor=')]);

      const [updated, deleted] = [simulator.data.tickets[10], simulator.data.tickets[20]];
      if (!updated || !deleted) throw new Error('the data set is too small');
      simulator.changes.updateTicket(updated.id, { subject: 'Changed after the traversal' });
      simulator.changes.deleteTicket(deleted.id);

      const changes = await page<TicketNode>(INCREMENTAL_TICKETS, 'incrementalTickets', { since: SINCE_EVER, first: 500, after: end?.endCursor });
      expect(changes.edges.map((edge) => edge.node)).toEqual([
        { nativeId: String(updated.id), subject: 'Changed after the traversal', status: updated.status },
        { nativeId: String(deleted.id), subject: deleted.subject, status: 'deleted' },
      ]);
      expect(changes.pageInfo.hasNextPage).toBe(false);

      const after = await page<TicketNode>(INCREMENTAL_TICKETS, 'incrementalTickets', { since: SINCE_EVER, first: 500, after: changes.pageInfo.endCursor });
      expect(after.edges).toEqual([]);
    });

    it('starts at `since`: only records changed at or after it', async () => {
      const sorted = byLastChange(simulator.data.users);
      const middle = simulator.data.users.find((user) => user.id === Number(sorted[150]));
      if (!middle) throw new Error('no user in the middle');
      const result = await traverse<UserNode>(INCREMENTAL_USERS, 'incrementalUsers', { since: middle.updated_at, first: 100 });
      expect(result.error).toBeUndefined();
      const expected = byLastChange(simulator.data.users.filter((user) => user.updated_at >= middle.updated_at));
      expect(result.nodes.map((node) => node.nativeId)).toEqual(expected);
      expect(expected.length).toBeLessThan(simulator.data.users.length);
    });

    it('reports a deleted user with active: false after the last endCursor', async () => {
      const traversal = await traverse<UserNode>(INCREMENTAL_USERS, 'incrementalUsers', { since: SINCE_EVER, first: 200 });
      expect(traversal.error).toBeUndefined();
      expect(traversal.nodes.map((node) => node.nativeId)).toEqual(byLastChange(simulator.data.users));
      const user = simulator.data.users.find((candidate) => candidate.active);
      if (!user) throw new Error('no active user');
      simulator.changes.deleteUser(user.id);
      const changes = await page<UserNode>(INCREMENTAL_USERS, 'incrementalUsers', { since: SINCE_EVER, first: 200, after: traversal.last?.pageInfo.endCursor });
      expect(changes.edges.map((edge) => edge.node)).toEqual([{ nativeId: String(user.id), active: false }]);
    });

    it.each([
      ['`since` within the last minute', { since: new Date(Date.now() - 10_000).toISOString(), first: 5 }],
      ['`last` on a forward-only export', { since: SINCE_EVER, last: 5 }],
    ])('refuses %s with BAD_USER_INPUT and no call', async (_name, variables) => {
      expect((await failure(INCREMENTAL_TICKETS, variables))?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(simulator.requests.entries).toHaveLength(0);
    });

    // Last: it changes a user, which moves in the stream.
    it('serves a record changed during a traversal again, in its new version, after the records it had not reached', async () => {
      const first = await page<UserNode>(INCREMENTAL_USERS, 'incrementalUsers', { since: SINCE_EVER, first: 100 });
      const served = first.edges[5]?.node;
      if (!served?.active) throw new Error('expected an active user early in the stream');
      simulator.changes.updateUser(Number(served.nativeId), { name: 'Renamed mid-traversal' });
      const rest = await traverse<UserNode>(INCREMENTAL_USERS, 'incrementalUsers', { since: SINCE_EVER, first: 100, after: first.pageInfo.endCursor });
      expect(rest.error).toBeUndefined();
      const ids = [...first.edges.map((edge) => edge.node.nativeId), ...rest.nodes.map((node) => node.nativeId)];
      // Every user once, and the renamed one a second time, last.
      expect(ids.slice(0, -1).sort()).toEqual(simulator.data.users.map((user) => String(user.id)).sort());
      expect(ids[ids.length - 1]).toBe(served.nativeId);
    });
  });
});
