import { toGlobalId } from '../../src/relay/globalId';
import { startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';
import type { GraphQLResponse } from '../helpers/testGateway';

/**
 * `intercom.articles` over GET /articles (page numbers, at most 150 a call, most recently updated
 * first; 700 articles in the default data set). Calls come from the simulator's log.
 */
describe('Intercom articles', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Page = { totalCount: number | null; edges: Array<{ node: { nativeId: string; title: string; updatedAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const expectedIds = (): string[] =>
    [...env.intercom.data.articles].sort((a, b) => b.updated_at - a.updated_at || Number(b.id) - Number(a.id)).map((article) => article.id);
  const articleCalls = (): string[] => env.intercom.requests.entries.filter((entry) => entry.path === '/articles').map((entry) => entry.query);
  const query = 'query ($first: Int, $after: String) { intercom { articles(first: $first, after: $after) { totalCount edges { node { nativeId title updatedAt } } pageInfo { hasNextPage endCursor } } } }';

  async function traverse(first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let requests = 1; requests <= 50; requests += 1) {
      const response: GraphQLResponse<{ intercom: { articles: Page } }> = await env.gateway.query<{ intercom: { articles: Page } }>(query, { first, after });
      expect(response.errors).toBeUndefined();
      const page: Page | undefined = response.data?.intercom.articles;
      if (!page) throw new Error('no articles');
      expect(page.totalCount).toBe(env.intercom.data.articles.length);
      ids.push(...page.edges.map((edge) => edge.node.nativeId));
      if (!page.pageInfo.hasNextPage) return { ids, requests };
      after = page.pageInfo.endCursor;
    }
    throw new Error('the traversal did not end');
  }

  it('serves a first page above the 150 maximum in ceil(first / 150) calls, each at most 150', async () => {
    const response = await env.gateway.query<{ intercom: { articles: Page } }>(query, { first: 450 });
    expect(response.errors).toBeUndefined();
    expect(response.data?.intercom.articles.edges.map((edge) => edge.node.nativeId)).toEqual(expectedIds().slice(0, 450));
    const calls = articleCalls();
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(Number(new URLSearchParams(call).get('per_page'))).toBe(150);
    expect(upstreamCallsOf(response)).toMatchObject({ total: 3 });
  });

  it('lists every article once with first: 500, in the minimum number of calls', async () => {
    const expected = expectedIds();
    expect(expected).toHaveLength(700);
    const result = await traverse(500);
    expect(result).toEqual({ ids: expected, requests: 2 });
    // The minimum is 6: request 1 needs 4 pages of at most 150 for 500 records; records 500-699
    // need 2 more, as no page size of at most 150 has one page covering them.
    expect(articleCalls()).toHaveLength(6);
    expect(new Set(articleCalls()).size).toBe(articleCalls().length);
  });

  it('resolves node(id:) of an article with one GET /articles/{id}', async () => {
    const article = env.intercom.data.articles[42];
    const looked = await env.gateway.query<{ node: { nativeId: string; title: string } | null }>('query ($id: ID!) { node(id: $id) { ... on IntercomArticle { nativeId title } } }', {
      id: toGlobalId('intercom', 'IntercomArticle', article?.id ?? ''),
    });
    expect(looked.errors).toBeUndefined();
    expect(looked.data?.node).toEqual({ nativeId: article?.id, title: article?.title });
    expect(env.intercom.requests.entries.map((entry) => entry.path)).toEqual([`/articles/${article?.id}`]);
  });
});
