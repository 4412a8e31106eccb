import { getIntrospectionQuery } from 'graphql';

import { toGlobalId } from '../../src/relay/globalId';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

const LIMITS = { MAX_QUERY_DEPTH: '6', MAX_QUERY_COST: '20', MAX_QUERY_NODES: '1000' };
const NESTED = 'query Q($n: Int) { zendesk { tickets(first: $n) { nodes { comments(first: 1) { nodes { nativeId } } } } } }';

describe('query limits, checked before execution', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 200, articles: 10 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), ...LIMITS });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const refusal = (measured: { depth: number; cost: number; nodes: number }, message: RegExp) => ({
    status: 400,
    errors: [
      {
        message: expect.stringMatching(message),
        extensions: { code: 'QUERY_TOO_COMPLEX', ...measured, maxDepth: 6, maxCost: 20, maxNodes: 1000 },
      },
    ],
  });

  it('refuses a query deeper than MAX_QUERY_DEPTH, with no upstream call, every time it is sent', async () => {
    // The second time, Apollo reuses its parsed document and the plugin its measure of it.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await gateway.query('{ zendesk { tickets(first: 1) { edges { node { comments(first: 1) { nodes { nativeId } } } } } } }');
      expect(response).toEqual(refusal({ depth: 7, cost: 2, nodes: 2 }, /^Query too complex: depth 7 is over the limit of 6/));
    }
    expect(simulator.requests.entries).toEqual([]);
  });

  it('refuses nested connections whose multiplied cost is over MAX_QUERY_COST, reading first from variables', async () => {
    const response = await gateway.query(NESTED, { n: 30 });
    expect(response).toEqual(refusal({ depth: 6, cost: 31, nodes: 60 }, /estimated cost 31/));
    expect(simulator.requests.entries).toEqual([]);
  });

  it('runs the same query when the variables keep it under the limit', async () => {
    const response = await gateway.query<{ zendesk: { tickets: { nodes: unknown[] } } }>(NESTED, { n: 19 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.zendesk.tickets.nodes).toHaveLength(19);
  });

  it('refuses more requested nodes than MAX_QUERY_NODES, through fragments', async () => {
    const query = `fragment C on ZendeskTicket { comments(first: 100) { nodes { nativeId } } }
      { zendesk { tickets(first: 10) { nodes { ...C } } } }`;
    const response = await gateway.query(query);
    expect(response).toEqual(refusal({ depth: 6, cost: 11, nodes: 1010 }, /may return 1010 nodes/));
    expect(simulator.requests.entries).toEqual([]);
  });

  it('lets the full introspection query through (depth and cost ignore __schema) in development', async () => {
    const response = await gateway.query<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.queryType.name).toBe('Query');
    // The variant GraphiQL sends, under the default document limits.
    const graphiql = await gateway.query<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }));
    expect(graphiql.errors).toBeUndefined();
    expect(graphiql.data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses a 2 KB doubling chain of fragments (2^40 expansions) with its exact cost, and keeps answering /health', async () => {
    const fragments = Array.from({ length: 40 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
    const chain = ['{ ...F0 }', ...fragments, 'fragment F40 on Query { zendesk { tickets(first: 1) { totalCount } } }'].join('\n');
    expect(chain.length).toBeLessThan(2048);
    // Sent together: a measure that walked the expansions would hold the event loop, and /health with it.
    const [refused, health] = await Promise.all([gateway.query(chain), fetch(`${gateway.runtime.url}/health`)]);
    expect(refused).toEqual(refusal({ depth: 3, cost: 2 ** 40, nodes: 2 ** 40 }, /estimated cost 1099511627776/));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(simulator.requests.entries).toEqual([]);
  });
});

