import {
  defaultIntercomSimulatorOptions,
  type IntercomContact,
  type IntercomConversation,
  type IntercomDatasetSizes,
  type IntercomSimulator,
  startIntercomSimulator,
} from '../../src/providers/intercom/simulator';
import type { LoggedRequest } from '../../src/simulators/kit/simulatorServer';
import { callsTo, intercomEnv, readAheadSettled, startTestGateway, type TestGateway } from '../helpers/testGateway';
import type { ConnectionPage } from '../helpers/traverse';

/**
 * Intercom over real HTTP: the gateway configured as for the real API (INTERCOM_BASE_URL,
 * INTERCOM_TOKEN) against the simulator, whose request log gives the exact upstream traffic.
 */

interface SearchSpec {
  /** GraphQL arguments and variable declarations beyond first/after. */
  readonly args: string;
  readonly vars: string;
}

const NO_ARGS: SearchSpec = { args: '', vars: '' };
const SEARCH_CONVERSATIONS: SearchSpec = {
  args: 'filter: $filter, sort: $sort',
  vars: ', $filter: IntercomConversationFilter!, $sort: IntercomConversationSort',
};
const SEARCH_CONTACTS: SearchSpec = { args: 'filter: $filter, sort: $sort', vars: ', $filter: IntercomContactFilter!, $sort: IntercomContactSort' };
const SEARCH_TICKETS: SearchSpec = { args: 'filter: $filter', vars: ', $filter: IntercomTicketFilter!' };

/** Intercom connections are forward-only (except companies), so the query declares first/after alone. */
function forwardQuery(field: string, spec: SearchSpec): string {
  const args = ['first: $first', 'after: $after', spec.args].filter(Boolean).join(', ');
  return `query Page($first: Int, $after: String${spec.vars}) {
    intercom { ${field}(${args}) {
      edges { cursor node { nativeId } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      totalCount
    } }
  }`;
}

type IntercomPage = ConnectionPage & { readonly totalCount: number | null };

async function fetchIntercomPage(gateway: TestGateway, field: string, variables: Record<string, unknown>, spec = NO_ARGS): Promise<IntercomPage> {
  const response = await gateway.query<{ intercom: Record<string, IntercomPage> }>(forwardQuery(field, spec), variables);
  if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  const page = response.data?.intercom[field];
  if (!page) throw new Error('no connection in the response');
  return page;
}

