import { toGlobalId } from '../../src/relay/globalId';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { upstreamCallsOf } from '../helpers/relationsGateway';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

type Listed = { readonly id: string; readonly nativeId: string } & Record<string, unknown>;

/** Each Help Center type: the list field its ids come from, its show path, and the fields compared. */
const TYPES = [
  { typename: 'ZendeskArticle', list: 'articles', fields: 'nativeId title body locale htmlUrl createdAt updatedAt' },
  {
    typename: 'ZendeskSection',
    list: 'sections',
    fields: 'nativeId name description locale position htmlUrl categoryNativeId parentSectionNativeId createdAt updatedAt',
  },
  { typename: 'ZendeskCategory', list: 'categories', fields: 'nativeId name description locale position htmlUrl createdAt updatedAt' },
] as const;

/** No record has this id (the simulator's ids are far smaller). */
const UNKNOWN_ID = 900_000_001;

/**
 * `node(id:)`, `nodes(ids:)` and `_entities` for Help Center articles, sections and categories:
 * Help Center has no show_many, so each distinct id costs one `GET /api/v2/help_center/<type>/{id}`,
 * counted from the simulator's request log.
 */
describe('Zendesk Help Center types by id', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 1, users: 5, articles: 40, sections: 20, categories: 6 } });
    // No read-ahead: the log must hold only the lookups under test.
    gateway = await startTestGateway({ ...zendeskEnv(simulator), EXPOSE_UPSTREAM_CALLS: 'true', PREFETCH_PAGES: 'false' });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const showPaths = (): string[] => simulator.requests.entries.map((entry) => entry.path).sort();
  const showPath = (list: string, nativeId: string | number): string => `/api/v2/help_center/${list}/${nativeId}.json`;

  /** The first `count` records of the list field, with `__typename`, read in one request; the log is cleared after. */
  async function listed(type: (typeof TYPES)[number], count: number): Promise<Listed[]> {
    const response = await gateway.query<{ zendesk: Record<string, { nodes: Listed[] }> }>(
      `{ zendesk { ${type.list}(first: ${count}) { nodes { __typename id ${type.fields} } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.zendesk[type.list]?.nodes ?? [];
    expect(nodes).toHaveLength(count);
    simulator.requests.clear();
    return nodes;
  }

  describe.each(TYPES)('$typename', (type) => {
    const fragment = `__typename id ... on ${type.typename} { ${type.fields} }`;

    it('refetches a listed record with node(id:): the same fields, one show call', async () => {
      const [record] = await listed(type, 3);
      if (!record) throw new Error('nothing listed');
      const response = await gateway.query<{ node: Listed | null }>(`query ($id: ID!) { node(id: $id) { ${fragment} } }`, { id: record.id });
      expect(response.errors).toBeUndefined();
      expect(response.data?.node).toEqual(record);
      expect(showPaths()).toEqual([showPath(type.list, record.nativeId)]);
      expect(upstreamCallsOf(response).byEndpoint).toEqual({ [`zendesk GET /api/v2/help_center/${type.list}/:id`]: 1 });
    });

    it('answers nodes(ids:) in order, with null for an unknown id, one call per distinct id', async () => {
      const records = await listed(type, 5);
      const unknown = toGlobalId('zendesk', type.typename, UNKNOWN_ID);
      const [first, second] = records;
      if (!first || !second) throw new Error('nothing listed');
      // Repeated ids (and the unknown one, twice) are asked for once each.
      const ids = [...records.map((record) => record.id), unknown, second.id, first.id, unknown];
      const response = await gateway.query<{ nodes: Array<Listed | null> }>(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${fragment} } }`, { ids });
      expect(response.errors).toBeUndefined();
      expect(response.data?.nodes).toEqual([...records, null, second, first, null]);
      expect(showPaths()).toEqual([...records.map((record) => record.nativeId), String(UNKNOWN_ID)].map((id) => showPath(type.list, id)).sort());
      expect(simulator.requests.entries.filter((entry) => entry.status === 404).map((entry) => entry.path)).toEqual([showPath(type.list, UNKNOWN_ID)]);
      expect(upstreamCallsOf(response).total).toBe(6);
    });

    it('answers node(id:) of an unknown id with null and no error (Zendesk answers 404)', async () => {
      const response = await gateway.query(`query ($id: ID!) { node(id: $id) { ${fragment} } }`, { id: toGlobalId('zendesk', type.typename, UNKNOWN_ID) });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
      expect(simulator.requests.entries.map((entry) => [entry.path, entry.status])).toEqual([[showPath(type.list, UNKNOWN_ID), 404]]);
    });

    it('answers a non-numeric native id with null and no call (no Zendesk id can be one)', async () => {
      const response = await gateway.query(`query ($id: ID!) { node(id: $id) { ${fragment} } }`, { id: toGlobalId('zendesk', type.typename, 'abc') });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
      expect(simulator.requests.entries).toHaveLength(0);
    });
  });

  it('resolves Federation _entities of all three types, one show call per distinct id, unknown ones null', async () => {
    const [articles, sections, categories] = [await listed(TYPES[0], 3), await listed(TYPES[1], 2), await listed(TYPES[2], 2)];
    const known = [...articles, ...sections, ...categories];
    const representation = (record: Listed) => ({ __typename: record.__typename, id: record.id });
    const unknown = TYPES.map((type) => ({ __typename: type.typename, id: toGlobalId('zendesk', type.typename, UNKNOWN_ID) }));
    const first = known[0];
    if (!first) throw new Error('nothing listed');
    const representations = [...known.map(representation), ...unknown, representation(first)];
    const fragments = TYPES.map((type) => `... on ${type.typename} { ${type.fields} }`).join(' ');

    const response = await gateway.query<{ _entities: Array<Listed | null> }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } ${fragments} } }`,
      { representations },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([...known, null, null, null, first]);
    const expectedPaths = [
      ...articles.map((record) => showPath('articles', record.nativeId)),
      ...sections.map((record) => showPath('sections', record.nativeId)),
      ...categories.map((record) => showPath('categories', record.nativeId)),
      ...TYPES.map((type) => showPath(type.list, UNKNOWN_ID)),
    ];
    expect(showPaths()).toEqual(expectedPaths.sort());
  });
});
