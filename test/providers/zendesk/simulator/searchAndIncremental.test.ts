import { startZendeskSimulator, type ZendeskSimulator } from '../../../../src/providers/zendesk/simulator';
import { fetchZendesk } from './fetchZendesk';

/** The simulator's search and incremental export endpoints, at the wire, against the spec's shapes. */
interface SearchBody {
  readonly results: ReadonlyArray<{ readonly id: number; readonly result_type: string; readonly status?: string; readonly subject?: string }>;
  readonly count: number;
  readonly next_page: string | null;
  readonly previous_page: string | null;
  readonly facets: null;
}
interface ExportBody {
  readonly results: ReadonlyArray<{ readonly id: number; readonly result_type: string; readonly created_at: string }>;
  readonly meta: { readonly has_more: boolean; readonly after_cursor: string | null; readonly before_cursor: null };
  readonly links: { readonly next: string | null; readonly prev: null };
}
interface IncrementalBody {
  readonly tickets?: ReadonlyArray<{ readonly id: number; readonly status: string; readonly updated_at: string }>;
  readonly users?: ReadonlyArray<{ readonly id: number; readonly active: boolean }>;
  readonly after_cursor: string;
  readonly after_url: string;
  readonly before_cursor: null;
  readonly before_url: null;
  readonly end_of_stream: boolean;
}
interface OldStyleError {
  readonly error: string;
  readonly description: string;
}