describe('document limits, checked before parsing and validation', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 200, articles: 10 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), MAX_QUERY_LENGTH: '4000', MAX_QUERY_TOKENS: '600', MAX_QUERY_ALIASES: '5' });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });

  const refusal = (problem: RegExp, details: Record<string, number>) => ({
    status: 400,
    errors: [{ message: expect.stringMatching(problem), extensions: { code: 'QUERY_TOO_COMPLEX', ...details } }],
  });

  it('answers QUERY_TOO_COMPLEX (HTTP 400) for too many tokens, characters, aliases or nested brackets, every time, calling nothing', async () => {
    const cases = [
      { query: `{ ${'ok '.repeat(599)}}`, expected: refusal(/^Query too complex: the document has more than 600 tokens/, { maxTokens: 600 }) },
      { query: `{ ok }${' '.repeat(4000)}`, expected: refusal(/has 4006 characters, over the limit of 4000/, { length: 4006, maxLength: 4000 }) },
      { query: '{ a: ok b: ok c: ok d: ok e: ok f: ok }', expected: refusal(/more than 5 aliases/, { maxAliases: 5 }) },
      { query: `{ nodes(ids: ${'['.repeat(501)}"x"${']'.repeat(501)}) { id } }`, expected: refusal(/nests brackets more than 500 deep/, { maxNesting: 500 }) },
    ];
    for (const { query, expected } of cases) {
      expect(await gateway.query(query)).toEqual(expected);
      expect(await gateway.query(query)).toEqual(expected);
    }
    // A GET carries its query in the URL: checked the same way.
    const get = await fetch(`${gateway.runtime.url}/graphql?${new URLSearchParams({ query: `{ ${'ok '.repeat(599)}}` })}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect({ status: get.status, ...((await get.json()) as object) }).toEqual(cases[0]?.expected);
    expect(simulator.requests.entries).toEqual([]);
  });

  it('runs a document at the limits', async () => {
    // 600 tokens: braces, five aliases of three tokens each, 583 more fields.
    const response = await gateway.query<{ a: boolean }>(`{ a: ok b: ok c: ok d: ok e: ok ${'ok '.repeat(583)}}`);
    expect(response.errors).toBeUndefined();
    expect(response.data?.a).toBe(true);
  });
});

describe('lookups by id, with the default limits', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator();
    gateway = await startTestGateway({ ...zendeskEnv(simulator) });
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const ticketIds = (count: number) => simulator.data.tickets.slice(0, count).map((ticket) => toGlobalId('zendesk', 'ZendeskTicket', ticket.id));
  const COMMENTS = 'comments(first: 500) { nodes { id } }';

  it('refuses 300 ids with a comment page each, as it refuses 300 listed tickets with one, before any call', async () => {
    const byIds = await gateway.query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ZendeskTicket { ${COMMENTS} } } }`, { ids: ticketIds(300) });
    const entities = await gateway.query(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on ZendeskTicket { ${COMMENTS} } } }`, {
      r: ticketIds(300).map((id) => ({ __typename: 'ZendeskTicket', id })),
    });
    const listed = await gateway.query(`{ zendesk { tickets(first: 300) { nodes { ${COMMENTS} } } } }`);

    // 300 lookups (or one page of 300) and 300 comment pages, 150,300 records requested.
    const tooComplex = (cost: number, depth: number) => ({
      status: 400,
      errors: [{ message: expect.stringMatching(`estimated cost ${cost}`), extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', cost, depth, nodes: 150_300 }) }],
    });
    expect(byIds).toEqual(tooComplex(600, 4));
    expect(entities).toEqual(tooComplex(600, 4));
    expect(listed).toEqual(tooComplex(301, 6));
    expect(simulator.requests.entries).toEqual([]);
  });

  it('still runs a few ids with their comments', async () => {
    const ids = ticketIds(3);
    const response = await gateway.query<{ nodes: Array<{ id: string; comments: { nodes: unknown[] } }> }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ZendeskTicket { id comments(first: 5) { nodes { id } } } } }`,
      { ids },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => node.id)).toEqual(ids);
    // One show_many for the three tickets, one comments call each.
    expect(simulator.requests.entries.map((entry) => entry.path.replace(/\d+/g, 'N'))).toEqual([
      '/api/vN/tickets/show_many.json',
      '/api/vN/tickets/N/comments.json',
      '/api/vN/tickets/N/comments.json',
      '/api/vN/tickets/N/comments.json',
    ]);
  });
});

describe('introspection in production', () => {
  it('is off unless INTROSPECTION=true, and errors carry no stack trace', async () => {
    const production = await startTestGateway({ NODE_ENV: 'production', SIMULATE_PROVIDERS: 'zendesk,intercom,front' });
    try {
      const refused = await production.query(getIntrospectionQuery());
      expect(refused.status).toBe(400);
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(refused.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      expect(refused.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    } finally {
      await production.stop();
    }
    const allowed = await startTestGateway({ NODE_ENV: 'production', SIMULATE_PROVIDERS: 'zendesk,intercom,front', INTROSPECTION: 'true' });
    try {
      expect((await allowed.query(getIntrospectionQuery())).errors).toBeUndefined();
    } finally {
      await allowed.stop();
    }
  });
});
