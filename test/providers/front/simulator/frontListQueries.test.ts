import {
  type FrontAccount,
  type FrontContact,
  type FrontConversation,
  type FrontMessage,
  type FrontSimulator,
  type FrontTag,
  startFrontSimulator,
} from '../../../../src/providers/front/simulator';
import { type FrontErrorBody, type FrontListBody, getJson, testLinkBase, testToken, traverse } from './frontTestClient';

const sizes = {
  conversations: 400,
  contacts: 230,
  inboxes: 6,
  teammates: 12,
  tags: 30,
  accounts: 45,
  maxMessagesPerConversation: 7,
  maxCommentsPerConversation: 4,
};

/** The expected order: key, then id as tie-break, in the given direction. */
function expectedOrder<T extends { readonly id: string }>(records: ReadonlyArray<T>, key: (record: T) => number | string, order: 'asc' | 'desc'): string[] {
  const direction = order === 'asc' ? 1 : -1;
  const compare = (a: number | string, b: number | string): number => (a === b ? 0 : a < b ? -1 : 1);
  return [...records].sort((a, b) => direction * (compare(key(a), key(b)) || compare(a.id, b.id))).map((record) => record.id);
}

const ids = (records: ReadonlyArray<{ readonly id: string }>): string[] => records.map((record) => record.id);

