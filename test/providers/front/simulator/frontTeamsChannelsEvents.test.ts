import { type FrontChannel, type FrontEvent, type FrontSimulator, type FrontTeam, startFrontSimulator } from '../../../../src/providers/front/simulator';
import { type FrontErrorBody, type FrontListBody, getJson, testLinkBase, testToken, traverse } from './frontTestClient';

const sizes = { conversations: 60, contacts: 20, inboxes: 5, teammates: 8, tags: 10, accounts: 0, teams: 4, channels: 9, maxMessagesPerConversation: 4, maxCommentsPerConversation: 2 };

/** Newest first, ties by id in the same direction (the route's documented order). */
function newestFirst(events: ReadonlyArray<FrontEvent>, order: 'asc' | 'desc' = 'desc'): string[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...events].sort((a, b) => sign * (a.emitted_at - b.emitted_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))).map((event) => event.id);
}

describe('Front simulator: teams, channels and events', () => {
  let simulator: FrontSimulator;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ seed: 5, sizes, token: testToken, linkBaseUrl: testLinkBase });
  });
  afterAll(() => simulator.close());

  it('GET /teams lists team previews (id, name, _links) unpaged; GET /teams/{id} the whole team', async () => {
    const list = await getJson<FrontListBody<Record<string, unknown>>>(simulator, '/teams?limit=1');
    expect(list.status).toBe(200);
    expect(list.body._pagination).toBeUndefined();
    expect(list.body._results.map((team) => Object.keys(team).sort())).toEqual(simulator.data.teams.map(() => ['_links', 'id', 'name']));
    expect(list.body._results.map((team) => team.id)).toEqual(simulator.data.teams.map((team) => team.id));
    const team = simulator.data.teams[1] as FrontTeam;
    const one = await getJson<FrontTeam>(simulator, `/teams/${team.id}`);
    expect(one.status).toBe(200);
    expect(one.body.members.map((member) => member.id)).toEqual(team.members.map((member) => member.id));
    expect(Array.isArray(one.body.inboxes)).toBe(true);
    expect((await getJson<FrontErrorBody>(simulator, '/teams/tim_nope')).status).toBe(404);
  });

  it('GET /channels lists every channel unpaged, each linked to an inbox; GET /channels/{id} one', async () => {
    const list = await getJson<FrontListBody<FrontChannel>>(simulator, '/channels');
    expect(list.status).toBe(200);
    expect(list.body._pagination).toBeUndefined();
    expect(list.body._results.map((channel) => channel.id)).toEqual(simulator.data.channels.map((channel) => channel.id));
    const inboxIds = new Set(simulator.data.inboxes.map((inbox) => `${testLinkBase}/inboxes/${inbox.id}`));
    for (const channel of list.body._results) expect(inboxIds.has(channel._links.related.inbox ?? '')).toBe(true);
    const channel = simulator.data.channels[2] as FrontChannel;
    expect((await getJson<FrontChannel>(simulator, `/channels/${channel.id}`)).body.id).toBe(channel.id);
  });

  it('GET /events pages newest first at 15 by default, and refuses a limit above 15', async () => {
    expect(simulator.data.events.length).toBeGreaterThan(45);
    const { records, pages } = await traverse<FrontEvent>(simulator, '/events');
    expect(records.map((event) => event.id)).toEqual(newestFirst(simulator.data.events));
    expect(pages).toBe(Math.ceil(simulator.data.events.length / 15));
    const tooMany = await getJson<FrontErrorBody>(simulator, '/events?limit=16');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body._error.message).toContain('between 1 and 15');
  });

  it('sorts events by created_at ascending on request; refuses another sort_by', async () => {
    const { records } = await traverse<FrontEvent>(simulator, '/events', { limit: '10', sort_by: 'created_at', sort_order: 'asc' });
    expect(records.map((event) => event.id)).toEqual(newestFirst(simulator.data.events, 'asc'));
    expect((await getJson<FrontErrorBody>(simulator, '/events?sort_by=id')).status).toBe(400);
  });

  it('filters events by q[after] and q[before] (exclusive, seconds with up to 3 decimals) and q[types][]', async () => {
    const sorted = [...simulator.data.events].sort((a, b) => a.emitted_at - b.emitted_at);
    const after = (sorted[10] as FrontEvent).emitted_at;
    const before = (sorted[40] as FrontEvent).emitted_at;
    const { records } = await traverse<FrontEvent>(simulator, '/events', { 'q[after]': String(after), 'q[before]': String(before) });
    const expected = simulator.data.events.filter((event) => event.emitted_at > after && event.emitted_at < before);
    expect(expected.length).toBeGreaterThan(15);
    expect(records.map((event) => event.id)).toEqual(newestFirst(expected));

    const query = new URLSearchParams([['q[types][]', 'comment'], ['q[types][]', 'assign']]);
    const filtered: FrontEvent[] = [];
    let path: string | null = `/events?${query.toString()}`;
    while (path !== null) {
      const reply: { body: FrontListBody<FrontEvent> } = await getJson<FrontListBody<FrontEvent>>(simulator, path);
      filtered.push(...reply.body._results);
      const next: string | null | undefined = reply.body._pagination?.next;
      // The filter travels in next, as for conversations.
      if (next) expect(new URL(next).searchParams.getAll('q[types][]')).toEqual(['comment', 'assign']);
      path = next ? `/events?${query.toString()}&page_token=${new URL(next).searchParams.get('page_token') ?? ''}` : null;
    }
    const expectedTyped = simulator.data.events.filter((event) => event.type === 'comment' || event.type === 'assign');
    expect(expectedTyped.length).toBeGreaterThan(15);
    expect(filtered.map((event) => event.id)).toEqual(newestFirst(expectedTyped));
  });

  it('refuses a malformed q[after] and an event type outside the spec', async () => {
    expect((await getJson<FrontErrorBody>(simulator, '/events?q[after]=yesterday')).status).toBe(400);
    expect((await getJson<FrontErrorBody>(simulator, '/events?q[types][]=exploded')).status).toBe(400);
  });

  it('a page_token is tied to its filter: reusing it with other types is a 400', async () => {
    const first = await getJson<FrontListBody<FrontEvent>>(simulator, '/events?q[types][]=inbound');
    const token = new URL(first.body._pagination?.next ?? '').searchParams.get('page_token') ?? '';
    expect((await getJson<FrontErrorBody>(simulator, `/events?q[types][]=outbound&page_token=${token}`)).status).toBe(400);
  });

  it('embeds the whole conversation in each event; GET /events/{id} answers one event', async () => {
    const event = simulator.data.events[3] as FrontEvent;
    const one = await getJson<FrontEvent>(simulator, `/events/${event.id}`);
    expect(one.status).toBe(200);
    expect(one.body.conversation.id).toBe(event.conversation.id);
    expect(one.body.conversation.subject).toBe(event.conversation.subject);
  });
});

