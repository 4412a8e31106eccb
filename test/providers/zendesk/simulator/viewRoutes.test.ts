import { startZendeskSimulator, type ZendeskSimulator, type ZendeskTicket, type ZendeskView } from '../../../../src/providers/zendesk/simulator';
import { viewMatches } from '../../../../src/providers/zendesk/simulator/viewMatches';
import { fetchZendesk, walkForward, type CursorBody, type ErrorsBody, type OffsetBody } from './fetchZendesk';

type ViewPage = CursorBody & { readonly views: ReadonlyArray<ZendeskView> };
type ViewOffsetPage = OffsetBody & { readonly views: ReadonlyArray<ZendeskView> };
type TicketPage = CursorBody & { readonly tickets: ReadonlyArray<ZendeskTicket> };

let sim: ZendeskSimulator;

beforeAll(async () => {
  sim = await startZendeskSimulator({ sizes: { tickets: 600, users: 30, articles: 1, views: 130 } });
});
afterAll(async () => {
  await sim.close();
});

const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id);
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

describe('views', () => {
  it('lists every view once by cursor, in created_at order (the only cursor sort)', async () => {
    const pages = await walkForward<ViewPage>(sim, '/api/v2/views.json?page[size]=100');
    const expected = [...sim.data.views].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    expect(pages.flatMap((page) => ids(page.views))).toEqual(ids(expected));
    expect(pages).toHaveLength(2);
  });

  it('sorts offset pages by position by default', async () => {
    const reply = await fetchZendesk<ViewOffsetPage>(sim, '/api/v2/views.json');
    const expected = [...sim.data.views].sort((a, b) => a.position - b.position || a.id - b.id);
    expect(ids(reply.body.views)).toEqual(ids(expected.slice(0, 100)));
    expect(reply.body.count).toBe(130);
  });

  it('lists a view\'s tickets (those its conditions match) in the view\'s sort, by cursor', async () => {
    const view = sim.data.views.find((candidate) => candidate.conditions.all[0]?.operator === 'less_than' && candidate.execution.sort_by === 'updated_at');
    const anyView = view ?? sim.data.views[0];
    if (anyView === undefined) throw new Error('no view');
    const pages = await walkForward<TicketPage>(sim, `/api/v2/views/${anyView.id}/tickets.json?page[size]=100`);
    const matching = sim.data.tickets.filter((ticket) => viewMatches(anyView, ticket));
    expect(matching.length).toBeGreaterThan(0);
    const field = anyView.execution.sort_by;
    const sign = anyView.execution.sort_order === 'desc' ? -1 : 1;
    const value = (ticket: ZendeskTicket): string | number => (field === 'id' ? ticket.id : field === 'status' ? STATUSES.indexOf(ticket.status) : ticket[field]);
    const expected = [...matching].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return sign * (x === y ? a.id - b.id : x < y ? -1 : 1);
    });
    expect(pages.flatMap((page) => ids(page.tickets))).toEqual(ids(expected));
  });

  it('matches unsolved tickets by status lifecycle order', () => {
    const unsolved: ZendeskView = { ...(sim.data.views[0] as ZendeskView), conditions: { all: [{ field: 'status', operator: 'less_than', value: 'solved' }], any: [] } };
    const statuses = new Set(sim.data.tickets.filter((ticket) => viewMatches(unsolved, ticket)).map((ticket) => ticket.status));
    expect([...statuses].sort()).toEqual(['hold', 'new', 'open', 'pending']);
  });

  it('answers 404 for an unknown view', async () => {
    expect((await fetchZendesk(sim, '/api/v2/views/1/tickets')).status).toBe(404);
  });
});

describe('views/show_many (ListViewsById)', () => {
  type ViewsById = OffsetBody & { readonly views: ReadonlyArray<ZendeskView> };

  it('answers the ViewsResponse envelope, in the order asked, skipping unknown and repeated ids', async () => {
    const [a, b, c] = [sim.data.views[5], sim.data.views[0], sim.data.views[77]];
    if (!a || !b || !c) throw new Error('too few views');
    const reply = await fetchZendesk<ViewsById>(sim, `/api/v2/views/show_many.json?ids=${a.id},424242424,${b.id},${c.id},${a.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ views: [a, b, c], count: 3, next_page: null, previous_page: null });
  });

  it('filters by active=true|false and refuses any other active', async () => {
    const wanted = sim.data.views.slice(0, 40);
    const inactive = wanted.filter((view) => !view.active);
    expect(inactive.length).toBeGreaterThan(0);
    const path = `/api/v2/views/show_many.json?ids=${ids(wanted).join(',')}`;
    expect(ids((await fetchZendesk<ViewsById>(sim, `${path}&active=false`)).body.views)).toEqual(ids(inactive));
    expect(ids((await fetchZendesk<ViewsById>(sim, `${path}&active=true`)).body.views)).toEqual(ids(wanted.filter((view) => view.active)));
    expect((await fetchZendesk(sim, `${path}&active=maybe`)).status).toBe(400);
  });

  it('takes at most 100 ids and requires ids', async () => {
    const tooMany = await fetchZendesk<ErrorsBody>(sim, `/api/v2/views/show_many.json?ids=${ids(sim.data.views.slice(0, 101)).join(',')}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]?.code).toBe('TooManyIds');
    expect((await fetchZendesk(sim, `/api/v2/views/show_many.json?ids=${ids(sim.data.views.slice(0, 100)).join(',')}`)).status).toBe(200);
    expect((await fetchZendesk(sim, '/api/v2/views/show_many.json')).status).toBe(400);
  });
});
