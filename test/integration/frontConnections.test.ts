import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type FrontConversation, type FrontSimulator, startFrontSimulator } from '../../src/providers/front/simulator';
import type { LoggedRequest } from '../../src/simulators/kit/simulatorServer';
import { frontEnv, type GraphQLResponse, readAheadSettled, startTestGateway, type TestGateway } from '../helpers/testGateway';
import { connectionQuery, fetchPage, traverseForward } from '../helpers/traverse';

/** A plain HTTP listener that records whatever reaches it: Front's `next` URLs point here. */
interface Listener {
  readonly url: string;
  readonly received: string[];
  close(): Promise<void>;
}

async function startListener(): Promise<Listener> {
  const received: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    received.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Identified = { readonly id: string };
/** The simulator's documented orders: by a key, ties broken by id, both in the same direction. */
function orderBy<T extends Identified>(records: ReadonlyArray<T>, key: (record: T) => number | string, order: 'asc' | 'desc'): string[] {
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: number | string, b: number | string): number => (a === b ? 0 : a < b ? -1 : 1);
  return [...records].sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.id, b.id))).map((record) => record.id);
}

/** One logged call, reduced to what the assertions name: path, `limit`, and whether a page_token was sent. */
const summarise = (entry: LoggedRequest) => {
  const query = new URLSearchParams(entry.query);
  return { path: entry.path, limit: query.get('limit'), token: query.has('page_token'), status: entry.status };
};

/** `count` pages of one list at `limit`: the first without a token, the others with one. */
const pagesOf = (path: string, count: number, limit: string | null) =>
  Array.from({ length: count }, (_, index) => ({ path, limit, token: index > 0, status: 200 }));

