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

describe('Zendesk Help Center sections and categories over HTTP (250 sections, 130 categories)', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 1, users: 5, articles: 20, sections: 250, categories: 130 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  const byPosition = <T extends { readonly id: number; readonly position: number; readonly created_at: string }>(records: ReadonlyArray<T>): string[] =>
    [...records].sort((a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id - b.id).map((record) => String(record.id));

  it.each([
    ['sections', '/api/v2/help_center/sections', () => byPosition(simulator.data.sections)],
    ['categories', '/api/v2/help_center/categories', () => byPosition(simulator.data.categories)],
  ] as const)('visits every one of %s once with first=150 (above the maximum of 100) and the minimal number of calls', async (field, path, expected) => {
    const result = await traverseForward(gateway, 'zendesk', field, 150);
    expect(result.ids).toEqual(expected());
    expect(new Set(result.ids).size).toBe(result.ids.length);
    expect(callsTo(simulator, path)).toBe(cursorMinimum(result.ids.length, 150, 100, true));
    expect(simulator.requests.entries).toHaveLength(callsTo(simulator, path));
    expect(simulator.requests.entries.every((entry) => entry.status === 200)).toBe(true);
  });

  it('serves the section fields, with its category and parent section ids', async () => {
    const response = await gateway.query<{ zendesk: { sections: { nodes: Array<{ nativeId: string; categoryNativeId: string; parentSectionNativeId: string | null; name: string; locale: string }> } } }>(
      '{ zendesk { sections(first: 100) { nodes { id nativeId name locale position htmlUrl categoryNativeId parentSectionNativeId createdAt } } } }',
    );
    expect(response.errors).toBeUndefined();
    const byId = new Map(simulator.data.sections.map((section) => [String(section.id), section]));
    for (const node of response.data?.zendesk.sections.nodes ?? []) {
      const source = byId.get(node.nativeId);
      expect(node).toMatchObject({ name: source?.name, locale: source?.locale, categoryNativeId: String(source?.category_id) });
      expect(node.parentSectionNativeId).toBe(source?.parent_section_id === null ? null : String(source?.parent_section_id));
    }
    expect(response.data?.zendesk.sections.nodes).toHaveLength(100);
  });
});