describe('Front simulator: the after: and before: search filters', () => {
  let simulator: FrontSimulator;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ seed: 7, sizes: { conversations: 120, maxMessagesPerConversation: 4 }, token: testToken, linkBaseUrl: testLinkBase });
  });
  afterAll(() => simulator.close());

  /** Every match of a search, in its order (last activity, newest first). */
  async function search(query: string): Promise<string[]> {
    const { records } = await traverse<{ id: string }>(simulator, `/conversations/search/${encodeURIComponent(query)}`, { limit: '100' });
    return records.map((record) => record.id);
  }
  const messageTimes = (conversationId: string) => (simulator.data.messagesByConversation.get(conversationId) ?? []).map((message) => message.created_at);
  const byActivity = (ids: ReadonlyArray<string>) =>
    simulator.data.conversations
      .filter((conversation) => ids.includes(conversation.id))
      .sort((a, b) => b.updated_at - a.updated_at || (a.id < b.id ? 1 : -1))
      .map((conversation) => conversation.id);

  it('after:<seconds> keeps conversations with a message created after it; before: those with one before it (both exclusive)', async () => {
    const times = simulator.data.conversations.flatMap((conversation) => messageTimes(conversation.id)).sort((a, b) => a - b);
    const middle = times[Math.floor(times.length / 2)] ?? 0;
    const after = simulator.data.conversations.filter((c) => messageTimes(c.id).some((time) => time > middle)).map((c) => c.id);
    const before = simulator.data.conversations.filter((c) => messageTimes(c.id).some((time) => time < middle)).map((c) => c.id);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(simulator.data.conversations.length);
    expect(await search(`after:${middle}`)).toEqual(byActivity(after));
    expect(await search(`before:${middle}`)).toEqual(byActivity(before));
    const both = after.filter((id) => before.includes(id));
    expect(await search(`after:${middle} before:${middle}`)).toEqual(byActivity(both));
  });

  it('refuses an after: that is not a unix timestamp', async () => {
    expect((await getJson<FrontErrorBody>(simulator, `/conversations/search/${encodeURIComponent('after:yesterday')}`)).status).toBe(400);
  });
});