async function traverse(gateway: TestGateway, field: string, first: number, variables: Record<string, unknown> = {}, spec = NO_ARGS) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let requests = 1; ; requests += 1) {
    const page: IntercomPage = await fetchIntercomPage(gateway, field, { ...variables, first, after }, spec);
    ids.push(...page.edges.map((edge) => edge.node.nativeId));
    if (!page.pageInfo.hasNextPage) return { ids, requests, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

/** Native calls a forward traversal needs: ceil(first / 150) per full GraphQL page, no page fetched twice. */
function expectedCalls(total: number, first: number): number {
  const perGraphQLPage = (count: number) => Math.ceil(count / 150);
  return Math.floor(total / first) * perGraphQLPage(first) + (total % first > 0 ? perGraphQLPage(total % first) : 0);
}

/** The simulator's tie-break (and Intercom's ids): numeric ids as numbers, hex ids as text. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedIds<T extends { id: string }>(records: ReadonlyArray<T>, key: (record: T) => number, descending: boolean): string[] {
  const sign = descending ? -1 : 1;
  return [...records].sort((a, b) => sign * (key(a) - key(b) || compareIds(a.id, b.id))).map((record) => record.id);
}

/** A smaller data set for the suites that start their own simulator. */
const sized = (sizes: Partial<IntercomDatasetSizes>): IntercomDatasetSizes => ({ ...defaultIntercomSimulatorOptions.sizes, ...sizes });

const SECONDS_PER_DAY = 86_400;
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** `starting_after` is either absent or carries a value: never `starting_after=` (the API rejects it). */
function assertNoEmptyStartingAfter(entries: ReadonlyArray<LoggedRequest>): void {
  for (const entry of entries) {
    expect(entry.query).not.toMatch(/starting_after=(&|$)/);
    expect(entry.status).toBe(200);
  }
}

describe('Intercom over HTTP against the simulator (2,000 conversations, 5,000 contacts)', () => {
  let simulator: IntercomSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startIntercomSimulator();
    gateway = await startTestGateway(intercomEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const conversationsInListOrder = () => sortedIds(simulator.data.conversations, (c) => c.updated_at, true);
  const contactsInListOrder = () => sortedIds(simulator.data.contacts, (c) => c.updated_at, true);

  describe('lists', () => {
    it.each([150, 500])('visits every conversation once, in order, with first=%i and the minimal number of calls', async (first) => {
      const result = await traverse(gateway, 'conversations', first);
      expect(result.ids).toEqual(conversationsInListOrder());
      expect(result.totalCount).toBe(2000);
      // first=150: ceil(2,000 / 150) = 14, one full native page per GraphQL page.
      expect(callsTo(simulator, '/conversations')).toBe(expectedCalls(2000, first));
      if (first === 150) expect(simulator.requests.entries).toHaveLength(14);
      assertNoEmptyStartingAfter(simulator.requests.entries);
      expect(simulator.requests.entries[0]?.query).toBe(`?per_page=${Math.min(first, 150)}`);
    });

    it('visits every contact once, in order, with the minimal number of calls', async () => {
      const result = await traverse(gateway, 'contacts', 500);
      expect(result.ids).toEqual(contactsInListOrder());
      // 10 GraphQL pages of 150 + 150 + 150 + 50.
      expect(callsTo(simulator, '/contacts')).toBe(40);
      assertNoEmptyStartingAfter(simulator.requests.entries);
    });

    it('visits every listed company once, newest activity first, in ceil(n / 150) calls', async () => {
      const listed = simulator.data.companies.filter((company) => company.user_count > 0);
      const result = await traverse(gateway, 'companies', 150);
      expect(result.ids).toEqual(sortedIds(listed, (company) => company.last_request_at, true));
      expect(result.totalCount).toBe(listed.length);
      expect(simulator.requests.entries.map((entry) => `${entry.method} ${entry.path}${entry.query}`)).toEqual(
        Array.from({ length: Math.ceil(listed.length / 150) }, (_, index) => `POST /companies/list?page=${index + 1}&per_page=150&order=desc`),
      );
    });

    it('serves admins, teams and tags with one call each, however often they are selected', async () => {
      const response = await gateway.query<{ intercom: Record<string, Array<{ nativeId: string; name: string }>> }>(
        '{ intercom { admins { nativeId name } again: admins { nativeId } teams { nativeId name } tags { nativeId name } } }',
      );
      expect(response.errors).toBeUndefined();
      const byId = (records: ReadonlyArray<{ id: string; name: string }>) => records.map((record) => ({ nativeId: record.id, name: record.name }));
      expect(response.data?.intercom.admins).toEqual(byId(simulator.data.admins));
      expect(response.data?.intercom.teams).toEqual(byId(simulator.data.teams));
      expect(response.data?.intercom.tags).toEqual(byId(simulator.data.tags));
      expect(simulator.requests.entries.map((entry) => entry.path).sort()).toEqual(['/admins', '/tags', '/teams']);
    });

    it('sends Intercom-Version from INTERCOM_VERSION (an unknown version is refused by Intercom)', async () => {
      const pinned = await startTestGateway({ ...intercomEnv(simulator), INTERCOM_VERSION: '2.99' });
      try {
        const response = await pinned.query('{ intercom { tags { nativeId } } }');
        expect(response.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
        expect(simulator.requests.entries.map((entry) => [entry.path, entry.status])).toEqual([['/tags', 400]]);
      } finally {
        await pinned.stop();
      }
    });

    it('serves global ids that encode provider, type and native id, and dates as ISO 8601', async () => {
      const response = await gateway.query<{ intercom: { conversations: { nodes: Array<{ id: string; nativeId: string; createdAt: string }> } } }>(
        '{ intercom { conversations(first: 2) { nodes { id nativeId createdAt } } } }',
      );
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeDefined();
      for (const node of response.data?.intercom.conversations.nodes ?? []) {
        expect(Buffer.from(node.id, 'base64url').toString()).toBe(`intercom:IntercomConversation:${node.nativeId}`);
        const record = simulator.data.conversations.find((conversation) => conversation.id === node.nativeId);
        expect(node.createdAt).toBe(iso(record?.created_at ?? 0));
      }
    });

    it('resumes from a middle edge by refetching that one page, and from an endCursor with one call', async () => {
      const page = await fetchIntercomPage(gateway, 'contacts', { first: 10 });
      simulator.requests.clear();
      const resumed = await fetchIntercomPage(gateway, 'contacts', { first: 3, after: page.edges[4]?.cursor });
      expect(resumed.edges.map((edge) => edge.node.nativeId)).toEqual(page.edges.slice(5, 8).map((edge) => edge.node.nativeId));
      expect(simulator.requests.entries.map((entry) => entry.query)).toEqual(['?per_page=10']);
      simulator.requests.clear();
      const next = await fetchIntercomPage(gateway, 'contacts', { first: 10, after: page.pageInfo.endCursor });
      expect(next.edges.map((edge) => edge.node.nativeId)).toEqual(contactsInListOrder().slice(10, 20));
      // One call for the page asked for; then, as this request resumed from a cursor, the two pages
      // after it are read ahead (PREFETCH_DEPTH 2, default), at the same size.
      await readAheadSettled(gateway, simulator);
      expect(simulator.requests.entries).toHaveLength(3);
      for (const entry of simulator.requests.entries) expect(entry.query).toMatch(/^\?per_page=10&starting_after=[A-Za-z0-9%]+$/);
      expect(new Set(simulator.requests.entries.map((entry) => entry.query)).size).toBe(3);
    });
  });

  describe('search', () => {
    /** A second no conversation was created at, so Intercom's inclusive `>` and a strict one agree. */
    const pivot = (records: ReadonlyArray<IntercomConversation>) => {
      const taken = new Set(records.map((record) => record.created_at));
      let second = [...taken].sort((a, b) => a - b)[Math.floor(taken.size / 2)] ?? 0;
      while (taken.has(second)) second += 1;
      return second;
    };

    it.each([
      ['ASC', false],
      ['DESC', true],
    ] as const)('conversations with nested AND/OR, sorted %s, equal the same filter over the data', async (direction, descending) => {
      const since = pivot(simulator.data.conversations);
      const filter = {
        and: [
          { or: [{ field: 'STATE', operator: 'EQ', value: 'open' }, { field: 'PRIORITY', operator: 'IN', values: ['high', 'urgent'] }] },
          { or: [{ field: 'CREATED_AT', operator: 'GT', dateValue: iso(since) }, { field: 'READ', operator: 'EQ', boolValue: false }] },
        ],
      };
      const matching = simulator.data.conversations.filter(
        (c) => (c.state === 'open' || ['high', 'urgent'].includes(c.priority)) && (c.created_at > since || !c.read),
      );
      const result = await traverse(gateway, 'searchConversations', 500, { filter, sort: { field: 'CREATED_AT', direction } }, SEARCH_CONVERSATIONS);
      expect(matching.length).toBeGreaterThan(150);
      expect(result.ids).toEqual(sortedIds(matching, (c) => c.created_at, descending));
      expect(result.totalCount).toBe(matching.length);
      expect(callsTo(simulator, '/conversations/search')).toBe(expectedCalls(matching.length, 500));
      assertNoEmptyStartingAfter(simulator.requests.entries);
    });

    it.each([
      ['ASC', false],
      ['DESC', true],
    ] as const)('contacts with nested OR/AND (dates by calendar day), sorted %s, equal the same filter over the data', async (direction, descending) => {
      const day = simulator.data.generatedAt - 200 * SECONDS_PER_DAY + 3_600;
      const startOfDay = Math.floor(day / SECONDS_PER_DAY) * SECONDS_PER_DAY;
      const filter = {
        or: [
          { and: [{ field: 'ROLE', operator: 'EQ', value: 'lead' }, { field: 'EMAIL', operator: 'CONTAINS', value: 'shop' }] },
          { and: [{ field: 'LAST_SEEN_AT', operator: 'LT', dateValue: iso(day) }, { field: 'HAS_HARD_BOUNCED', operator: 'EQ', boolValue: false }] },
        ],
      };
      const matching = simulator.data.contacts.filter(
        (c: IntercomContact) =>
          (c.role === 'lead' && c.email.toLowerCase().includes('shop')) || (c.last_seen_at !== null && c.last_seen_at < startOfDay && !c.has_hard_bounced),
      );
      const result = await traverse(gateway, 'searchContacts', 500, { filter, sort: { field: 'CREATED_AT', direction } }, SEARCH_CONTACTS);
      expect(matching.length).toBeGreaterThan(500);
      expect(result.ids).toEqual(sortedIds(matching, (c) => c.created_at, descending));
      expect(callsTo(simulator, '/contacts/search')).toBe(expectedCalls(matching.length, 500));
      assertNoEmptyStartingAfter(simulator.requests.entries);
    });

    it('tickets with an OR group, in the simulator’s default order (updated_at descending)', async () => {
      const filter = { or: [{ field: 'STATE', operator: 'EQ', value: 'submitted' }, { field: 'OPEN', operator: 'EQ', boolValue: false }] };
      const matching = simulator.data.tickets.filter((t) => t.ticket_state.category === 'submitted' || !t.open);
      const result = await traverse(gateway, 'searchTickets', 150, { filter }, SEARCH_TICKETS);
      expect(result.ids).toEqual(sortedIds(matching, (t) => t.updated_at, true));
      expect(callsTo(simulator, '/tickets/search')).toBe(Math.ceil(matching.length / 150));
    });

    it('resumes a search from a middle edge', async () => {
      const variables = { filter: { field: 'STATE', operator: 'EQ', value: 'closed' }, sort: { field: 'UPDATED_AT', direction: 'ASC' } };
      const page = await fetchIntercomPage(gateway, 'searchConversations', { ...variables, first: 10 }, SEARCH_CONVERSATIONS);
      simulator.requests.clear();
      const resumed = await fetchIntercomPage(gateway, 'searchConversations', { ...variables, first: 4, after: page.edges[6]?.cursor }, SEARCH_CONVERSATIONS);
      const closed = simulator.data.conversations.filter((c) => c.state === 'closed');
      expect(resumed.edges.map((edge) => edge.node.nativeId)).toEqual(sortedIds(closed, (c) => c.updated_at, false).slice(7, 11));
      // The edge's own page (per_page 10, from the start) holds 3 more; the next page is read for the 4th.
      // That page is read at the size still wanted (1), so the request ends on a page boundary; it
      // resumed from a cursor, so the two pages after it are read ahead (PREFETCH_DEPTH 2, default).
      await readAheadSettled(gateway, simulator);
      expect(callsTo(simulator, '/conversations/search')).toBe(2 + 2);
    });
  });

  it.each(['conversations', 'contacts'])('refuses last/before on %s (Intercom pages forward only), with no upstream call', async (field) => {
    const response = await gateway.query(`{ intercom { ${field}(last: 5) { edges { cursor } } } }`);
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/only lead forward/);
    expect(simulator.requests.entries).toHaveLength(0);
  });

  describe('bad search input: BAD_USER_INPUT, and no upstream call', () => {
    const leaf = { field: 'STATE', operator: 'EQ', value: 'open' };
    it.each<[string, SearchSpec, string, Record<string, unknown>, RegExp]>([
      ['an operator the field type does not take', SEARCH_CONVERSATIONS, 'searchConversations', { field: 'CREATED_AT', operator: 'CONTAINS', dateValue: iso(0) }, /does not accept `~`/],
      ['an empty group', SEARCH_CONVERSATIONS, 'searchConversations', { and: [] }, /at least one filter/],
      ['3 levels of groups', SEARCH_CONVERSATIONS, 'searchConversations', { and: [{ or: [{ and: [leaf] }] }] }, /at most 2 levels/],
      ['16 filters in one group', SEARCH_CONVERSATIONS, 'searchConversations', { or: Array.from({ length: 16 }, () => leaf) }, /at most 15 filters/],
      ['<= on a date for contacts', SEARCH_CONTACTS, 'searchContacts', { field: 'CREATED_AT', operator: 'LTE', dateValue: iso(0) }, /does not accept `<=` on `created_at`/],
      ['two value kinds', SEARCH_TICKETS, 'searchTickets', { field: 'OPEN', operator: 'EQ', boolValue: true, value: 'true' }, /`value` and `boolValue`/],
    ])('%s', async (_name, spec, field, filter, message) => {
      const response = await gateway.query(forwardQuery(field, spec), { first: 5, filter });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ intercom: null });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('a sort on a field that holds several values', async () => {
      const response = await gateway.query(forwardQuery('searchConversations', SEARCH_CONVERSATIONS), {
        filter: leaf,
        sort: { field: 'TAG_IDS', direction: 'ASC' },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('a search cursor reused with another filter, or on another connection', async () => {
      const page = await fetchIntercomPage(gateway, 'searchConversations', { first: 2, filter: leaf }, SEARCH_CONVERSATIONS);
      simulator.requests.clear();
      const other = await gateway.query(forwardQuery('searchConversations', SEARCH_CONVERSATIONS), {
        first: 2,
        after: page.pageInfo.endCursor,
        filter: { ...leaf, value: 'closed' },
      });
      expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(other.errors?.[0]?.message).toMatch(/different filter or sort/);
      const list = await gateway.query(forwardQuery('conversations', NO_ARGS), { first: 2, after: page.pageInfo.endCursor });
      expect(list.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(simulator.requests.entries).toHaveLength(0);
    });
  });
});

describe('Intercom with `pages.per_page` sent as a string ("5"), as in the seed', () => {
  it('traverses lists and searches all the same', async () => {
    const simulator = await startIntercomSimulator({ perPageAsString: true, sizes: sized({ conversations: 320, contacts: 180, companies: 40, tickets: 30 }) });
    const gateway = await startTestGateway(intercomEnv(simulator));
    try {
      const probe = await fetch(`${simulator.url}/conversations?per_page=5`, { headers: { authorization: 'Bearer sim-intercom-token' } });
      expect(((await probe.json()) as { pages: { per_page: unknown } }).pages.per_page).toBe('5');
      simulator.requests.clear();
      expect((await traverse(gateway, 'conversations', 150)).ids).toEqual(sortedIds(simulator.data.conversations, (c) => c.updated_at, true));
      expect((await traverse(gateway, 'contacts', 100)).ids).toEqual(sortedIds(simulator.data.contacts, (c) => c.updated_at, true));
      const leads = await traverse(gateway, 'searchContacts', 20, { filter: { field: 'ROLE', operator: 'EQ', value: 'lead' } }, SEARCH_CONTACTS);
      expect(leads.ids).toEqual(sortedIds(simulator.data.contacts.filter((c) => c.role === 'lead'), (c) => c.last_seen_at ?? -1, true));
      // 3 + 2 list calls and one per 20 leads.
      expect(simulator.requests.entries).toHaveLength(3 + 2 + leads.requests);
      assertNoEmptyStartingAfter(simulator.requests.entries);
    } finally {
      await gateway.stop();
      await simulator.close();
    }
  });
});

describe('Intercom search while records change between pages (stateless search context)', () => {
  it('never returns the same contact twice in one request that stitches several pages', async () => {
    // Every search request first moves one random contact to "now". Sorted by updated_at ascending,
    // a contact already returned then comes back at the end of the list, as the pagination guide
    // warns; `first` exceeds the 460 contacts, so the request reads to the end and meets it.
    const simulator = await startIntercomSimulator({ sizes: sized({ contacts: 460, conversations: 10, companies: 20, tickets: 5 }), mutateEveryNRequests: 1 });
    const gateway = await startTestGateway(intercomEnv(simulator));
    try {
      const page = await fetchIntercomPage(
        gateway,
        'searchContacts',
        { first: 500, filter: { field: 'ROLE', operator: 'IN', values: ['user', 'lead'] }, sort: { field: 'UPDATED_AT', direction: 'ASC' } },
        SEARCH_CONTACTS,
      );
      const ids = page.edges.map((edge) => edge.node.nativeId);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(simulator.data.contacts.map((contact) => contact.id).sort());
      // Pages of 150, 150, 150 and the rest: at least 4 calls, each preceded by a mutation.
      const calls = callsTo(simulator, '/contacts/search');
      expect(calls).toBeGreaterThanOrEqual(4);
      expect(simulator.mutations).toHaveLength(calls);
      // Proof that Intercom served a duplicate: a contact from the first page (the first 150 edges,
      // a first page cannot repeat anything) was moved to the end by a later request, so it was
      // served again and skipped.
      const firstPage = new Set(ids.slice(0, 150));
      expect(simulator.mutations.slice(1).some((mutation) => firstPage.has(mutation.id))).toBe(true);
    } finally {
      await gateway.stop();
      await simulator.close();
    }
  });
});

describe('Intercom companies past the 10,000 reachable by page number', () => {
  it('pages up to the cap, then refuses with PAGINATION_LIMIT instead of Intercom’s 400', async () => {
    // About 95% of companies get users (listed); 10,700 of them leaves more than 10,000 listed.
    const simulator = await startIntercomSimulator({ sizes: sized({ companies: 10_700, contacts: 60_000, conversations: 10, tickets: 5 }) });
    const gateway = await startTestGateway(intercomEnv(simulator));
    try {
      const listed = simulator.data.companies.filter((company) => company.user_count > 0).length;
      expect(listed).toBeGreaterThan(10_000);
      const ids: string[] = [];
      let after: string | null = null;
      while (ids.length < 10_000) {
        const page: IntercomPage = await fetchIntercomPage(gateway, 'companies', { first: 100, after });
        ids.push(...page.edges.map((edge) => edge.node.nativeId));
        expect(page.pageInfo.hasNextPage).toBe(true);
        after = page.pageInfo.endCursor;
      }
      expect(new Set(ids).size).toBe(10_000);
      // One aligned page of 100 per GraphQL page: nothing read twice, nothing past the cap.
      expect(callsTo(simulator, '/companies/list')).toBe(100);
      expect(simulator.requests.entries.every((entry) => entry.status === 200)).toBe(true);
      simulator.requests.clear();
      const response = await gateway.query(forwardQuery('companies', NO_ARGS), { first: 10, after });
      expect(response.errors?.[0]?.extensions?.code).toBe('PAGINATION_LIMIT');
      expect(response.errors?.[0]?.message).toMatch(/10,000.*scroll API/s);
      expect(simulator.requests.entries).toHaveLength(0);
    } finally {
      await gateway.stop();
      await simulator.close();
    }
  });
});