describe('Zendesk simulator: search and incremental exports', () => {
  let sim: ZendeskSimulator;
  beforeAll(async () => {
    sim = await startZendeskSimulator({ sizes: { tickets: 1200, users: 50, organizations: 5, groups: 3, articles: 1, maxCommentsPerTicket: 1 } });
  });
  afterAll(async () => {
    await sim.close();
  });

  describe('GET /api/v2/search', () => {
    it('pages by offset with count over all matches, and links page 11 although it will be refused', async () => {
      const page10 = await fetchZendesk<SearchBody>(sim, '/api/v2/search.json?query=type%3Aticket&page=10&per_page=100');
      expect(page10.status).toBe(200);
      expect(page10.body.count).toBe(1200);
      expect(page10.body.results).toHaveLength(100);
      expect(page10.body.next_page).toContain('page=11');
      const page11 = await fetchZendesk<OldStyleError>(sim, page10.body.next_page ?? '');
      expect(page11.status).toBe(422);
      expect(page11.body).toEqual({ error: 'invalid', description: 'Invalid search: Requested response size was greater than Search Response Limits' });
    });

    it('understands status: and free text, and tags each result with result_type', async () => {
      const reply = await fetchZendesk<SearchBody>(sim, `/api/v2/search.json?query=${encodeURIComponent('status:open "refund request"')}`);
      const expected = sim.data.tickets.filter((ticket) => ticket.status === 'open' && `${ticket.subject}\n${ticket.description}`.toLowerCase().includes('refund request'));
      expect(expected.length).toBeGreaterThan(0);
      expect(reply.body.count).toBe(expected.length);
      expect(reply.body.results.every((result) => result.result_type === 'ticket' && result.status === 'open')).toBe(true);
    });

    it('counts matches at /api/v2/search/count', async () => {
      const reply = await fetchZendesk<{ count: number }>(sim, '/api/v2/search/count.json?query=type%3Auser');
      expect(reply.body).toEqual({ count: 50 });
    });
  });

  describe('GET /api/v2/search/export', () => {
    it('pages one type by cursor, newest created first, with no 1,000 limit and no count', async () => {
      const seen: number[] = [];
      let next: string | null = '/api/v2/search/export.json?query=%23&filter%5Btype%5D=ticket&page%5Bsize%5D=1000';
      let pages = 0;
      while (next !== null) {
        const reply: Awaited<ReturnType<typeof fetchZendesk<ExportBody>>> = await fetchZendesk<ExportBody>(sim, next);
        expect(reply.status).toBe(200);
        expect(reply.body).not.toHaveProperty('count');
        expect(reply.body.links.prev).toBeNull();
        expect(reply.body.meta.before_cursor).toBeNull();
        seen.push(...reply.body.results.map((result) => result.id));
        next = reply.body.meta.has_more ? reply.body.links.next : null;
        pages += 1;
      }
      expect(pages).toBe(2);
      const expected = [...sim.data.tickets].sort((a, b) => (a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? 1 : -1)).map((t) => t.id);
      expect(seen).toEqual(expected);
    });

    it.each([
      ['no filter[type]', '/api/v2/search/export.json?query=a'],
      ['type: in the query', '/api/v2/search/export.json?query=type%3Aticket&filter%5Btype%5D=ticket'],
      ['page[size] over 1000', '/api/v2/search/export.json?query=a&filter%5Btype%5D=user&page%5Bsize%5D=1001'],
      ['a page[after] that is no cursor', '/api/v2/search/export.json?query=b&filter%5Btype%5D=user&page%5Bafter%5D=e30%3D'],
    ])('refuses %s with 400', async (_name, path) => {
      const reply = await fetchZendesk<OldStyleError>(sim, path);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toBe('invalid');
    });
  });

  describe('GET /api/v2/incremental/{tickets,users}/cursor', () => {
    it('streams every ticket by last change, ends with end_of_stream and a cursor that later returns changes', async () => {
      const first = await fetchZendesk<IncrementalBody>(sim, '/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=1000');
      expect(first.body.tickets).toHaveLength(1000);
      expect(first.body.end_of_stream).toBe(false);
      expect(first.body.before_cursor).toBeNull();
      expect(first.body.after_url).toBe(`${sim.url}/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(first.body.after_cursor)}`);
      // Shaped like Zendesk's: base64 of `<time>.0||<id>|`.
      expect(Buffer.from(first.body.after_cursor, 'base64').toString()).toMatch(/^\d+\.0\|\|\d+\|$/);
      const last = await fetchZendesk<IncrementalBody>(sim, first.body.after_url);
      expect(last.body.tickets).toHaveLength(200);
      expect(last.body.end_of_stream).toBe(true);

      const quiet = await fetchZendesk<IncrementalBody>(sim, last.body.after_url);
      expect(quiet.body).toMatchObject({ tickets: [], end_of_stream: true, after_cursor: last.body.after_cursor });

      const target = sim.data.tickets[0];
      if (!target) throw new Error('no ticket');
      sim.changes.deleteTicket(target.id);
      const changed = await fetchZendesk<IncrementalBody>(sim, last.body.after_url);
      expect(changed.body.tickets?.map((ticket) => [ticket.id, ticket.status])).toEqual([[target.id, 'deleted']]);
      expect(changed.body.end_of_stream).toBe(true);
    });

    it('reports a deleted user with active: false', async () => {
      const target = sim.data.users[3];
      if (!target) throw new Error('no user');
      const start = await fetchZendesk<IncrementalBody>(sim, '/api/v2/incremental/users/cursor.json?start_time=0');
      expect(start.body.users).toHaveLength(50);
      sim.changes.deleteUser(target.id);
      const changed = await fetchZendesk<IncrementalBody>(sim, start.body.after_url);
      expect(changed.body.users?.map((user) => [user.id, user.active])).toEqual([[target.id, false]]);
    });

    it.each([
      ['no start_time', '/api/v2/incremental/tickets/cursor.json'],
      ['a start_time within the last minute', `/api/v2/incremental/tickets/cursor.json?start_time=${Math.floor(Date.now() / 1000)}`],
      ['per_page over 1000', '/api/v2/incremental/tickets/cursor.json?start_time=0&per_page=1001'],
      ['a cursor that is not one', '/api/v2/incremental/users/cursor.json?cursor=bm9wZQ%3D%3D'],
    ])('refuses %s with 400', async (_name, path) => {
      const reply = await fetchZendesk<OldStyleError>(sim, path);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toBe('InvalidValue');
    });
  });
});
