import {
  startZendeskSimulator,
  type ZendeskArticle,
  type ZendeskCategory,
  type ZendeskSection,
  type ZendeskSimulator,
} from '../../../../src/providers/zendesk/simulator';
import { fetchZendesk, walkForward, type CursorBody, type ErrorsBody, type OffsetBody } from './fetchZendesk';

type SectionPage = CursorBody & { readonly sections: ReadonlyArray<ZendeskSection> };
type CategoryPage = CursorBody & { readonly categories: ReadonlyArray<ZendeskCategory> };
type SectionOffsetPage = OffsetBody & { readonly sections: ReadonlyArray<ZendeskSection>; readonly per_page: number };

let sim: ZendeskSimulator;

beforeAll(async () => {
  sim = await startZendeskSimulator({ sizes: { tickets: 1, users: 5, articles: 50, categories: 130, sections: 250 } });
});
afterAll(async () => {
  await sim.close();
});

const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id);
const helpCenterOrder = <T extends { readonly id: number; readonly position: number; readonly created_at: string }>(records: ReadonlyArray<T>): number[] =>
  ids([...records].sort((a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id - b.id));

describe('Help Center sections and categories', () => {
  it('builds sections inside categories and articles inside sections', () => {
    const categoryIds = new Set(sim.data.categories.map((category) => category.id));
    const sectionIds = new Set(sim.data.sections.map((section) => section.id));
    expect(sim.data.sections.every((section) => categoryIds.has(section.category_id))).toBe(true);
    expect(sim.data.sections.every((section) => section.parent_section_id === null || sectionIds.has(section.parent_section_id))).toBe(true);
    expect(sim.data.articles.every((article) => sectionIds.has(article.section_id))).toBe(true);
  });

  it('lists every section once by cursor (page[size] ≤ 100), in position order', async () => {
    const pages = await walkForward<SectionPage>(sim, '/api/v2/help_center/sections.json?page[size]=100');
    expect(pages.flatMap((page) => ids(page.sections))).toEqual(helpCenterOrder(sim.data.sections));
    expect(pages).toHaveLength(3);
    expect(pages[0]?.links.next?.startsWith(`${sim.url}/api/v2/help_center/sections.json?`)).toBe(true);
  });

  it('lists every category once by cursor, in position order', async () => {
    const pages = await walkForward<CategoryPage>(sim, '/api/v2/help_center/categories?page[size]=100');
    expect(pages.flatMap((page) => ids(page.categories))).toEqual(helpCenterOrder(sim.data.categories));
    expect(pages).toHaveLength(2);
  });

  it('serves offset pages of 30 by default, and one locale under /help_center/{locale}/sections', async () => {
    const offset = await fetchZendesk<SectionOffsetPage>(sim, '/api/v2/help_center/sections');
    expect(offset.body.sections).toHaveLength(30);
    expect(offset.body).toMatchObject({ count: 250, per_page: 30 });
    const german = await fetchZendesk<SectionOffsetPage>(sim, '/api/v2/help_center/de/sections?per_page=100');
    expect(german.body.count).toBe(sim.data.sections.filter((section) => section.locale === 'de').length);
    expect(german.body.sections.every((section) => section.locale === 'de')).toBe(true);
  });

  it('refuses page[size] above 100 and an unknown sort_by', async () => {
    const tooBig = await fetchZendesk<ErrorsBody>(sim, '/api/v2/help_center/categories?page[size]=101');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0]?.code).toBe('InvalidPaginationParameter');
    const sort = await fetchZendesk<ErrorsBody>(sim, '/api/v2/help_center/sections?page[size]=10&sort_by=title');
    expect(sort.status).toBe(400);
  });
});

describe('Help Center show endpoints', () => {
  const NOT_FOUND = { error: 'RecordNotFound', description: 'Not found' };
  const shown = [
    ['articles', 'article', () => sim.data.articles],
    ['sections', 'section', () => sim.data.sections],
    ['categories', 'category', () => sim.data.categories],
  ] as const;

  it.each(shown)('shows one of %s as its list serialises it, under its singular key', async (key, singular, records) => {
    const page = await fetchZendesk<Record<string, ReadonlyArray<ZendeskArticle | ZendeskSection | ZendeskCategory>>>(sim, `/api/v2/help_center/${key}?page[size]=5`);
    const listed = page.body[key]?.[3];
    if (!listed) throw new Error(`no ${key} listed`);
    expect(records().some((record) => record.id === listed.id)).toBe(true);
    for (const path of [`/api/v2/help_center/${key}/${listed.id}.json`, `/api/v2/help_center/${key}/${listed.id}`]) {
      const reply = await fetchZendesk(sim, path);
      expect({ path, status: reply.status, body: reply.body }).toEqual({ path, status: 200, body: { [singular]: listed } });
    }
  });

  it.each(shown)('shows one of %s at its own `url` (/help_center/{locale}/…/{id}), and not under another locale', async (key, singular, records) => {
    const record = records()[1];
    if (!record) throw new Error(`no ${key}`);
    expect(record.url).toBe(`${sim.url}/api/v2/help_center/${record.locale}/${key}/${record.id}.json`);
    const inLocale = await fetchZendesk(sim, record.url);
    expect({ status: inLocale.status, body: inLocale.body }).toEqual({ status: 200, body: { [singular]: record } });
    const other = record.locale === 'de' ? 'fr' : 'de';
    const elsewhere = await fetchZendesk(sim, `/api/v2/help_center/${other}/${key}/${record.id}.json`);
    expect({ status: elsewhere.status, body: elsewhere.body }).toEqual({ status: 404, body: NOT_FOUND });
  });

  it.each(shown)('answers 404 RecordNotFound for an id of no %s, numeric or not', async (key) => {
    for (const id of ['900000001', 'abc']) {
      const reply = await fetchZendesk(sim, `/api/v2/help_center/${key}/${id}.json`);
      expect({ id, status: reply.status, body: reply.body }).toEqual({ id, status: 404, body: NOT_FOUND });
    }
  });
});
