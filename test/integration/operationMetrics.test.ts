import { MAX_OPERATION_NAMES } from '../../src/metrics/operationNameLabel';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { type GraphQLResponse, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/** `name{labels} value` lines of one metric family, as /metrics serves them. */
function samples(text: string, name: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match?.[1] === name) found.set(match[2] ?? '', Number(match[3]));
  }
  return found;
}

describe('operation metrics on /metrics, over the real HTTP server', () => {
  let zendesk: ZendeskSimulator;
  let gateway: TestGateway;
  const metrics = async () => (await fetch(`${gateway.runtime.url}/metrics`)).text();

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 300 } });
    gateway = await startTestGateway({ ...zendeskEnv(zendesk), PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '1' });
  });
  afterAll(async () => {
    await gateway.stop();
    await zendesk.close();
  });

  it('times operations by name and type, counts errors by code, and shows nothing in flight once answered', async () => {
    for (let i = 0; i < 3; i += 1) expect(await gateway.query('query Health { ok }')).toEqual({ status: 200, data: { ok: true } });
    expect((await gateway.query('{ ok }')).data).toEqual({ ok: true });
    const bad = await gateway.query('query Bad { zendesk { tickets(first: -1) { nodes { nativeId } } } }');
    expect(bad.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect((await gateway.query('{ nope }')).status).toBe(400);
    const text = await metrics();
    const counts = samples(text, 'graphql_operation_duration_seconds_count');
    expect(counts.get('{operation_name="Health",operation_type="query"}')).toBe(3);
    expect(counts.get('{operation_name="anonymous",operation_type="query"}')).toBe(1);
    expect(counts.get('{operation_name="Bad",operation_type="query"}')).toBe(1);
    // Refused by validation: no operation was resolved.
    expect(counts.get('{operation_name="anonymous",operation_type="unknown"}')).toBe(1);
    const errors = samples(text, 'graphql_errors_total');
    expect(errors.get('{code="BAD_USER_INPUT"}')).toBe(1);
    expect(errors.get('{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(errors.get('{code="UPSTREAM_UNAVAILABLE"}')).toBe(0);
    expect(samples(text, 'graphql_requests_in_flight').get('')).toBe(0);
  });

  it('counts page-cache hits and misses of a traversal (PREFETCH_PAGES, on by default)', async () => {
    const before = await metrics();
    const query = 'query Page($after: String) { zendesk { tickets(first: 100, after: $after) { pageInfo { endCursor } nodes { nativeId } } } }';
    type Page = { zendesk: { tickets: { pageInfo: { endCursor: string } } } };
    let after: string | null = null;
    for (let request = 0; request < 3; request += 1) {
      const page: GraphQLResponse<Page> = await gateway.query<Page>(query, { after });
      expect(page.errors).toBeUndefined();
      after = page.data?.zendesk.tickets.pageInfo.endCursor ?? null;
    }
    const text = await metrics();
    const delta = (name: string) => (samples(text, name).get('') ?? 0) - (samples(before, name).get('') ?? 0);
    // Pages 1 and 2 were looked up and not found (nothing is read ahead after a traversal's first
    // request); page 3 had been read ahead by request 2, which resumed from a cursor.
    expect(delta('page_cache_misses_total')).toBe(2);
    expect(delta('page_cache_hits_total')).toBe(1);
  });

  it(`keeps at most ${MAX_OPERATION_NAMES} operation names, plus "anonymous" and "other", when clients send 150 distinct ones`, async () => {
    for (let batch = 0; batch < 15; batch += 1) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => gateway.query(`query Distinct${batch * 10 + i} { ok }`)));
      for (const answer of answers) expect(answer.data).toEqual({ ok: true });
    }
    const names = new Set([...samples(await metrics(), 'graphql_operation_duration_seconds_count').keys()].map((labels) => /operation_name="([^"]*)"/.exec(labels)?.[1]));
    expect(names.size).toBe(MAX_OPERATION_NAMES + 2);
    expect(names.has('other')).toBe(true);
    expect(names.has('anonymous')).toBe(true);
    // The names of the tests before (Health, Bad, Page) took their slots first; the first of the 150 got the rest.
    const earlier = [...names].filter((name) => !name?.startsWith('Distinct') && name !== 'other' && name !== 'anonymous');
    expect(earlier.sort()).toEqual(['Bad', 'Health', 'Page']);
    const distinct = [...names].filter((name) => name?.startsWith('Distinct'));
    expect(distinct).toHaveLength(MAX_OPERATION_NAMES - earlier.length);
  });
});
