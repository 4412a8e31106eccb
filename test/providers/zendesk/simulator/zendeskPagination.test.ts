import {
  startZendeskSimulator,
  type ZendeskArticle,
  type ZendeskComment,
  type ZendeskSimulator,
  type ZendeskTicket,
  type ZendeskUser,
} from '../../../../src/providers/zendesk/simulator';
import { fetchZendesk, walkForward, type CursorBody, type ErrorsBody, type OffsetBody } from './fetchZendesk';

type TicketPage = CursorBody & { readonly tickets: ReadonlyArray<ZendeskTicket> };
type UserPage = CursorBody & { readonly users: ReadonlyArray<ZendeskUser> };
type CommentPage = CursorBody & { readonly comments: ReadonlyArray<ZendeskComment> };
type TicketOffsetPage = OffsetBody & { readonly tickets: ReadonlyArray<ZendeskTicket> };
type ArticlePage = OffsetBody & {
  readonly articles: ReadonlyArray<ZendeskArticle>;
  readonly page: number;
  readonly per_page: number;
  readonly page_count: number;
  readonly sort_by: string;
  readonly sort_order: string;
};

let sim: ZendeskSimulator;

beforeAll(async () => {
  sim = await startZendeskSimulator();
});

afterAll(async () => {
  await sim.close();
});

const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id);
const ascendingIds = (records: ReadonlyArray<{ readonly id: number }>): number[] => ids(records).sort((a, b) => a - b);

