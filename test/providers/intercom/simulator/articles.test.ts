import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { byUpdatedAtDesc, callIntercom, idsOf } from './intercomHttp';

/** listArticles (GET /articles) and retrieveArticle (GET /articles/{id}), spec v2.16. */
describe('Intercom articles', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes: { conversations: 1, contacts: 1, companies: 1, tickets: 1 } });
  });
  afterAll(() => sim.close());

  it('pages the articles most recently updated first, 25 by default, with total_count and pages', async () => {
    const expected = [...sim.data.articles].sort(byUpdatedAtDesc).map((article) => article.id);
    expect(expected.length).toBeGreaterThan(300);
    const first = await callIntercom(sim, 'GET', '/articles');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ type: 'list', total_count: expected.length });
    expect(idsOf(first.body.data)).toEqual(expected.slice(0, 25));
    expect(first.body.pages).toEqual({ type: 'pages', page: 1, per_page: 25, total_pages: Math.ceil(expected.length / 25), next: { page: 2, per_page: 25 } });
    const ids: string[] = [];
    for (let page = 1; page < 20; page += 1) {
      const result = await callIntercom(sim, 'GET', `/articles?page=${page}&per_page=150`);
      ids.push(...idsOf(result.body.data));
      if ((result.body.pages as { next: unknown }).next === null) break;
    }
    expect(ids).toEqual(expected);
    const past = await callIntercom(sim, 'GET', '/articles?page=99&per_page=150');
    expect(idsOf(past.body.data)).toEqual([]);
    expect((await callIntercom(sim, 'GET', '/articles?per_page=151')).status).toBe(400);
  });

  it('retrieves an article by id and answers an unknown one with not_found', async () => {
    const article = sim.data.articles[5];
    expect((await callIntercom(sim, 'GET', `/articles/${article?.id}`)).body).toEqual(article);
    const missing = await callIntercom(sim, 'GET', '/articles/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
  });
});