describe('Front simulator list filters, sorting and search', () => {
  let simulator: FrontSimulator;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ seed: 11, sizes, token: testToken, linkBaseUrl: testLinkBase });
  });
  afterAll(() => simulator.close());

  it('lists conversations most recently updated first by default', async () => {
    const { records } = await traverse<FrontConversation>(simulator, '/conversations', { limit: '37' });
    expect(ids(records)).toEqual(expectedOrder(simulator.data.conversations, (c) => c.updated_at, 'desc'));
  });

  it('sorts conversations by date ascending on request', async () => {
    const { records } = await traverse<FrontConversation>(simulator, '/conversations', { limit: '50', sort_by: 'date', sort_order: 'asc' });
    expect(ids(records)).toEqual(expectedOrder(simulator.data.conversations, (c) => c.updated_at, 'asc'));
  });

  it('filters conversations by q[statuses][] (values are alternatives; trashed means status deleted)', async () => {
    const query = 'limit=40&q[statuses][]=archived&q[statuses][]=trashed';
    const records: FrontConversation[] = [];
    let path: string | null = `/conversations?${query}`;
    while (path !== null) {
      const reply: { body: FrontListBody<FrontConversation> } = await getJson<FrontListBody<FrontConversation>>(simulator, path);
      records.push(...reply.body._results);
      const next: string | null | undefined = reply.body._pagination?.next;
      // The filter travels in next, so following it keeps filtering.
      if (next) expect(new URL(next).searchParams.getAll('q[statuses][]')).toEqual(['archived', 'trashed']);
      path = next ? `/conversations?${query}&page_token=${new URL(next).searchParams.get('page_token') ?? ''}` : null;
    }
    const expected = simulator.data.conversations.filter((c) => c.status === 'archived' || c.status === 'deleted');
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(records).sort()).toEqual(ids(expected).sort());
    expect(new Set(records.map((c) => c.status))).toEqual(new Set(['archived', 'deleted']));
  });

  it('filters conversations by q[status_categories][]', async () => {
    const { records } = await traverse<FrontConversation>(simulator, '/conversations', { limit: '100', 'q[status_categories][]': 'waiting' });
    expect(ids(records).sort()).toEqual(ids(simulator.data.conversations.filter((c) => c.status_category === 'waiting')).sort());
  });

  it('rejects an unknown conversation status with a 400', async () => {
    const reply = await getJson<FrontErrorBody>(simulator, '/conversations?q[statuses][]=snoozed');
    expect(reply.status).toBe(400);
  });

  it.each([
    ['created_at', 'asc'],
    ['created_at', 'desc'],
    ['updated_at', 'asc'],
    ['updated_at', 'desc'],
  ] as const)('sorts contacts by %s %s', async (sortBy, order) => {
    const { records } = await traverse<FrontContact>(simulator, '/contacts', { limit: '64', sort_by: sortBy, sort_order: order });
    expect(ids(records)).toEqual(expectedOrder(simulator.data.contacts, (c) => c[sortBy], order));
  });

  it('filters contacts by q[updated_after]', async () => {
    const median = [...simulator.data.contacts].map((c) => c.updated_at).sort((a, b) => a - b)[115] ?? 0;
    const { records } = await traverse<FrontContact>(simulator, '/contacts', { limit: '100', 'q[updated_after]': String(median) });
    expect(ids(records).sort()).toEqual(ids(simulator.data.contacts.filter((c) => c.updated_at > median)).sort());
  });

  it('q[updated_after] is strict, a page_token is tied to it, and a value that is not seconds is a 400', async () => {
    const [pivot, later] = [...simulator.data.contacts].sort((a, b) => a.updated_at - b.updated_at).slice(40, 42) as [FrontContact, FrontContact];
    const { records } = await traverse<FrontContact>(simulator, '/contacts', { limit: '100', 'q[updated_after]': String(pivot.updated_at) });
    expect(ids(records)).not.toContain(pivot.id);
    const first = await getJson<FrontListBody<FrontContact>>(simulator, `/contacts?limit=5&q[updated_after]=${pivot.updated_at}`);
    const token = new URL(first.body._pagination?.next ?? '').searchParams.get('page_token') ?? '';
    expect((await getJson<FrontErrorBody>(simulator, `/contacts?limit=5&q[updated_after]=${later.updated_at}&page_token=${token}`)).status).toBe(400);
    expect((await getJson<FrontErrorBody>(simulator, '/contacts?q[updated_after]=2024-01-01')).status).toBe(400);
  });

  it('sorts accounts by updated_at ascending', async () => {
    const { records } = await traverse<FrontAccount>(simulator, '/accounts', { limit: '10', sort_by: 'updated_at', sort_order: 'asc' });
    expect(ids(records)).toEqual(expectedOrder(simulator.data.accounts, (a) => a.updated_at, 'asc'));
  });

  it('sorts tags by id, ascending by default and descending on request', async () => {
    const ascending = await traverse<FrontTag>(simulator, '/tags', { limit: '7', sort_by: 'id' });
    expect(ids(ascending.records)).toEqual(ids(simulator.data.tags).sort());
    const descending = await traverse<FrontTag>(simulator, '/tags', { limit: '7', sort_by: 'id', sort_order: 'desc' });
    expect(ids(descending.records)).toEqual(ids(simulator.data.tags).sort().reverse());
  });

  it('rejects sort_by values the spec does not allow', async () => {
    expect((await getJson<FrontErrorBody>(simulator, '/tags?sort_by=name')).status).toBe(400);
    expect((await getJson<FrontErrorBody>(simulator, '/conversations?sort_by=created_at')).status).toBe(400);
    expect((await getJson<FrontErrorBody>(simulator, '/accounts?sort_order=up')).status).toBe(400);
  });

  it('traverses every conversation\'s messages newest first', async () => {
    for (const conversation of simulator.data.conversations.slice(0, 25)) {
      const { records } = await traverse<FrontMessage>(simulator, `/conversations/${conversation.id}/messages`, { limit: '2' });
      const stored = simulator.data.messagesByConversation.get(conversation.id) ?? [];
      expect(ids(records)).toEqual(expectedOrder(stored, (m) => m.created_at, 'desc'));
    }
  });

  it('lists messages oldest first with sort_order=asc', async () => {
    const conversation = simulator.data.conversations.find((c) => (simulator.data.messagesByConversation.get(c.id)?.length ?? 0) > 3);
    if (!conversation) throw new Error('no conversation with several messages');
    const { records } = await traverse<FrontMessage>(simulator, `/conversations/${conversation.id}/messages`, { limit: '1', sort_by: 'created_at', sort_order: 'asc' });
    expect(ids(records)).toEqual(ids(simulator.data.messagesByConversation.get(conversation.id) ?? []));
  });

  it('answers 404 for messages of an unknown conversation', async () => {
    const reply = await getJson<FrontErrorBody>(simulator, '/conversations/cnv_nope/messages');
    expect(reply.status).toBe(404);
    expect(reply.body._error.status).toBe(404);
  });

  describe('search', () => {
    it('returns _total and pages through all matches by last activity', async () => {
      const { records, lastPage } = await traverse<FrontConversation>(simulator, `/conversations/search/${encodeURIComponent('is:open')}`, { limit: '30' });
      const expected = simulator.data.conversations.filter((c) => c.status === 'assigned' || c.status === 'unassigned');
      expect(lastPage._total).toBe(expected.length);
      expect(ids(records)).toEqual(expectedOrder(expected, (c) => c.updated_at, 'desc'));
    });

    it('keeps the query in next and answers _total on every page', async () => {
      const reply = await getJson<FrontListBody<FrontConversation>>(simulator, `/conversations/search/${encodeURIComponent('is:archived is:assigned')}?limit=5`);
      const expected = simulator.data.conversations.filter((c) => c.status === 'archived' && c.assignee !== null);
      expect(reply.body._total).toBe(expected.length);
      const next = new URL(reply.body._pagination?.next ?? '');
      expect(next.origin).toBe(testLinkBase);
      expect(decodeURIComponent(next.pathname)).toBe('/conversations/search/is:archived is:assigned');
    });

    it('matches free text in the subject, all words required', async () => {
      const subject = simulator.data.conversations[0]?.subject ?? '';
      const words = subject.split(' ').slice(0, 2);
      const reply = await getJson<FrontListBody<FrontConversation>>(simulator, `/conversations/search/${encodeURIComponent(words.join(' '))}?limit=100`);
      const hits = ids(reply.body._results);
      expect(hits).toContain(simulator.data.conversations[0]?.id);
      for (const hit of reply.body._results) {
        const haystack = [hit.subject, ...(simulator.data.messagesByConversation.get(hit.id) ?? []).map((m) => m.text)].join('\n').toLowerCase();
        for (const word of words) expect(haystack).toContain(word.toLowerCase());
      }
    });

    it('filters by tag and inbox', async () => {
      const tag = simulator.data.tags[0];
      if (!tag) throw new Error('no tags');
      const tagged = await traverse<FrontConversation>(simulator, `/conversations/search/tag:${tag.id}`, { limit: '100' });
      expect(ids(tagged.records).sort()).toEqual(ids(simulator.data.conversations.filter((c) => c.tags.some((t) => t.id === tag.id))).sort());
      const inbox = simulator.data.inboxes[0];
      if (!inbox) throw new Error('no inboxes');
      const inInbox = await traverse<FrontConversation>(simulator, `/conversations/search/inbox:${inbox.id}`, { limit: '100' });
      const expected = simulator.data.conversations.filter((c) => simulator.data.inboxIdsByConversation.get(c.id)?.includes(inbox.id));
      expect(ids(inInbox.records).sort()).toEqual(ids(expected).sort());
    });

    it('rejects filters outside the supported subset', async () => {
      expect((await getJson<FrontErrorBody>(simulator, '/conversations/search/during:123')).status).toBe(400);
      expect((await getJson<FrontErrorBody>(simulator, '/conversations/search/is:flying')).status).toBe(400);
    });
  });
});