describe('cursor pagination of tickets', () => {
  it('visits every ticket exactly once, in id order, by following links.next', async () => {
    const pages = await walkForward<TicketPage>(sim, '/api/v2/tickets.json?page[size]=100');
    const seen = pages.flatMap((page) => ids(page.tickets));
    expect(seen).toEqual(ascendingIds(sim.data.tickets));
    expect(pages).toHaveLength(Math.ceil(sim.data.tickets.length / 100));
    const last = pages[pages.length - 1];
    expect(last?.meta.has_more).toBe(false);
    expect(last?.links.next).toBeNull();
  });

  it('puts every link on the simulator\'s own base URL, with opaque cursors that hold no URL', async () => {
    const first = (await fetchZendesk<TicketPage>(sim, '/api/v2/tickets?page[size]=100')).body;
    const second = (await fetchZendesk<TicketPage>(sim, first.links.next ?? 'missing')).body;
    expect(first.links.next?.startsWith(`${sim.url}/api/v2/tickets.json?`)).toBe(true);
    expect(first.links.prev).toBeNull();
    expect(second.links.prev?.startsWith(`${sim.url}/api/v2/tickets.json?`)).toBe(true);
    const cursor = Buffer.from(first.meta.after_cursor ?? '', 'base64').toString('utf8');
    expect(cursor).not.toMatch(/http|\/api\//);
    expect(JSON.parse(cursor)).toEqual({ o: 'id', v: first.tickets[99]?.id });
  });

  it('says has_more=true on a full last page, then serves an empty page with has_more=false', async () => {
    // 3000 users and page[size]=100: the 30th page is full and also the last one.
    const pages = await walkForward<UserPage>(sim, '/api/v2/users?page[size]=100');
    expect(pages).toHaveLength(31);
    expect(pages[29]?.users).toHaveLength(100);
    expect(pages[29]?.meta.has_more).toBe(true);
    expect(pages[30]).toEqual({
      users: [],
      meta: { has_more: false, after_cursor: null, before_cursor: null },
      links: { next: null, prev: null },
    });
    expect(pages.flatMap((page) => ids(page.users))).toEqual(ascendingIds(sim.data.users));
  });

  it('walks back with page[before], keeping each page in ascending order', async () => {
    const forward = (await walkForward<TicketPage>(sim, '/api/v2/tickets?page[size]=100')).slice(0, 3);
    const third = forward[2];
    const back = await fetchZendesk<TicketPage>(sim, third?.links.prev ?? 'missing');
    expect(ids(back.body.tickets)).toEqual(ids(forward[1]?.tickets ?? []));
    expect(back.body.meta.has_more).toBe(true);
    expect(back.body.links.next).toBeNull();
    const first = await fetchZendesk<TicketPage>(sim, back.body.links.prev ?? 'missing');
    expect(ids(first.body.tickets)).toEqual(ids(forward[0]?.tickets ?? []));
    // The first 100 records form a full page, so has_more is still true; one more step finds nothing.
    expect(first.body.meta.has_more).toBe(true);
    const beyond = await fetchZendesk<TicketPage>(sim, first.body.links.prev ?? 'missing');
    expect(beyond.body.tickets).toEqual([]);
    expect(beyond.body.meta).toEqual({ has_more: false, after_cursor: null, before_cursor: null });
  });

  it('returns the partial run before a cursor with has_more=false at the start of the list', async () => {
    const [first, second] = (await walkForward<TicketPage>(sim, '/api/v2/tickets?page[size]=60')).slice(0, 2);
    const cursor = encodeURIComponent(second?.meta.before_cursor ?? '');
    const before = await fetchZendesk<TicketPage>(sim, `/api/v2/tickets?page[size]=100&page[before]=${cursor}`);
    expect(ids(before.body.tickets)).toEqual(ids(first?.tickets ?? []));
    expect(before.body.meta.has_more).toBe(false);
    expect(before.body.links.prev).toBeNull();
  });

  it('sorts by -updated_at with ties broken by id, descending too', async () => {
    const pages = await walkForward<TicketPage>(sim, '/api/v2/tickets?page[size]=100&sort=-updated_at');
    const seen = pages.flatMap((page) => page.tickets);
    const expected = [...sim.data.tickets].sort(
      (a, b) => (a.updated_at === b.updated_at ? b.id - a.id : a.updated_at < b.updated_at ? 1 : -1),
    );
    expect(ids(seen)).toEqual(ids(expected));
    const ties = seen.filter((ticket, index) => seen[index - 1]?.updated_at === ticket.updated_at);
    expect(ties.length).toBeGreaterThan(100);
    expect(pages[0]?.links.next).toContain('sort=-updated_at');
  });

  it('sorts by status in lifecycle order and keeps every ticket', async () => {
    const pages = await walkForward<TicketPage>(sim, '/api/v2/tickets?page[size]=100&sort=status');
    const statuses = pages.flatMap((page) => page.tickets.map((ticket) => ticket.status));
    const lifecycle = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
    expect([...new Set(statuses)]).toEqual(lifecycle);
    expect(pages.flatMap((page) => ids(page.tickets)).sort((a, b) => a - b)).toEqual(ascendingIds(sim.data.tickets));
  });

  it('rejects a cursor minted for another sort', async () => {
    const page = await fetchZendesk<TicketPage>(sim, '/api/v2/tickets?page[size]=10&sort=created_at');
    const cursor = encodeURIComponent(page.body.meta.after_cursor ?? '');
    const reply = await fetchZendesk<ErrorsBody>(sim, `/api/v2/tickets?page[size]=10&sort=updated_at&page[after]=${cursor}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]?.code).toBe('InvalidPaginationParameter');
  });

  it.each([
    ['page[size]=0', 'page[size]'],
    ['page[size]=101', 'page[size]'],
    ['page[size]=ten', 'page[size]'],
    ['page[size]=10&page[after]=eyJvIjoiaWQiLCJ2IjoxfQ%3D%3D&page[before]=eyJvIjoiaWQiLCJ2IjoxfQ%3D%3D', 'combined'],
    ['page[size]=10&page[after]=not-a-cursor', 'cursor'],
    ['page[size]=10&page[after]=Z2FyYmFnZQ%3D%3D', 'cursor'],
    ['page[size]=10&sort=priority', 'sort'],
  ])('answers 400 with an errors list for %s', async (query, mention) => {
    const reply = await fetchZendesk<ErrorsBody>(sim, `/api/v2/tickets?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]?.detail).toContain(mention);
  });
});

