import { cursorMinimum } from '../../bench/lib/minimum';
import { startZendeskSimulator, type ZendeskArticle, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { fetchPage, traverseForward } from '../helpers/traverse';

/** Help Center's list order: manual position, then creation, then id. */
const helpCenterOrder = (articles: ReadonlyArray<ZendeskArticle>): string[] =>
  [...articles].sort((a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id - b.id).map((article) => String(article.id));

describe('Zendesk Help Center over HTTP against the simulator (default data set: 12,000 articles)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator();
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  describe('articles (cursor paging: no 10,000-record wall)', () => {
    it('visits every article once, past record 10,000, with first=250 and the minimal number of calls', async () => {
      expect(simulator.data.articles.length).toBeGreaterThan(10_000);
      const result = await traverseForward(gateway, 'zendesk', 'articles', 250);
      expect(result.ids).toEqual(helpCenterOrder(simulator.data.articles));
      // 100 per call (Zendesk's maximum); a full last page says has_more, so an empty call ends it.
      expect(callsTo(simulator, '/api/v2/help_center/articles')).toBe(cursorMinimum(simulator.data.articles.length, 250, 100, true));
      expect(simulator.requests.entries.every((entry) => entry.status === 200)).toBe(true);
      expect(simulator.requests.entries.every((entry) => new URLSearchParams(entry.query).get('page[size]') !== null)).toBe(true);
    });

    it('lists one locale', async () => {
      const result = await traverseForward(gateway, 'zendesk', 'articles', 500, { locale: 'de' }, { args: 'locale: $locale', vars: ', $locale: String' });
      expect(result.ids).toEqual(helpCenterOrder(simulator.data.articles.filter((article) => article.locale === 'de')));
    });

    it('resumes a 7-per-page traversal with 100 per page at the right article', async () => {
      const small = await fetchPage(gateway, 'zendesk', 'articles', { first: 7 });
      const next = await fetchPage(gateway, 'zendesk', 'articles', { first: 100, after: small.pageInfo.endCursor });
      const all = await fetchPage(gateway, 'zendesk', 'articles', { first: 107 });
      expect([...small.edges, ...next.edges].map((edge) => edge.node.nativeId)).toEqual(all.edges.map((edge) => edge.node.nativeId));
    });

    it('reads totalCount from one offset page of one article, only when selected', async () => {
      const response = await gateway.query<{ zendesk: { articles: { totalCount: number } } }>('{ zendesk { articles(first: 1) { totalCount } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data?.zendesk.articles.totalCount).toBe(simulator.data.articles.length);
      const countCalls = simulator.requests.entries.filter((entry) => new URLSearchParams(entry.query).get('per_page') === '1');
      expect(countCalls).toHaveLength(1);
    });
  });
});
