import {
  startZendeskSimulator,
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