describe('offset pagination', () => {
  it('defaults to 100 per page with absolute next/previous links', async () => {
    const reply = await fetchZendesk<TicketOffsetPage>(sim, '/api/v2/tickets.json?page=2');
    expect(reply.status).toBe(200);
    expect(ids(reply.body.tickets)).toEqual(ascendingIds(sim.data.tickets).slice(100, 200));
    expect(reply.body.count).toBe(sim.data.tickets.length);
    expect(reply.body.next_page).toBe(`${sim.url}/api/v2/tickets.json?page=3`);
    expect(reply.body.previous_page).toBe(`${sim.url}/api/v2/tickets.json?page=1`);
  });

  it('serves page 100 but answers 400 past the first 10,000 records', async () => {
    const last = await fetchZendesk<TicketOffsetPage>(sim, '/api/v2/tickets?page=100&per_page=100');
    expect(last.status).toBe(200);
    expect(ids(last.body.tickets)).toEqual(ascendingIds(sim.data.tickets).slice(9900, 10000));
    // next_page still points past the cap, as on real Zendesk: following it is the error.
    const beyond = await fetchZendesk<ErrorsBody>(sim, last.body.next_page ?? 'missing');
    expect(beyond.status).toBe(400);
    expect(beyond.body.errors).toHaveLength(1);
    expect(beyond.body.errors[0]?.code).toBe('InvalidPaginationDepth');
    expect(beyond.body.errors[0]?.title).toContain('limited to page 100 or up to 10000 records');
    expect(beyond.body.errors[0]?.detail).toContain('Cursor Pagination');
  });

  it('clamps per_page to 100 and sorts with sort_by + sort_order', async () => {
    const path = '/api/v2/tickets?per_page=500&sort_by=created_at&sort_order=desc';
    const reply = await fetchZendesk<TicketOffsetPage>(sim, path);
    expect(reply.body.tickets).toHaveLength(100);
    const expected = [...sim.data.tickets].sort(
      (a, b) => (a.created_at === b.created_at ? b.id - a.id : a.created_at < b.created_at ? 1 : -1),
    );
    expect(ids(reply.body.tickets)).toEqual(ids(expected.slice(0, 100)));
    expect(reply.body.next_page).toContain('sort_by=created_at');
  });

  it('rejects an unknown sort_by or sort_order', async () => {
    expect((await fetchZendesk(sim, '/api/v2/tickets?sort_by=priority')).status).toBe(400);
    expect((await fetchZendesk(sim, '/api/v2/tickets?sort_order=sideways')).status).toBe(400);
  });

  it('filters users by role and role[]', async () => {
    const agents = await fetchZendesk<OffsetBody & { users: ZendeskUser[] }>(sim, '/api/v2/users?role[]=agent&role[]=admin');
    const staff = sim.data.users.filter((user) => user.role !== 'end-user');
    expect(agents.body.count).toBe(staff.length);
    const admins = await fetchZendesk<OffsetBody & { users: ZendeskUser[] }>(sim, '/api/v2/users?role=admin');
    expect(admins.body.users.every((user) => user.role === 'admin')).toBe(true);
  });
});

describe('help center articles', () => {
  it('returns 30 per page by default, ordered by position then created_at', async () => {
    const reply = await fetchZendesk<ArticlePage>(sim, '/api/v2/help_center/articles.json');
    expect(reply.body.articles).toHaveLength(30);
    expect(reply.body).toMatchObject({ count: 12000, page: 1, per_page: 30, page_count: 400 });
    expect(reply.body).toMatchObject({ sort_by: 'position', sort_order: 'asc' });
    expect(reply.body.next_page).toBe(`${sim.url}/api/v2/help_center/articles.json?page=2`);
    const expected = [...sim.data.articles].sort(
      (a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id - b.id,
    );
    expect(ids(reply.body.articles)).toEqual(ids(expected.slice(0, 30)));
  });

  it('caps offset paging at 10,000 records for articles too, with InvalidPaginationDepth', async () => {
    expect((await fetchZendesk(sim, '/api/v2/help_center/articles?page=333')).status).toBe(200);
    const beyond = await fetchZendesk<ErrorsBody>(sim, '/api/v2/help_center/articles?page=334');
    expect(beyond.status).toBe(400);
    expect(beyond.body.errors[0]?.code).toBe('InvalidPaginationDepth');
  });

  it('reaches every article, past 10,000, with cursor paging (page[size]) in Help Center order', async () => {
    const pages = await walkForward<CursorBody & { readonly articles: ReadonlyArray<ZendeskArticle> }>(sim, '/api/v2/help_center/articles.json?page[size]=100');
    const expected = [...sim.data.articles].sort(
      (a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at) || a.id - b.id,
    );
    expect(pages.flatMap((page) => ids(page.articles))).toEqual(ids(expected));
    // 12,000 articles = 120 full pages; the 120th says has_more (full page) and an empty 121st ends it.
    expect(pages).toHaveLength(121);
    expect(pages[0]?.links.next?.startsWith(`${sim.url}/api/v2/help_center/articles.json?`)).toBe(true);
  });

  it('refuses a Help Center page[size] above 100', async () => {
    const reply = await fetchZendesk<ErrorsBody>(sim, '/api/v2/help_center/articles?page[size]=101');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]?.detail).toContain('page[size]');
  });

  it('lists one locale under /help_center/{locale}/articles', async () => {
    const reply = await fetchZendesk<ArticlePage>(sim, '/api/v2/help_center/de/articles?per_page=100');
    expect(reply.body.count).toBe(sim.data.articles.filter((article) => article.locale === 'de').length);
    expect(reply.body.articles.every((article) => article.locale === 'de')).toBe(true);
    expect(reply.body.next_page).toBe(`${sim.url}/api/v2/help_center/de/articles.json?per_page=100&page=2`);
  });
});

