import { startFrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator } from '../../src/providers/intercom/simulator';
import { startZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { pagedModule, PAGED_RECORDS } from '../fixtures/pagedProvider/module';
import { PAGED_MAX_PER_PAGE, startPagedSimulator } from '../fixtures/pagedProvider/server';
import { expectNewestFirst, ids, type InboxConversation, type InboxFilter, type InboxPage, INBOX_QUERY, OWN_CONVERSATION_LISTS, traverseInbox, traverseOwnList } from '../helpers/inboxTraversal';
import { frontEnv, intercomEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/**
 * Issue 24's registry proof: the fourth provider (test/fixtures/pagedProvider) joins
 * `Query.conversations` through its own module alone (its `inbox`, its SDL's `extend enum Provider`
 * and `PagedItem implements SupportConversation`), merged with the three built-in providers.
 * Upstream calls are counted from the simulators' own request logs.
 */
const SIZES = { zendesk: 120, intercom: 90, front: 70 };

describe('a fourth provider joins the merged inbox through its module alone', () => {
  let builtIn: RunningSimulator[];
  let paged: RunningSimulator;
  let gateway: TestGateway;
  /** Every record of the four providers, from their own connections. */
  let union: InboxConversation[];
  let pagedOwn: InboxConversation[];

  /** The paged items' global ids, most recently updated first, ties by id (items 1 and 30 tie): its API's sort. */
  const pagedByUpdate = (): string[] =>
    [...PAGED_RECORDS]
      .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || a.id - b.id)
      // `pagedOwn` is its own connection, in id order.
      .map((record) => (pagedOwn[record.id - 1] as InboxConversation).id);

  beforeAll(async () => {
    const zendesk = await startZendeskSimulator({ sizes: { tickets: SIZES.zendesk, users: 30, organizations: 5, groups: 3, articles: 1, maxCommentsPerTicket: 1 } });
    const intercom = await startIntercomSimulator({ sizes: { conversations: SIZES.intercom, contacts: 30, companies: 5, tickets: 5 } });
    const front = await startFrontSimulator({ sizes: { conversations: SIZES.front, contacts: 30, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 } });
    builtIn = [zendesk, intercom, front];
    paged = await startPagedSimulator({ records: PAGED_RECORDS, rateLimit: { requests: 1000, perSeconds: 60 } });
    gateway = await startTestGateway(
      // The page cache off, so the calls counted are the merge's own.
      { ...zendeskEnv(zendesk), ...intercomEnv(intercom), ...frontEnv(front), ...pagedModule.simulator.gatewayVariables(paged.url), PREFETCH_PAGES: 'false' },
      undefined,
      [...PROVIDER_MODULES, pagedModule],
    );
    pagedOwn = await traverseOwnList(gateway, { namespace: 'paged', field: 'items', first: PAGED_MAX_PER_PAGE });
    union = [...(await traverseOwnList(gateway, OWN_CONVERSATION_LISTS.zendesk)), ...(await traverseOwnList(gateway, OWN_CONVERSATION_LISTS.intercom)), ...(await traverseOwnList(gateway, OWN_CONVERSATION_LISTS.front)), ...pagedOwn];
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all([...builtIn, paged].map((simulator) => simulator.close()));
  });

  it('lists PAGED among the providers and PagedItem among the SupportConversation types', async () => {
    const response = await gateway.query<{ provider: { enumValues: Array<{ name: string }> }; conversation: { possibleTypes: Array<{ name: string }> } }>(
      '{ provider: __type(name: "Provider") { enumValues { name } } conversation: __type(name: "SupportConversation") { possibleTypes { name } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.provider.enumValues.map((value) => value.name).sort()).toEqual(['FRONT', 'INTERCOM', 'PAGED', 'ZENDESK']);
    expect(response.data?.conversation.possibleTypes.map((type) => type.name)).toContain('PagedItem');
  });

  it('serves every record of the four providers exactly once, newest update first, the paged items among the others', async () => {
    expect(pagedOwn).toHaveLength(PAGED_RECORDS.length);
    expect(union).toHaveLength(SIZES.zendesk + SIZES.intercom + SIZES.front + PAGED_RECORDS.length);
    const { nodes } = await traverseInbox(gateway, 50);
    expect(new Set(ids(nodes)).size).toBe(nodes.length);
    expect([...ids(nodes)].sort()).toEqual([...ids(union)].sort());
    expectNewestFirst(nodes);
    // The same object as in its own connection: global id, type, provider, normalised status.
    const byId = new Map(union.map((node) => [node.id, node]));
    for (const node of nodes) expect(node).toEqual(byId.get(node.id));
    // Interleaved, not appended: other providers' records stand between the first and last paged item.
    const positions = nodes.flatMap((node, index) => (node.provider === 'PAGED' ? [index] : []));
    expect(positions).toHaveLength(PAGED_RECORDS.length);
    expect((positions.at(-1) as number) - (positions[0] as number)).toBeGreaterThan(PAGED_RECORDS.length * 3);
    // Its own sort order kept, its tie included.
    expect(ids(nodes.filter((node) => node.provider === 'PAGED'))).toEqual(pagedByUpdate());
  });

  it('resumes from any edge cursor, the paged items’ own included, with exactly the rest', async () => {
    const { nodes, cursors } = await traverseInbox(gateway, 40);
    const pagedEdges = nodes.flatMap((node, index) => (node.provider === 'PAGED' ? [index] : []));
    const picked = [...new Set([0, 57, 131, cursors.length - 1, ...pagedEdges.filter((_, n) => n % 7 === 0)])];
    for (const index of picked) {
      const rest = await traverseInbox(gateway, 500, {}, cursors[index] as string);
      expect(ids(rest.nodes)).toEqual(ids(nodes).slice(index + 1));
    }
  });

  it('providers: [PAGED] reads the paged API alone, at its largest page, and counts from its X-Total-Count', async () => {
    for (const simulator of [...builtIn, paged]) simulator.requests.clear();
    const response = await gateway.query<InboxPage>(INBOX_QUERY.replace('pageInfo {', 'totalCount pageInfo {'), { first: 100, providers: ['PAGED'] });
    expect(response.errors).toBeUndefined();
    const page = response.data?.conversations;
    expect(page?.pageInfo.hasNextPage).toBe(false);
    expect(page?.totalCount).toBe(PAGED_RECORDS.length);
    expect(page?.edges.map((edge) => edge.node.id)).toEqual(pagedByUpdate());
    expect(builtIn.map((simulator) => simulator.requests.entries.length)).toEqual([0, 0, 0]);
    const reads = paged.requests.entries.map((entry) => Object.fromEntries(new URLSearchParams(entry.query)));
    // 30 items at its maximum of 4 a page: 8 calls, the fewest possible.
    expect(reads).toHaveLength(Math.ceil(PAGED_RECORDS.length / PAGED_MAX_PER_PAGE));
    for (const read of reads) expect(read).toMatchObject({ sort: '-updated_at', per_page: String(PAGED_MAX_PER_PAGE) });
  });

  it('filters it with the others by provider and status exactly as filtering the union would', async () => {
    const filter: InboxFilter = { providers: ['PAGED', 'ZENDESK'], status: ['PENDING', 'CLOSED'] };
    const expected = union.filter((node) => filter.providers?.includes(node.provider) && filter.status?.includes(node.conversationStatus));
    expect(expected.some((node) => node.provider === 'PAGED')).toBe(true);
    const { nodes } = await traverseInbox(gateway, 25, filter);
    expect([...ids(nodes)].sort()).toEqual([...ids(expected)].sort());
    expectNewestFirst(nodes);
    const total = await gateway.query<InboxPage>('{ conversations(first: 1, providers: [PAGED, ZENDESK]) { totalCount } }');
    expect(total.errors).toBeUndefined();
    expect(total.data?.conversations.totalCount).toBe(PAGED_RECORDS.length + SIZES.zendesk);
  });
});
