import type { IntercomConversation } from '../../src/providers/intercom/simulator';
import { toGlobalId } from '../../src/relay/globalId';
import type { GraphQLResponse } from '../helpers/testGateway';
import { startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';

/**
 * `IntercomConversation.parts` over GET /conversations/{id} (the only call that returns parts, at
 * most the 500 most recent). The default data set has long threads of 460, 500, 540 and 620 parts
 * (every 250th conversation) and unanswered conversations without parts (every 100th). Calls are
 * counted from the simulator's request log.
 */
describe('Intercom conversation parts', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Part = { nativeId: string; conversationId: string; partType: string; authorId: string | null; createdAt: string };
  type PartPage = {
    totalCount: number | null;
    edges: Array<{ cursor: string; node: Part }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };

  const retrieveCalls = (): string[] =>
    env.intercom.requests.entries.filter((entry) => entry.method === 'GET' && /^\/conversations\/[^/]+\/?$/.test(entry.path)).map((entry) => entry.path);
  const withParts = (predicate: (count: number) => boolean): IntercomConversation => {
    const found = env.intercom.data.conversations.find((conversation) => predicate(conversation.statistics.count_conversation_parts));
    if (!found) throw new Error('no such conversation in the data set');
    return found;
  };
  const expectedParts = (conversation: IntercomConversation) => env.intercom.data.conversationParts(conversation.id).slice(-500);

  /** Pages through one conversation's parts, reaching it with node(id:) each time as a client resuming later would. */
  async function traverseParts(conversation: IntercomConversation, first: number) {
    const query = `query ($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on IntercomConversation {
      parts(first: $first, after: $after) { totalCount edges { cursor node { nativeId conversationId partType authorId createdAt } } pageInfo { hasNextPage endCursor } } } } }`;
    const id = toGlobalId('intercom', 'IntercomConversation', conversation.id);
    const ids: string[] = [];
    let after: string | null = null;
    for (let requests = 1; requests <= 50; requests += 1) {
      const response: GraphQLResponse<{ node: { parts: PartPage } | null }> = await env.gateway.query<{ node: { parts: PartPage } | null }>(query, { id, first, after });
      expect(response.errors).toBeUndefined();
      const page: PartPage | undefined = response.data?.node?.parts;
      if (!page) throw new Error('no parts in the response');
      expect(page.totalCount).toBe(expectedParts(conversation).length);
      ids.push(...page.edges.map((edge) => edge.node.nativeId));
      if (!page.pageInfo.hasNextPage) return { ids, requests };
      after = page.pageInfo.endCursor;
    }
    throw new Error('the traversal did not end');
  }

  it.each([
    ['500 parts', (count: number) => count === 500],
    ['620 parts, of which Intercom returns the 500 most recent', (count: number) => count === 620],
  ])('lists every part once, oldest first, with first above the 150-part window: %s', async (_name, predicate) => {
    const conversation = withParts(predicate);
    const expected = expectedParts(conversation).map((part) => part.id);
    expect(expected).toHaveLength(500);

    // One GraphQL request for the whole list: one retrieve call, the engine's 150-part windows sliced from it.
    const whole = await traverseParts(conversation, 500);
    expect(whole).toEqual({ ids: expected, requests: 1 });
    expect(retrieveCalls()).toEqual([`/conversations/${conversation.id}`]);

    // first: 200 takes 3 requests, each reading the conversation at most once (a stateless gateway's
    // minimum is one per request). Measured: 2, because the second request's read-ahead (PREFETCH_PAGES)
    // takes the last window from the response that request already holds, and the third is served from it.
    env.clearLogs();
    const paged = await traverseParts(conversation, 200);
    expect(paged).toEqual({ ids: expected, requests: 3 });
    expect(retrieveCalls().length).toBeLessThanOrEqual(3);
    expect(new Set(retrieveCalls())).toEqual(new Set([`/conversations/${conversation.id}`]));
  });

  it('serves the parts as Intercom sends them, and resumes from a cursor in the middle', async () => {
    const conversation = withParts((count) => count === 460);
    const parts = expectedParts(conversation);
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on IntercomConversation {
      parts(first: 3, after: $after) { edges { cursor node { nativeId conversationId partType authorId createdAt } } } } } }`;
    const id = toGlobalId('intercom', 'IntercomConversation', conversation.id);
    const first = await env.gateway.query<{ node: { parts: PartPage } }>(query, { id });
    expect(first.errors).toBeUndefined();
    const edges = first.data?.node.parts.edges ?? [];
    expect(edges.map((edge) => edge.node)).toEqual(
      parts.slice(0, 3).map((part) => ({
        nativeId: part.id,
        conversationId: conversation.id,
        partType: part.part_type,
        authorId: part.author.id,
        createdAt: new Date(part.created_at * 1000).toISOString(),
      })),
    );
    const resumed = await env.gateway.query<{ node: { parts: PartPage } }>(query, { id, after: edges[1]?.cursor });
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data?.node.parts.edges.map((edge) => edge.node.nativeId)).toEqual(parts.slice(2, 5).map((part) => part.id));
  });

  it('reads each conversation once per request, however many selections of parts it has', async () => {
    const response = await env.gateway.query<{ intercom: { conversations: { nodes: Array<{ nativeId: string; head: PartPage; tail: PartPage }> } } }>(
      `{ intercom { conversations(first: 120) { nodes { nativeId
          head: parts(first: 2) { totalCount edges { cursor node { nativeId } } pageInfo { hasNextPage endCursor } }
          tail: parts(last: 2) { totalCount edges { cursor node { nativeId } } pageInfo { hasNextPage endCursor } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.intercom.conversations.nodes ?? [];
    expect(nodes).toHaveLength(120);
    for (const node of nodes) {
      const all = env.intercom.data.conversationParts(node.nativeId).slice(-500).map((part) => part.id);
      expect(node.head.edges.map((edge) => edge.node.nativeId)).toEqual(all.slice(0, 2));
      expect(node.tail.edges.map((edge) => edge.node.nativeId)).toEqual(all.slice(-2));
      expect(node.head.totalCount).toBe(all.length);
    }
    // Some have no parts at all: still one call each, answering an empty connection.
    expect(nodes.some((node) => node.head.totalCount === 0)).toBe(true);
    expect(retrieveCalls().sort()).toEqual(nodes.map((node) => `/conversations/${node.nativeId}`).sort());
    expect(env.totalRequests()).toBe(1 + nodes.length);
    expect(upstreamCallsOf(response)).toMatchObject({ total: 1 + nodes.length });
  });

  it('answers node(id:) of a part with null and no call: Intercom has no lookup of a part by id', async () => {
    const response = await env.gateway.query<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', {
      id: toGlobalId('intercom', 'IntercomConversationPart', '10000001'),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.node).toBeNull();
    expect(env.totalRequests()).toBe(0);
  });
});