describe('ticket comments', () => {
  const ticketWithMostComments = (): number => {
    let best = 0;
    let bestCount = -1;
    for (const [ticketId, comments] of sim.data.comments) {
      if (comments.length > bestCount) [best, bestCount] = [ticketId, comments.length];
    }
    return best;
  };

  it('lists a ticket\'s comments by created_at then id, in both paging styles', async () => {
    const ticketId = ticketWithMostComments();
    const expected = ids(sim.data.comments.get(ticketId) ?? []);
    const pages = await walkForward<CommentPage>(sim, `/api/v2/tickets/${ticketId}/comments.json?page[size]=2`);
    expect(pages.flatMap((page) => ids(page.comments))).toEqual(expected);
    const path = `/api/v2/tickets/${ticketId}/comments`;
    const offset = await fetchZendesk<OffsetBody & { comments: ZendeskComment[] }>(sim, path);
    expect(ids(offset.body.comments)).toEqual(expected);
    const newestFirst = await fetchZendesk<CommentPage>(sim, `${path}?page[size]=100&sort=-created_at`);
    expect(ids(newestFirst.body.comments)).toEqual([...expected].reverse());
  });

  describe('include=users', () => {
    type SideloadedPage = { readonly comments: ReadonlyArray<ZendeskComment>; readonly users?: ReadonlyArray<ZendeskUser> };
    const usersById = (): ReadonlyMap<number, ZendeskUser> => new Map(sim.data.users.map((user) => [user.id, user]));
    /** The distinct authors of `comments`, in order of first appearance, as full user records. */
    const authorsOf = (comments: ReadonlyArray<ZendeskComment>): ZendeskUser[] => {
      const users = usersById();
      return [...new Set(comments.map((comment) => comment.author_id))].map((id) => {
        const user = users.get(id);
        if (user === undefined) throw new Error(`the data set has no user ${id}`);
        return user;
      });
    };

    it('sideloads exactly the users this page\'s comments reference, each once, in both paging styles', async () => {
      const ticketId = ticketWithMostComments();
      const pages = await walkForward<CommentPage & SideloadedPage>(sim, `/api/v2/tickets/${ticketId}/comments.json?page[size]=2&include=users`);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) expect(page.users).toEqual(authorsOf(page.comments));
      // Pages of two comments from a ticket whose comments have several authors: a page never
      // carries the ticket's other authors.
      expect(authorsOf(sim.data.comments.get(ticketId) ?? []).length).toBeGreaterThan(2);
      const offset = await fetchZendesk<SideloadedPage>(sim, `/api/v2/tickets/${ticketId}/comments?per_page=3&include=users`);
      expect(offset.body.comments).toHaveLength(3);
      expect(offset.body.users).toEqual(authorsOf(offset.body.comments));
    });

    it('reads include as a comma-separated list, and sideloads nothing without users in it', async () => {
      const ticketId = ticketWithMostComments();
      const path = `/api/v2/tickets/${ticketId}/comments.json?page[size]=100`;
      const both = await fetchZendesk<SideloadedPage>(sim, `${path}&include=groups,users`);
      expect(both.body.users).toEqual(authorsOf(both.body.comments));
      for (const query of ['', '&include=groups']) {
        const reply = await fetchZendesk<SideloadedPage>(sim, `${path}${query}`);
        expect(reply.status).toBe(200);
        expect(reply.body.comments.length).toBeGreaterThan(0);
        expect(reply.body).not.toHaveProperty('users');
      }
    });

    it('sideloads an empty users array for an empty page', async () => {
      const ticketId = ticketWithMostComments();
      const first = await fetchZendesk<CommentPage>(sim, `/api/v2/tickets/${ticketId}/comments.json?page[size]=100`);
      const after = first.body.meta.after_cursor ?? 'missing';
      const reply = await fetchZendesk<SideloadedPage>(sim, `/api/v2/tickets/${ticketId}/comments.json?page[size]=100&page[after]=${after}&include=users`);
      expect(reply.body.comments).toEqual([]);
      expect(reply.body.users).toEqual([]);
    });
  });

  it('answers 404 for an unknown ticket', async () => {
    const reply = await fetchZendesk(sim, '/api/v2/tickets/999999999/comments.json');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });
});

