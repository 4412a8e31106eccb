import type { GraphContext } from '../../src/context';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { toGlobalId } from '../../src/relay/globalId';
import { batches } from '../helpers/relationsGateway';
import { callsTo, readAheadSettled, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

type Node = { readonly id: string } & Record<string, unknown>;

/**
 * The three Zendesk types refetched by id here: their list field, the fields compared, their lookup's
 * path, and whether it is one call per id (no batch endpoint) or one show_many per 100.
 */
const TYPES = [
  { typename: 'ZendeskView', list: 'views', fields: 'nativeId title description active position createdAt updatedAt', lookup: '/api/v2/views/show_many', perId: false },
  {
    typename: 'ZendeskTicketField',
    list: 'ticketFields',
    fields: 'nativeId type title description position active required removable createdAt updatedAt',
    lookup: '/api/v2/ticket_fields/',
    perId: true,
  },
  {
    typename: 'ZendeskSatisfactionRating',
    list: 'satisfactionRatings',
    fields: 'nativeId score comment createdAt updatedAt ticket { nativeId } requester { nativeId } assignee { nativeId }',
    lookup: '/api/v2/satisfaction_ratings/',
    perId: true,
  },
] as const;

const UNKNOWN_NATIVE_ID = 900_000_001;

describe('node(id:), nodes(ids:) and _entities for Zendesk views, ticket fields and satisfaction ratings', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 900, users: 30, articles: 1, views: 130, customTicketFields: 150 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  /** The first `count` records of a type's list, with its compared fields; the logs are cleared afterwards. */
  async function listed(type: (typeof TYPES)[number], count: number): Promise<Node[]> {
    const response = await gateway.query<{ zendesk: Record<string, { nodes: Node[] }> }>(
      `query ($first: Int) { zendesk { ${type.list}(first: $first) { nodes { __typename id ${type.fields} } } } }`,
      { first: count },
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.zendesk[type.list]?.nodes ?? [];
    expect(nodes).toHaveLength(count);
    await readAheadSettled(gateway, simulator);
    simulator.requests.clear();
    return nodes;
  }

  const idsOf = (nodes: ReadonlyArray<Node>): string[] => nodes.map((node) => node.id);

  describe.each(TYPES)('$typename', (type) => {
    const unknownId = toGlobalId('zendesk', type.typename, UNKNOWN_NATIVE_ID);

    it('nodes(ids:) refetches listed records with the same fields, and an unknown id is null without an error', async () => {
      const nodes = await listed(type, 30);
      const response = await gateway.query<{ nodes: Array<Node | null> }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on ${type.typename} { ${type.fields} } } }`,
        { ids: [...idsOf(nodes), unknownId] },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.nodes).toEqual([...nodes, null]);
      expect(callsTo(simulator, type.lookup)).toBe(type.perId ? nodes.length + 1 : 1);
    });

    it('node(id:) refetches one listed record with the same fields, and an unknown id is null without an error', async () => {
      const [, , node] = await listed(type, 3);
      if (!node) throw new Error('no third record');
      const query = `query ($id: ID!) { node(id: $id) { __typename id ... on ${type.typename} { ${type.fields} } } }`;
      const found = await gateway.query<{ node: Node | null }>(query, { id: node.id });
      expect(found.errors).toBeUndefined();
      expect(found.data).toEqual({ node });
      const unknown = await gateway.query<{ node: Node | null }>(query, { id: unknownId });
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data).toEqual({ node: null });
      expect(callsTo(simulator, type.lookup)).toBe(2);
    });

    it('_entities resolves references to it, and an unknown one to null', async () => {
      const nodes = await listed(type, 5);
      const representations = [...nodes.map((node) => ({ __typename: type.typename, id: node.id })), { __typename: type.typename, id: unknownId }];
      const response = await gateway.query<{ _entities: Array<Node | null> }>(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on ${type.typename} { id ${type.fields} } } }`,
        { representations },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([...nodes, null]);
    });
  });

  const NODE_IDS = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';

  it('views: nodes(ids:) of 40 views (with repeats and an unknown id) costs exactly one views/show_many call, 130 views two', async () => {
    const views = simulator.data.views.slice(0, 40).map((view) => toGlobalId('zendesk', 'ZendeskView', view.id));
    const ids = [...views, ...views.slice(0, 10), toGlobalId('zendesk', 'ZendeskView', UNKNOWN_NATIVE_ID)];
    const response = await gateway.query<{ nodes: Array<Node | null> }>(NODE_IDS, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual(ids.map((id, index) => (index === ids.length - 1 ? null : { __typename: 'ZendeskView', id })));
    expect(callsTo(simulator, '/api/v2/views/show_many')).toBe(1);
    expect(simulator.requests.entries).toHaveLength(1);

    simulator.requests.clear();
    const all = simulator.data.views.map((view) => toGlobalId('zendesk', 'ZendeskView', view.id));
    expect(all).toHaveLength(130);
    const everyView = await gateway.query<{ nodes: Array<Node | null> }>(NODE_IDS, { ids: all });
    expect(everyView.errors).toBeUndefined();
    expect(everyView.data?.nodes).toEqual(all.map((id) => ({ __typename: 'ZendeskView', id })));
    expect(callsTo(simulator, '/api/v2/views/show_many')).toBe(batches(130, 100));
    expect(simulator.requests.entries).toHaveLength(batches(130, 100));
  });

  it.each([
    ['ZendeskTicketField', () => simulator.data.ticketFields, '/api/v2/ticket_fields/'],
    ['ZendeskSatisfactionRating', () => simulator.data.satisfactionRatings, '/api/v2/satisfaction_ratings/'],
  ] as const)('%s: nodes(ids:) costs one show call per distinct id, repeated ids asked once', async (typename, records, lookup) => {
    const distinct = records().slice(10, 16).map((record) => record.id);
    const ids = [...distinct, ...distinct.slice(0, 4), distinct[0] ?? 0, UNKNOWN_NATIVE_ID].map((id) => toGlobalId('zendesk', typename, id));
    const response = await gateway.query<{ nodes: Array<Node | null> }>(NODE_IDS, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual(ids.map((id, index) => (index === ids.length - 1 ? null : { __typename: typename, id })));
    const paths = simulator.requests.entries.map((entry) => entry.path).sort();
    expect(paths).toEqual([...distinct, UNKNOWN_NATIVE_ID].map((id) => `${lookup}${id}.json`).sort());
    expect(callsTo(simulator, lookup)).toBe(distinct.length + 1);
  });

  it('serves node(id:) of a view, ticket field or rating a list returned earlier in the request without a call', async () => {
    const execute = async (context: GraphContext, query: string, variables: Record<string, unknown> = {}) => {
      const response = await gateway.runtime.gateway.apollo.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return response.body.singleResult.data;
    };
    const context = gateway.runtime.gateway.createContext();
    const lists = (await execute(
      context,
      '{ zendesk { views(first: 5) { nodes { id } } ticketFields(first: 5) { nodes { id } } satisfactionRatings(first: 5) { nodes { id } } } }',
    )) as { zendesk: Record<'views' | 'ticketFields' | 'satisfactionRatings', { nodes: Array<{ id: string }> }> };
    await readAheadSettled(gateway, simulator);
    simulator.requests.clear();
    const ids = [lists.zendesk.views.nodes[1]?.id, lists.zendesk.ticketFields.nodes[2]?.id, lists.zendesk.satisfactionRatings.nodes[3]?.id];
    const data = await execute(context, NODE_IDS, { ids });
    expect(data).toEqual({ nodes: ids.map((id, index) => ({ __typename: ['ZendeskView', 'ZendeskTicketField', 'ZendeskSatisfactionRating'][index], id })) });
    expect(simulator.requests.entries).toHaveLength(0);
  });
});
