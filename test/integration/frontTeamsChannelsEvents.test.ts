import { type FrontEvent, type FrontSimulator, startFrontSimulator } from '../../src/providers/front/simulator';
import type { LoggedRequest } from '../../src/simulators/kit/simulatorServer';
import { frontEnv, readAheadSettled, startTestGateway, type TestGateway } from '../helpers/testGateway';
import { fetchPage, traverseForward } from '../helpers/traverse';

/** One logged call, reduced to what the assertions name. */
const summarise = (entry: LoggedRequest) => {
  const query = new URLSearchParams(entry.query);
  return { path: entry.path, limit: query.get('limit'), token: query.has('page_token'), status: entry.status };
};

/** list-events' order: newest first, ties by id in the same direction. */
function newestFirst(events: ReadonlyArray<FrontEvent>): string[] {
  return [...events].sort((a, b) => b.emitted_at - a.emitted_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((event) => event.id);
}

const globalId = (type: string, nativeId: string) => Buffer.from(`front:${type}:${nativeId}`).toString('base64url');

describe('Front teams, channels and events over HTTP against the simulator', () => {
  let simulator: FrontSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ sizes: { conversations: 300, teams: 6, channels: 14 } });
    gateway = await startTestGateway(frontEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const log = () => simulator.requests.entries.map(summarise);
  const eventVars = ', $emittedAfter: DateTime, $emittedBefore: DateTime, $types: [FrontEventType!]';
  const eventArgs = 'emittedAfter: $emittedAfter, emittedBefore: $emittedBefore, types: $types';

  it('events with first=100: seven calls at Front\'s maximum of 15, the first without a token', async () => {
    const page = await fetchPage(gateway, 'front', 'events', { first: 100 });
    expect(page.edges.map((edge) => edge.node.nativeId)).toEqual(newestFirst(simulator.data.events).slice(0, 100));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(log()).toEqual(Array.from({ length: 7 }, (_, index) => ({ path: '/events', limit: '15', token: index > 0, status: 200 })));
  });

  it('a full events traversal, oldest first, with first=100 returns every event once, in order, at ceil(N / 15) calls', async () => {
    // sortOrder ASC also keeps this list apart from the one above in the gateway's page cache.
    const expected = newestFirst(simulator.data.events).reverse();
    const result = await traverseForward(gateway, 'front', 'events', 100, { sortOrder: 'ASC' }, { args: 'sortOrder: $sortOrder', vars: ', $sortOrder: SortDirection' });
    expect(result.ids).toEqual(expected);
    await readAheadSettled(gateway, simulator);
    // Every native page is read once (a traversal's request ends mid-page: the engine keeps that
    // page's token and the rest of the page, so the next request does not read it again).
    const calls = log();
    expect(calls.every((call) => call.path === '/events' && call.limit === '15' && call.status === 200)).toBe(true);
    expect(new URLSearchParams(simulator.requests.entries[0]?.query).get('sort_by')).toBe('created_at');
    expect(calls).toHaveLength(Math.ceil(expected.length / 15));
  });

  it('emittedAfter, emittedBefore (exclusive) and types become q[after], q[before] (seconds) and q[types][]', async () => {
    const sorted = [...simulator.data.events].sort((a, b) => a.emitted_at - b.emitted_at);
    const after = (sorted[100] as FrontEvent).emitted_at;
    const before = (sorted[900] as FrontEvent).emitted_at;
    const types = ['COMMENT', 'INBOUND', 'COMMENT'];
    const expected = newestFirst(simulator.data.events.filter((e) => e.emitted_at > after && e.emitted_at < before && (e.type === 'comment' || e.type === 'inbound')));
    expect(expected.length).toBeGreaterThan(100);
    const variables = { emittedAfter: new Date(after * 1000).toISOString(), emittedBefore: new Date(before * 1000).toISOString(), types };
    const result = await traverseForward(gateway, 'front', 'events', 60, variables, { args: eventArgs, vars: eventVars });
    expect(result.ids).toEqual(expected);
    const first = new URLSearchParams(simulator.requests.entries[0]?.query);
    expect(first.get('q[after]')).toBe(String(after));
    expect(first.get('q[before]')).toBe(String(before));
    expect(first.getAll('q[types][]')).toEqual(['comment', 'inbound']);
  });

  it('refuses last/before on events and a time before 1970 with BAD_USER_INPUT, before any call', async () => {
    const backward = await gateway.query('{ front { events(last: 5) { nodes { nativeId } } } }');
    expect(backward.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const early = await gateway.query('{ front { events(first: 5, emittedAfter: "1969-12-31T23:59:59Z") { nodes { nativeId } } } }');
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(log()).toEqual([]);
  });

  it('an event\'s conversation is embedded: reading it costs no call beyond /events', async () => {
    const newest = newestFirst(simulator.data.events)[0] ?? '';
    const event = simulator.data.events.find((e) => e.id === newest);
    const response = await gateway.query<{ front: { events: { nodes: Array<{ type: string; emittedAt: string; conversation: { nativeId: string; subject: string } | null }> } } }>(
      '{ front { events(first: 1) { nodes { type emittedAt conversation { nativeId subject } } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.front.events.nodes).toEqual([
      { type: event?.type, emittedAt: new Date((event?.emitted_at ?? 0) * 1000).toISOString(), conversation: { nativeId: event?.conversation.id, subject: event?.conversation.subject } },
    ]);
    expect(log().map((call) => call.path)).toEqual(['/events']);
  });

  it('teams and channels: every page and every lookup by id in one request cost one call per list', async () => {
    const team = simulator.data.teams[2]?.id ?? '';
    const channel = simulator.data.channels[5]?.id ?? '';
    type Named = { nativeId: string };
    const response = await gateway.query<{
      front: { teams: { nodes: Named[]; totalCount: number }; lastTeams: { nodes: Named[] }; channels: { nodes: Array<Named & { inbox: Named | null }>; totalCount: number } };
      team: Named | null;
      channel: Named | null;
    }>(
      `{ front {
          teams(first: 2) { nodes { nativeId name } totalCount }
          lastTeams: teams(last: 2) { nodes { nativeId } }
          channels(first: 100) { nodes { nativeId type address inbox { nativeId name } } totalCount }
        }
        team: node(id: "${globalId('FrontTeam', team)}") { ... on FrontTeam { nativeId } }
        channel: node(id: "${globalId('FrontChannel', channel)}") { ... on FrontChannel { nativeId } } }`,
    );
    expect(response.errors).toBeUndefined();
    const teamIds = simulator.data.teams.map((t) => t.id);
    expect(response.data?.front.teams.nodes.map((n) => n.nativeId)).toEqual(teamIds.slice(0, 2));
    expect(response.data?.front.teams.totalCount).toBe(teamIds.length);
    expect(response.data?.front.lastTeams.nodes.map((n) => n.nativeId)).toEqual(teamIds.slice(-2));
    expect(response.data?.front.channels.nodes.map((n) => n.nativeId)).toEqual(simulator.data.channels.map((c) => c.id));
    expect(response.data?.front.channels.nodes[0]?.inbox?.nativeId).toBe(simulator.data.inboxes[0]?.id);
    expect(response.data?.team?.nativeId).toBe(team);
    expect(response.data?.channel?.nativeId).toBe(channel);
    await readAheadSettled(gateway, simulator);
    expect(log().map((call) => `${call.path} ${String(call.limit)} ${String(call.token)}`).sort()).toEqual(['/channels null false', '/inboxes null false', '/teams null false']);
  });

  it('an unknown team or channel id is null, after the one list call', async () => {
    const response = await gateway.query<{ team: unknown; channel: unknown }>(
      `{ team: node(id: "${globalId('FrontTeam', 'tim_nope')}") { id } channel: node(id: "${globalId('FrontChannel', 'cha_nope')}") { id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ team: null, channel: null });
    expect(log().map((call) => call.path).sort()).toEqual(['/channels', '/teams']);
  });
});