describe('counts, show and show_many', () => {
  it.each([
    ['tickets', () => sim.data.tickets.length],
    ['users', () => sim.data.users.length],
    ['organizations', () => sim.data.organizations.length],
    ['groups', () => sim.data.groups.length],
  ])('counts %s', async (resource, expected) => {
    type CountBody = { count: { value: number; refreshed_at: string } };
    const reply = await fetchZendesk<CountBody>(sim, `/api/v2/${resource}/count.json`);
    expect(reply.body.count.value).toBe(expected());
    expect(reply.body.count.refreshed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('counts users by role', async () => {
    const reply = await fetchZendesk<{ count: { value: number } }>(sim, '/api/v2/users/count?role=agent');
    expect(reply.body.count.value).toBe(sim.data.users.filter((user) => user.role === 'agent').length);
  });

  it('returns show_many records in the order asked, skipping unknown ids', async () => {
    const [a, b, c] = [sim.data.tickets[40], sim.data.tickets[3], sim.data.tickets[900]];
    const path = `/api/v2/tickets/show_many.json?ids=${a?.id},424242424,${b?.id},${c?.id}`;
    const reply = await fetchZendesk<{ tickets: ZendeskTicket[] }>(sim, path);
    expect(reply.body.tickets).toEqual([a, b, c]);
    const orgPath = `/api/v2/organizations/show_many?ids=${sim.data.organizations[5]?.id}`;
    const orgs = await fetchZendesk<{ organizations: unknown[] }>(sim, orgPath);
    expect(orgs.body.organizations).toEqual([sim.data.organizations[5]]);
  });

  it('refuses show_many with more than 100 ids', async () => {
    const many = ids(sim.data.users.slice(0, 101)).join(',');
    expect((await fetchZendesk(sim, `/api/v2/users/show_many?ids=${many}`)).status).toBe(400);
    const hundred = ids(sim.data.users.slice(0, 100)).join(',');
    expect((await fetchZendesk(sim, `/api/v2/users/show_many?ids=${hundred}`)).status).toBe(200);
  });

  it('shows one record, or 404 RecordNotFound', async () => {
    const group = sim.data.groups[2];
    expect((await fetchZendesk(sim, `/api/v2/groups/${group?.id}.json`)).body).toEqual({ group });
    const user = sim.data.users[7];
    expect((await fetchZendesk(sim, `/api/v2/users/${user?.id}`)).body).toEqual({ user });
    const missing = await fetchZendesk(sim, '/api/v2/tickets/123456789');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('builds record urls on the simulator\'s own base URL', () => {
    const ticket = sim.data.tickets[0];
    expect(ticket?.url).toBe(`${sim.url}/api/v2/tickets/${ticket?.id}.json`);
  });
});