describe('Front over HTTP against the simulator (3,000 conversations, 4,000 contacts)', () => {
  let listener: Listener;
  let simulator: FrontSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    listener = await startListener();
    // Every `_pagination.next` names the listener's host, as real Front names a company host.
    simulator = await startFrontSimulator({ linkBaseUrl: listener.url });
    gateway = await startTestGateway(frontEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
    await listener.close();
  });
  beforeEach(() => simulator.requests.clear());

  const log = () => simulator.requests.entries.map(summarise);
  const byActivity = (order: 'asc' | 'desc', conversations: ReadonlyArray<FrontConversation> = simulator.data.conversations) =>
    orderBy(conversations, (conversation) => conversation.updated_at, order);

  describe('full traversals: every record once, in the simulator order, with the minimal calls', () => {
    it('conversations with first=100: ceil(N / 100) calls, one per GraphQL page', async () => {
      const result = await traverseForward(gateway, 'front', 'conversations', 100);
      expect(result.ids).toEqual(byActivity('desc'));
      expect(log()).toEqual(pagesOf('/conversations', Math.ceil(simulator.data.conversations.length / 100), '100'));
      expect(result.requests).toBe(30);
    });

    it('contacts with first=100, newest first', async () => {
      const result = await traverseForward(gateway, 'front', 'contacts', 100);
      expect(result.ids).toEqual(orderBy(simulator.data.contacts, (contact) => contact.created_at, 'desc'));
      expect(log()).toEqual(pagesOf('/contacts', 40, '100'));
    });

    it('accounts (100) with first=100: one call, and hasNextPage false from `next: null`', async () => {
      const result = await traverseForward(gateway, 'front', 'accounts', 100);
      expect(result.ids).toEqual(orderBy(simulator.data.accounts, (account) => account.created_at, 'desc'));
      expect(log()).toEqual(pagesOf('/accounts', 1, '100'));
    });

    it('tags (50) with first=7: each GraphQL page is one native page of limit 7', async () => {
      const result = await traverseForward(gateway, 'front', 'tags', 7);
      expect(result.ids).toEqual(simulator.data.tags.map((tag) => tag.id));
      expect(log()).toEqual(pagesOf('/tags', Math.ceil(50 / 7), '7'));
    });

    it.each([
      ['inboxes', 3, () => simulator.data.inboxes],
      ['teammates', 10, () => simulator.data.teammates],
    ] as const)('%s (unpaged by Front) with first=%i: at most one call per GraphQL request, with no limit or page_token', async (field, first, records) => {
      const result = await traverseForward(gateway, 'front', field, first);
      expect(result.ids).toEqual(records().map((record) => record.id));
      expect(result.requests).toBe(Math.ceil(records().length / first));
      await readAheadSettled(gateway, simulator);
      // Each request that reads fetches the whole list once. Request 1 reads its window; request 2
      // reads its own and the next two windows ahead (PREFETCH_DEPTH 2, default) from that one
      // fetch; from request 3 on each request is served from those and reads one window ahead,
      // which costs a fetch while windows remain: 2 + max(0, requests - 4) calls in all.
      const calls = Math.min(result.requests, 2) + Math.max(0, result.requests - 4);
      expect(log()).toEqual(Array.from({ length: calls }, () => ({ path: `/${field}`, limit: null, token: false, status: 200 })));
    });

    it('inboxes: every page of one GraphQL request costs one call, however many fields read it', async () => {
      const response = await gateway.query<{ front: Record<string, { nodes: Array<{ nativeId: string }>; totalCount: number }> }>(
        '{ front { a: inboxes(first: 3) { nodes { nativeId } totalCount } b: inboxes(first: 100) { nodes { nativeId } } c: inboxes(last: 2) { nodes { nativeId } } } }',
      );
      const ids = simulator.data.inboxes.map((inbox) => inbox.id);
      expect(response.data?.front.a?.nodes.map((node) => node.nativeId)).toEqual(ids.slice(0, 3));
      expect(response.data?.front.a?.totalCount).toBe(ids.length);
      expect(response.data?.front.b?.nodes.map((node) => node.nativeId)).toEqual(ids);
      expect(response.data?.front.c?.nodes.map((node) => node.nativeId)).toEqual(ids.slice(-2));
      expect(log()).toEqual([{ path: '/inboxes', limit: null, token: false, status: 200 }]);
    });
  });

  describe('filters and order', () => {
    it('statuses keeps the conversations in any of them, in the default order', async () => {
      const result = await traverseForward(gateway, 'front', 'conversations', 100, { statuses: ['TRASHED', 'ARCHIVED'] }, {
        args: 'statuses: $statuses',
        vars: ', $statuses: [FrontConversationStatus!]',
      });
      const expected = byActivity('desc', simulator.data.conversations.filter((c) => c.status === 'archived' || c.status === 'deleted'));
      expect(expected.length).toBeGreaterThan(100);
      expect(result.ids).toEqual(expected);
      expect(log()).toEqual(pagesOf('/conversations', Math.ceil(expected.length / 100), '100'));
      expect(new URLSearchParams(simulator.requests.entries[0]?.query).getAll('q[statuses][]')).toEqual(['archived', 'trashed']);
    });

    it('sortOrder ASC lists by last activity, oldest first', async () => {
      const result = await traverseForward(gateway, 'front', 'conversations', 100, { sortOrder: 'ASC' }, {
        args: 'sortOrder: $sortOrder',
        vars: ', $sortOrder: SortDirection',
      });
      expect(result.ids).toEqual(byActivity('asc'));
      expect(log()).toEqual(pagesOf('/conversations', 30, '100'));
    });
  });

  describe('search, and totalCount', () => {
    const search = { args: 'query: $query', vars: ', $query: String!' };

    it('traverses every match in last-activity order and reports `_total` as totalCount', async () => {
      const archived = byActivity('desc', simulator.data.conversations.filter((conversation) => conversation.status === 'archived'));
      const result = await traverseForward(gateway, 'front', 'searchConversations', 100, { query: 'is:archived' }, search);
      expect(result.ids).toEqual(archived);
      expect(log()).toEqual(pagesOf('/conversations/search/is%3Aarchived', Math.ceil(archived.length / 100), '100'));
      simulator.requests.clear();
      const counted = await gateway.query<{ front: { searchConversations: { totalCount: number } } }>(
        '{ front { searchConversations(query: "is:archived", first: 1) { totalCount } } }',
      );
      expect(counted.data?.front.searchConversations.totalCount).toBe(archived.length);
      expect(log()).toEqual([{ path: '/conversations/search/is%3Aarchived', limit: '1', token: false, status: 200 }]);
    });

    it('gives null totalCount on the plain lists, without an extra call', async () => {
      const response = await gateway.query<{ front: Record<string, { totalCount: number | null }> }>(
        '{ front { conversations(first: 1) { totalCount } contacts(first: 1) { totalCount } } }',
      );
      expect(response.data?.front).toEqual({ conversations: { totalCount: null }, contacts: { totalCount: null } });
      expect(simulator.requests.entries).toHaveLength(2);
    });

    it('refuses an empty query before any call', async () => {
      const response = await gateway.query('{ front { searchConversations(query: "  ", first: 1) { totalCount } } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(simulator.requests.entries).toHaveLength(0);
    });
  });

  describe('resuming', () => {
    it('resumes from a middle edge of a first page: one call that refetches that page at its limit', async () => {
      const first = await fetchPage(gateway, 'front', 'conversations', { first: 10 });
      simulator.requests.clear();
      const resumed = await fetchPage(gateway, 'front', 'conversations', { first: 3, after: first.edges[4]?.cursor });
      expect(resumed.edges.map((edge) => edge.node.nativeId)).toEqual(byActivity('desc').slice(5, 8));
      expect(log()).toEqual([{ path: '/conversations', limit: '10', token: false, status: 200 }]);
    });

    it('resumes from a middle edge of a token page with the token limit, whatever `first` asks', async () => {
      const first = await fetchPage(gateway, 'front', 'contacts', { first: 150 });
      simulator.requests.clear();
      const resumed = await fetchPage(gateway, 'front', 'contacts', { first: 5, after: first.edges[119]?.cursor });
      const expected = orderBy(simulator.data.contacts, (contact) => contact.created_at, 'desc').slice(120, 125);
      expect(resumed.edges.map((edge) => edge.node.nativeId)).toEqual(expected);
      expect(log()).toEqual([]);
      // The first request ended inside that page and kept it (the page cache is on by default): a
      // fresh gateway with PREFETCH_PAGES=false refetches it, once, at the token's limit.
      const uncached = await startTestGateway({ ...frontEnv(simulator), PREFETCH_PAGES: 'false' });
      try {
        const again = await fetchPage(uncached, 'front', 'contacts', { first: 5, after: first.edges[119]?.cursor });
        expect(again.edges.map((edge) => edge.node.nativeId)).toEqual(expected);
      } finally {
        await uncached.stop();
      }
      expect(log()).toEqual([{ path: '/contacts', limit: '100', token: true, status: 200 }]);
    });
  });

  it('takes only page_token from a `next` URL on another host: the traversal completes and that host receives nothing', async () => {
    const direct = await fetch(`${simulator.url}/conversations?limit=100`, { headers: { authorization: 'Bearer sim-front-token' } });
    const body = (await direct.json()) as { _pagination: { next: string } };
    expect(new URL(body._pagination.next).origin).toBe(listener.url);
    simulator.requests.clear();
    const result = await traverseForward(gateway, 'front', 'conversations', 100);
    expect(result.ids).toEqual(byActivity('desc'));
    expect(log()).toEqual(pagesOf('/conversations', 30, '100'));
    expect(listener.received).toEqual([]);
  });

  describe('one conversation: messages (paged) and comments (unpaged)', () => {
    /** A conversation on the first default page with 3+ messages and 2+ comments, and the cursor of the edge before it. */
    async function pickConversation(): Promise<{ id: string; after: string | null }> {
      const page = await fetchPage(gateway, 'front', 'conversations', { first: 100 });
      const index = page.edges.findIndex(
        (edge, position) =>
          position > 0 &&
          (simulator.data.messagesByConversation.get(edge.node.nativeId)?.length ?? 0) >= 3 &&
          (simulator.data.commentsByConversation.get(edge.node.nativeId)?.length ?? 0) >= 2,
      );
      const edge = page.edges[index];
      if (!edge) throw new Error('no conversation with 3 messages and 2 comments on the first page');
      return { id: edge.node.nativeId, after: page.edges[index - 1]?.cursor ?? null };
    }

    type NestedPage = { edges: Array<{ cursor: string; node: { nativeId: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    type Nested = { front: { conversations: { nodes: Array<{ nativeId: string; items: NestedPage }> } } };

    async function traverseNested(field: 'messages' | 'comments', conversationAfter: string | null, first: number) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let requests = 1; ; requests += 1) {
        const response: GraphQLResponse<Nested> = await gateway.query<Nested>(
          `query ($c: String, $first: Int, $after: String) { front { conversations(first: 1, after: $c) { nodes { nativeId items: ${field}(first: $first, after: $after) { edges { cursor node { nativeId } } pageInfo { hasNextPage endCursor } } } } } }`,
          { c: conversationAfter, first, after },
        );
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        const items: NestedPage | undefined = response.data?.front.conversations.nodes[0]?.items;
        ids.push(...(items?.edges.map((edge) => edge.node.nativeId) ?? []));
        if (!items?.pageInfo.hasNextPage) return { ids, requests };
        after = items.pageInfo.endCursor;
      }
    }

    it('messages newest first, two per page: one messages call per page', async () => {
      const conversation = await pickConversation();
      simulator.requests.clear();
      const messages = simulator.data.messagesByConversation.get(conversation.id) ?? [];
      const result = await traverseNested('messages', conversation.after, 2);
      expect(result.ids).toEqual(orderBy(messages, (message) => message.created_at, 'desc'));
      const pages = Math.ceil(messages.length / 2);
      expect(log().filter((call) => call.path.endsWith('/messages'))).toEqual(pagesOf(`/conversations/${conversation.id}/messages`, pages, '2'));
      // Plus the conversation itself: the first request refetches its page to resume after its
      // predecessor and ends inside it, so that page is kept for the next request, and so on.
      expect(simulator.requests.entries).toHaveLength(1 + pages);
    });

    it('comments newest first, one per page: one comments call per GraphQL request', async () => {
      const conversation = await pickConversation();
      simulator.requests.clear();
      const comments = simulator.data.commentsByConversation.get(conversation.id) ?? [];
      const result = await traverseNested('comments', conversation.after, 1);
      expect(result.ids).toEqual(orderBy(comments, (comment) => comment.posted_at, 'desc'));
      expect(log().filter((call) => call.path.endsWith('/comments'))).toEqual(
        Array.from({ length: comments.length }, () => ({ path: `/conversations/${conversation.id}/comments`, limit: null, token: false, status: 200 })),
      );
    });
  });

  describe('bad input: BAD_USER_INPUT, HTTP 200, and no upstream call', () => {
    it.each([
      ['conversations', { last: 5 }],
      ['contacts', { last: 5 }],
      ['accounts', { last: 1 }],
      ['tags', { last: 1 }],
    ])('%s with %j: Front does not support backward pagination', async (field, variables) => {
      const response = await gateway.query(connectionQuery('front', field), variables);
      expect(response.status).toBe(200);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain('Front does not support backward pagination');
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('before a cursor, on search too', async () => {
      const page = await fetchPage(gateway, 'front', 'searchConversations', { first: 2, query: 'is:open' }, { args: 'query: $query', vars: ', $query: String!' });
      simulator.requests.clear();
      const response = await gateway.query(connectionQuery('front', 'searchConversations', 'query: $query', ', $query: String!'), {
        query: 'is:open',
        last: 2,
        before: page.pageInfo.endCursor,
      });
      expect(response.errors?.[0]?.message).toContain('Front does not support backward pagination');
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('a cursor reused with another status filter', async () => {
      const statuses = { args: 'statuses: $statuses', vars: ', $statuses: [FrontConversationStatus!]' };
      const page = await fetchPage(gateway, 'front', 'conversations', { first: 2, statuses: ['ASSIGNED'] }, statuses);
      simulator.requests.clear();
      const response = await gateway.query(connectionQuery('front', 'conversations', statuses.args, statuses.vars), {
        first: 2,
        after: page.pageInfo.endCursor,
        statuses: ['ARCHIVED'],
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/different filter or sort/);
      expect(simulator.requests.entries).toHaveLength(0);
    });

    it('the same statuses in another order and with repeats are the same list: the cursor still resumes', async () => {
      const statuses = { args: 'statuses: $statuses', vars: ', $statuses: [FrontConversationStatus!]' };
      const page = await fetchPage(gateway, 'front', 'conversations', { first: 2, statuses: ['ASSIGNED', 'ARCHIVED'] }, statuses);
      const next = await fetchPage(gateway, 'front', 'conversations', { first: 2, after: page.pageInfo.endCursor, statuses: ['ARCHIVED', 'ASSIGNED', 'ARCHIVED'] }, statuses);
      expect(next.edges).toHaveLength(2);
    });
  });

  it('serves global ids that encode provider, type and native id', async () => {
    const response = await gateway.query<{ front: { conversations: { nodes: Array<{ id: string; nativeId: string }> } } }>(
      '{ front { conversations(first: 2) { nodes { id nativeId } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeDefined();
    for (const node of response.data?.front.conversations.nodes ?? []) {
      expect(Buffer.from(node.id, 'base64url').toString()).toBe(`front:FrontConversation:${node.nativeId}`);
    }
  });
});
