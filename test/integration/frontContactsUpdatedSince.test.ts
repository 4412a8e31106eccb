import { type FrontContact, type FrontSimulator, startFrontSimulator } from '../../src/providers/front/simulator';
import { frontEnv, readAheadSettled, startTestGateway, type TestGateway } from '../helpers/testGateway';
import { connectionQuery, fetchPage, traverseForward } from '../helpers/traverse';

const since = { args: 'updatedSince: $updatedSince', vars: ', $updatedSince: DateTime' };

/** list-contacts' default order: newest first, ties by id in the same direction. */
function newestFirst(contacts: ReadonlyArray<FrontContact>): string[] {
  return [...contacts].sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((contact) => contact.id);
}

/** A Front time (seconds with up to 3 decimals) as the DateTime a client sends. */
const isoOf = (seconds: number) => new Date(Math.round(seconds * 1000)).toISOString();

describe('Front contacts(updatedSince) over HTTP against the simulator', () => {
  let simulator: FrontSimulator;
  let gateway: TestGateway;
  /** Update times, oldest first. */
  let updateTimes: number[];

  beforeAll(async () => {
    simulator = await startFrontSimulator({ sizes: { conversations: 20, contacts: 700 } });
    gateway = await startTestGateway(frontEnv(simulator));
    updateTimes = simulator.data.contacts.map((contact) => contact.updated_at).sort((a, b) => a - b);
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  /** Every logged call as [name, value] pairs in the order sent, the page token's value replaced by `<token>`. */
  const sent = () =>
    simulator.requests.entries.map((entry) => ({
      path: entry.path,
      query: [...new URLSearchParams(entry.query)].map(([name, value]) => [name, name === 'page_token' ? '<token>' : value]),
      status: entry.status,
    }));
  const matching = (seconds: number) => simulator.data.contacts.filter((contact) => contact.updated_at >= seconds);

  it('reaches Front as q[updated_after] (seconds, 1 ms earlier: inclusive) on every page, and returns only the contacts updated since, each once', async () => {
    const threshold = updateTimes[200] ?? 0;
    const expected = newestFirst(matching(threshold));
    // Inclusive: the contact updated exactly at the threshold is in the answer.
    expect(expected).toContain(simulator.data.contacts.find((contact) => contact.updated_at === threshold)?.id);
    expect(expected.length).toBeGreaterThan(400);
    const result = await traverseForward(gateway, 'front', 'contacts', 100, { updatedSince: isoOf(threshold) }, since);
    expect(result.ids).toEqual(expected);
    await readAheadSettled(gateway, simulator);
    const native = String((Math.round(threshold * 1000) - 1) / 1000);
    expect(sent()).toEqual(
      Array.from({ length: Math.ceil(expected.length / 100) }, (_, index) => ({
        path: '/contacts',
        query: [['q[updated_after]', native], ['limit', '100'], ...(index > 0 ? [['page_token', '<token>']] : [])],
        status: 200,
      })),
    );
  });

  it('resumes from a middle edge with the filter kept: the continuation sends q[updated_after] again and returns the rest', async () => {
    const threshold = updateTimes[350] ?? 0;
    const expected = newestFirst(matching(threshold));
    const variables = { updatedSince: isoOf(threshold) };
    const page = await fetchPage(gateway, 'front', 'contacts', { ...variables, first: 30 }, since);
    expect(page.edges.map((edge) => edge.node.nativeId)).toEqual(expected.slice(0, 30));
    await readAheadSettled(gateway, simulator);
    simulator.requests.clear();
    const resumed = await fetchPage(gateway, 'front', 'contacts', { ...variables, first: 500, after: page.edges[11]?.cursor }, since);
    expect(resumed.edges.map((edge) => edge.node.nativeId)).toEqual(expected.slice(12));
    expect(resumed.pageInfo.hasNextPage).toBe(false);
    await readAheadSettled(gateway, simulator);
    // The first request read one native page of 30 (no read-ahead on a traversal's first request).
    // Resuming from its middle edge rereads that page (a cursor on a first page holds no token),
    // then the continuations at that page's limit: every one with the filter.
    const native = String((Math.round(threshold * 1000) - 1) / 1000);
    expect(sent()).toEqual(
      Array.from({ length: Math.ceil(expected.length / 30) }, (_, index) => ({
        path: '/contacts',
        query: [['q[updated_after]', native], ['limit', '30'], ...(index > 0 ? [['page_token', '<token>']] : [])],
        status: 200,
      })),
    );
  });

  it('refuses a cursor resumed with another updatedSince, or without one, with BAD_USER_INPUT and no call', async () => {
    const threshold = updateTimes[500] ?? 0;
    const page = await fetchPage(gateway, 'front', 'contacts', { first: 5, updatedSince: isoOf(threshold) }, since);
    await readAheadSettled(gateway, simulator);
    simulator.requests.clear();
    for (const updatedSince of [isoOf(threshold + 1), null]) {
      const response = await gateway.query(connectionQuery('front', 'contacts', since.args, since.vars), { first: 5, after: page.pageInfo.endCursor, updatedSince });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/different filter or sort/);
    }
    expect(simulator.requests.entries).toHaveLength(0);
  });

  it('the same time written another way is the same filter: the cursor still resumes', async () => {
    const threshold = updateTimes[600] ?? 0;
    const expected = newestFirst(matching(threshold));
    const iso = isoOf(threshold);
    const page = await fetchPage(gateway, 'front', 'contacts', { first: 3, updatedSince: iso }, since);
    // The same instant, with an offset instead of Z.
    const shifted = iso.replace('Z', '+00:00');
    const next = await fetchPage(gateway, 'front', 'contacts', { first: 3, after: page.pageInfo.endCursor, updatedSince: shifted }, since);
    expect([...page.edges, ...next.edges].map((edge) => edge.node.nativeId)).toEqual(expected.slice(0, 6));
    await readAheadSettled(gateway, simulator);
  });

  it('at or before 1970 every contact matches: no filter is sent', async () => {
    const response = await gateway.query<{ front: { contacts: { nodes: Array<{ nativeId: string }> } } }>(
      '{ front { contacts(first: 7, updatedSince: "1969-07-20T20:17:00Z") { nodes { nativeId } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.front.contacts.nodes.map((node) => node.nativeId)).toEqual(newestFirst(simulator.data.contacts).slice(0, 7));
    expect(sent()[0]).toEqual({ path: '/contacts', query: [['limit', '7']], status: 200 });
  });
});
