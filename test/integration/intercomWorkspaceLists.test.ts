import { toGlobalId } from '../../src/relay/globalId';
import { startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';
import type { GraphQLResponse } from '../helpers/testGateway';

/**
 * `intercom.segments` and `intercom.dataAttributes`: lists Intercom returns unpaged (160 segments and
 * 200 attributes in the default data set), served as connections. Calls come from the simulator's log.
 */
describe('Intercom segments and data attributes', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Page = { totalCount: number | null; edges: Array<{ node: Record<string, unknown> }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const paths = (path: string): string[] => env.intercom.requests.entries.filter((entry) => entry.path === path).map((entry) => `${entry.path}${entry.query}`);

  async function traverse(field: string, args: string, selection: string, first: number) {
    const query = `query ($first: Int, $after: String) { intercom { ${field}(first: $first, after: $after${args}) { totalCount edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } } }`;
    const nodes: Array<Record<string, unknown>> = [];
    let after: string | null = null;
    for (let requests = 1; requests <= 50; requests += 1) {
      const response: GraphQLResponse<{ intercom: Record<string, Page> }> = await env.gateway.query<{ intercom: Record<string, Page> }>(query, { first, after });
      expect(response.errors).toBeUndefined();
      const page: Page | undefined = response.data?.intercom[field];
      if (!page) throw new Error(`no ${field} in the response`);
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return { nodes, requests, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
    throw new Error('the traversal did not end');
  }

  it('lists every segment once with first above the 150-record window, in one call', async () => {
    const expected = env.intercom.data.segments;
    expect(expected.length).toBeGreaterThan(150);
    const result = await traverse('segments', '', 'nativeId name personType count createdAt', 200);
    expect(result.requests).toBe(1);
    expect(result.totalCount).toBe(expected.length);
    expect(result.nodes).toEqual(
      expected.map((segment) => ({ nativeId: segment.id, name: segment.name, personType: segment.person_type, count: null, createdAt: new Date(segment.created_at * 1000).toISOString() })),
    );
    expect(paths('/segments')).toEqual(['/segments']);
    expect(env.totalRequests()).toBe(1);
  });

  it('asks Intercom for counts only with includeCount, and a traversal costs at most one call per request', async () => {
    const result = await traverse('segments', ', includeCount: true', 'nativeId count', 60);
    expect(result.requests).toBe(3);
    expect(result.nodes).toEqual(env.intercom.data.segments.map((segment) => ({ nativeId: segment.id, count: segment.count })));
    const calls = paths('/segments');
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(result.requests);
    for (const call of calls) expect(call).toBe('/segments?include_count=true');
  });

  it('resolves node(id:) of a segment from the list, one call for several', async () => {
    const wanted = env.intercom.data.segments.slice(0, 3);
    const response = await env.gateway.query<{ nodes: Array<{ nativeId: string; name: string } | null> }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on IntercomSegment { nativeId name } } }',
      { ids: [...wanted.map((segment) => toGlobalId('intercom', 'IntercomSegment', segment.id)), toGlobalId('intercom', 'IntercomSegment', 'nope')] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([...wanted.map((segment) => ({ nativeId: segment.id, name: segment.name })), null]);
    expect(env.totalRequests()).toBe(1);
    expect(upstreamCallsOf(response)).toMatchObject({ total: 1 });
  });

  it('lists every data attribute of a model once, archived ones only when asked, one call per traversal at first: 200', async () => {
    const all = env.intercom.data.dataAttributes;
    const contacts = all.filter((attribute) => attribute.model === 'contact' && !attribute.archived);
    const result = await traverse('dataAttributes', ', model: CONTACT', 'model fullName custom archived nativeId', 200);
    expect(result.requests).toBe(1);
    expect(result.nodes).toEqual(
      contacts.map((attribute) => ({ model: 'contact', fullName: attribute.full_name, custom: attribute.custom, archived: false, nativeId: attribute.id === undefined ? null : String(attribute.id) })),
    );
    expect(paths('/data_attributes')).toEqual(['/data_attributes?model=contact']);

    env.clearLogs();
    const everything = await traverse('dataAttributes', ', includeArchived: true', 'fullName model', 500);
    expect(everything.nodes.map((node) => `${String(node.model)}:${String(node.fullName)}`)).toEqual(all.map((attribute) => `${attribute.model}:${attribute.full_name}`));
    expect(all.length).toBeGreaterThan(150);
    expect(everything.totalCount).toBe(all.length);
    expect(paths('/data_attributes')).toEqual(['/data_attributes?include_archived=true']);
  });
});
