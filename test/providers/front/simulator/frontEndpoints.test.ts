import {
  type FrontComment,
  type FrontConversation,
  type FrontInbox,
  type FrontSimulator,
  type FrontTeammate,
  startFrontSimulator,
} from '../../../../src/providers/front/simulator';
import { type FrontErrorBody, type FrontListBody, getJson, testLinkBase, testToken } from './frontTestClient';

const sizes = {
  conversations: 60,
  contacts: 80,
  inboxes: 13,
  teammates: 120,
  tags: 12,
  accounts: 9,
  maxMessagesPerConversation: 3,
  maxCommentsPerConversation: 5,
};

describe('Front simulator endpoints', () => {
  let simulator: FrontSimulator;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ sizes, token: testToken, linkBaseUrl: testLinkBase });
  });
  afterAll(() => simulator.close());

  describe('unpaginated lists (no limit, no _pagination per the spec)', () => {
    it.each([
      ['/inboxes', () => simulator.data.inboxes],
      ['/teammates', () => simulator.data.teammates],
    ] as const)('%s returns everything at once, ignoring limit', async (path, records) => {
      const reply = await getJson<FrontListBody<FrontInbox | FrontTeammate>>(simulator, `${path}?limit=5`);
      expect(reply.status).toBe(200);
      expect(reply.body).not.toHaveProperty('_pagination');
      expect(reply.body._links.self).toBe(`${testLinkBase}${path}?limit=5`);
      expect(reply.body._results.map((r) => r.id)).toEqual(records().map((r) => r.id));
    });

    it('lists a conversation\'s comments newest first, unpaginated', async () => {
      const conversation = simulator.data.conversations.find((c) => (simulator.data.commentsByConversation.get(c.id)?.length ?? 0) > 1);
      if (!conversation) throw new Error('no conversation with comments');
      const reply = await getJson<FrontListBody<FrontComment>>(simulator, `/conversations/${conversation.id}/comments`);
      expect(reply.body).not.toHaveProperty('_pagination');
      const stored = simulator.data.commentsByConversation.get(conversation.id) ?? [];
      expect(reply.body._results.map((c) => c.id)).toEqual([...stored].reverse().map((c) => c.id));
    });

    it('lists a conversation\'s inboxes (its _links.related.inboxes target)', async () => {
      const conversation = simulator.data.conversations[0];
      if (!conversation) throw new Error('no conversations');
      const link = new URL(conversation._links.related.inboxes);
      expect(link.origin).toBe(testLinkBase);
      const reply = await getJson<FrontListBody<FrontInbox>>(simulator, link.pathname);
      expect(reply.body).not.toHaveProperty('_pagination');
      expect(reply.body._results.map((i) => i.id)).toEqual(simulator.data.inboxIdsByConversation.get(conversation.id));
    });

    it('answers 404 for comments of an unknown conversation', async () => {
      expect((await getJson<FrontErrorBody>(simulator, '/conversations/cnv_zzzzzz/comments')).status).toBe(404);
    });
  });

  describe('single records', () => {
    it.each([
      ['conversations', () => simulator.data.conversations],
      ['contacts', () => simulator.data.contacts],
      ['teammates', () => simulator.data.teammates],
      ['inboxes', () => simulator.data.inboxes],
      ['tags', () => simulator.data.tags],
      ['accounts', () => simulator.data.accounts],
    ] as const)('GET /%s/{id} returns the record as stored', async (collection, records) => {
      const record = records()[3];
      if (!record) throw new Error('not enough records');
      const reply = await getJson<{ id: string }>(simulator, `/${collection}/${record.id}`);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual(JSON.parse(JSON.stringify(record)));
    });

    it.each(['conversations/cnv_000000', 'contacts/crd_nope', 'teammates/tea_nope', 'inboxes/inb_nope', 'tags/tag_nope'])(
      'GET /%s is a 404 _error',
      async (path) => {
        const reply = await getJson<FrontErrorBody>(simulator, `/${path}`);
        expect(reply.status).toBe(404);
        expect(reply.body._error).toEqual({ status: 404, title: 'Not found', message: expect.any(String) });
      },
    );

    it('answers unknown routes with Front\'s _error shape', async () => {
      const reply = await getJson<FrontErrorBody>(simulator, '/nowhere');
      expect(reply.status).toBe(404);
      expect(reply.body._error.status).toBe(404);
    });

    it('puts _links on the company host and embeds the assignee and tags', async () => {
      const conversation = simulator.data.conversations.find((c) => c.assignee !== null && c.tags.length > 0);
      if (!conversation) throw new Error('no assigned, tagged conversation');
      const reply = await getJson<FrontConversation>(simulator, `/conversations/${conversation.id}`);
      expect(reply.body._links.self).toBe(`${testLinkBase}/conversations/${conversation.id}`);
      expect(reply.body.assignee?.id).toMatch(/^tea_/);
      expect(reply.body.tags[0]?.id).toMatch(/^tag_/);
      expect(reply.body.recipient?._links.related.contact).toMatch(new RegExp(`^${testLinkBase}/contacts/crd_`));
    });
  });

  describe('auth', () => {
    it.each([
      ['no Authorization header', null],
      ['a wrong token', 'wrong-token'],
    ] as const)('answers 401 with _error for %s', async (_label, token) => {
      const reply = await getJson<FrontErrorBody>(simulator, '/contacts', token);
      expect(reply.status).toBe(401);
      expect(reply.body._error.status).toBe(401);
      expect(reply.body._error.title).toBe('Unauthorized');
    });

    it('rejects basic auth even with the token as password', async () => {
      const response = await fetch(`${simulator.url}/contacts`, {
        headers: { authorization: `Basic ${Buffer.from(`x:${testToken}`).toString('base64')}` },
      });
      expect(response.status).toBe(401);
    });
  });
});

describe('Front simulator rate limit', () => {
  it('answers 429 with Retry-After and Front\'s _error once the window is used up', async () => {
    const simulator = await startFrontSimulator({
      sizes: { ...sizes, conversations: 5, contacts: 5 },
      token: testToken,
      linkBaseUrl: testLinkBase,
      rateLimit: { requests: 3, perSeconds: 60 },
    });
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await getJson(simulator, '/tags')).status).toBe(200);
      const limited = await getJson<FrontErrorBody>(simulator, '/tags');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.body._error.status).toBe(429);
      expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([200, 200, 200, 429]);
    } finally {
      await simulator.close();
    }
  });
});
