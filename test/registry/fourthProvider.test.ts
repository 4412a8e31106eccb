import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { startTestGateway, type TestGateway } from '../helpers/testGateway';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { pagedModule, PAGED_RECORDS } from '../fixtures/pagedProvider/module';
import { startPagedSimulator } from '../fixtures/pagedProvider/server';

/**
 * Issue 21's proof: a fourth provider (test/fixtures/pagedProvider: an in-memory REST API paged by
 * page number and a `Link` header) registered through the registry alone, with no file outside its
 * folder changed, gets a connection, `node`/`nodes`, a Federation entity, metrics and GraphiQL docs.
 */
describe('a fourth provider registered through the registry alone', () => {
  let gateway: TestGateway;
  let api: RunningSimulator;

  beforeAll(async () => {
    // Its API runs apart, so its request log counts the gateway's calls; its variables point the
    // gateway at it as at a real API (the other providers run their simulators).
    api = await startPagedSimulator({ records: PAGED_RECORDS, rateLimit: { requests: 1000, perSeconds: 60 } });
    gateway = await startTestGateway({ ...pagedModule.simulator.gatewayVariables(api.url) }, undefined, [...PROVIDER_MODULES, pagedModule]);
  });
  afterAll(async () => {
    await gateway.stop();
    await api.close();
  });

  it('is configured by its own variables and starts its own simulator without them', () => {
    expect(gateway.runtime.simulators.paged).toBeUndefined();
    expect(Object.keys(gateway.runtime.simulators).sort()).toEqual(['front', 'intercom', 'zendesk']);
  });

  interface ItemsPage {
    paged: { items: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ cursor: string; node: { id: string; title: string } }> } };
  }
  const itemsQuery = `query($first: Int, $after: String) {
    paged { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }
  }`;

  it('serves its connection: every record exactly once, any `first`, and every edge cursor resumes', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    const cursors: string[] = [];
    for (;;) {
      const response: Awaited<ReturnType<typeof gateway.query<ItemsPage>>> = await gateway.query<ItemsPage>(itemsQuery, { first: 3, after });
      expect(response.errors).toBeUndefined();
      const items = response.data?.paged.items;
      if (items === undefined) throw new Error('no items');
      expect(items.totalCount).toBe(PAGED_RECORDS.length);
      titles.push(...items.edges.map((edge) => edge.node.title));
      cursors.push(...items.edges.map((edge) => edge.cursor));
      if (!items.pageInfo.hasNextPage) break;
      after = items.pageInfo.endCursor;
    }
    expect(titles).toEqual(PAGED_RECORDS.map((record) => record.title));
    for (const [index, cursor] of cursors.entries()) {
      const response = await gateway.query<ItemsPage>(itemsQuery, { first: 100, after: cursor });
      expect(response.errors).toBeUndefined();
      expect(response.data?.paged.items.edges.map((edge) => edge.node.title)).toEqual(titles.slice(index + 1));
    }
  });

  it('reads `first` above its page maximum in pages of at most 4, counted from its own request log', async () => {
    api.requests.clear();
    const response = await gateway.query<ItemsPage>(itemsQuery, { first: 10 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.paged.items.edges).toHaveLength(10);
    const reads = api.requests.entries.map((entry) => Object.fromEntries(new URLSearchParams(entry.query)));
    expect(reads).toEqual([
      { page: '1', per_page: '4' },
      { page: '2', per_page: '4' },
      // Records 9 and 10 are page 5 of 2: the window reads only what `first` still needs.
      { page: '5', per_page: '2' },
    ]);
  });

  it('resolves its ids through node, nodes and _entities, batched through its own loader', async () => {
    const first = await gateway.query<ItemsPage>(itemsQuery, { first: 2 });
    expect(first.errors).toBeUndefined();
    const ids = first.data?.paged.items.edges.map((edge) => edge.node.id) ?? [];
    expect(ids).toHaveLength(2);
    const node = await gateway.query<{ node: { __typename: string; title: string } | null }>(
      'query($id: ID!) { node(id: $id) { __typename ... on PagedItem { title } } }',
      { id: ids[0] },
    );
    expect(node).toMatchObject({ status: 200, data: { node: { __typename: 'PagedItem', title: 'Item 1' } } });
    expect(node.errors).toBeUndefined();
    const nodes = await gateway.query<{ nodes: Array<{ title: string } | null> }>('query($ids: [ID!]!) { nodes(ids: $ids) { ... on PagedItem { title } } }', { ids });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data?.nodes).toEqual([{ title: 'Item 1' }, { title: 'Item 2' }]);
    const entities = await gateway.query<{ _entities: Array<{ title: string } | null> }>(
      'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on PagedItem { title } } }',
      { representations: ids.map((id) => ({ __typename: 'PagedItem', id })) },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual([{ title: 'Item 1' }, { title: 'Item 2' }]);
    const sdl = await gateway.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(sdl.data?._service.sdl).toMatch(/type PagedItem implements Node[^{]*@key\(fields: "id"\)/);
  });

  it('labels its metrics with its name and reads its own rate-limit header', async () => {
    const text = await (await fetch(`${gateway.runtime.url}/metrics`)).text();
    expect(text).toMatch(/upstream_requests_total\{provider="paged",endpoint="GET \/items",status="200"\} \d+/);
    expect(text).toMatch(/upstream_ratelimit_remaining\{provider="paged"\} \d+/);
    expect(text).toContain('upstream_ratelimit_limit{provider="paged"} 1000');
  });

  it('is documented in GraphiQL: its example opens as a tab, and its types carry their descriptions', async () => {
    const page = await (await fetch(`${gateway.runtime.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('query PagedItems');
    const docs = await gateway.query<{ __type: { description: string } }>('{ __type(name: "PagedItem") { description } }');
    expect(docs.errors).toBeUndefined();
    expect(docs.data?.__type.description).toBe('An item of the fourth provider.');
  });
});
