import { startZendeskSimulator, type ZendeskAudit, type ZendeskSimulator } from '../../../../src/providers/zendesk/simulator';
import { fetchZendesk, walkForward, type CursorBody, type ErrorsBody, type OffsetBody } from './fetchZendesk';

type AuditPage = CursorBody & { readonly audits: ReadonlyArray<ZendeskAudit> };
type AuditOffsetPage = OffsetBody & { readonly audits: ReadonlyArray<ZendeskAudit> };

let sim: ZendeskSimulator;

beforeAll(async () => {
  sim = await startZendeskSimulator({ sizes: { tickets: 80, users: 20, articles: 1, maxCommentsPerTicket: 130 } });
});
afterAll(async () => {
  await sim.close();
});

const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id);
const allAudits = (): ZendeskAudit[] => [...sim.data.audits.values()].flat();
const busiest = (): [number, ReadonlyArray<ZendeskAudit>] => [...sim.data.audits.entries()].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));

describe('ticket audits', () => {
  it('gives every comment one audit holding its Comment event; the first audit also holds Create events', () => {
    for (const ticket of sim.data.tickets) {
      const comments = sim.data.comments.get(ticket.id) ?? [];
      const audits = sim.data.audits.get(ticket.id) ?? [];
      expect(audits.map((audit) => audit.events[0]?.id)).toEqual(comments.map((comment) => comment.id));
      expect(audits.every((audit) => audit.ticket_id === ticket.id)).toBe(true);
      expect(audits[0]?.events.slice(1).map((event) => event.type)).toEqual(['Create', 'Create']);
    }
    expect(new Set(ids(allAudits())).size).toBe(allAudits().length);
  });

  it('lists one ticket\'s audits oldest first, by cursor (page[size] ≤ 100) and by offset', async () => {
    const [ticketId, audits] = busiest();
    expect(audits.length).toBeGreaterThan(100);
    const pages = await walkForward<AuditPage>(sim, `/api/v2/tickets/${ticketId}/audits.json?page[size]=100`);
    const expected = [...audits].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
    expect(pages.flatMap((page) => ids(page.audits))).toEqual(ids(expected));
    const offset = await fetchZendesk<AuditOffsetPage>(sim, `/api/v2/tickets/${ticketId}/audits.json`);
    expect(offset.body.count).toBe(audits.length);
    expect(ids(offset.body.audits)).toEqual(ids(expected).slice(0, 100));
  });

  it('answers 404 RecordNotFound for an unknown ticket', async () => {
    expect((await fetchZendesk(sim, '/api/v2/tickets/999999999/audits')).status).toBe(404);
  });

  it('lists every audit once, newest first, at /api/v2/ticket_audits by cursor', async () => {
    const pages = await walkForward<AuditPage>(sim, '/api/v2/ticket_audits.json?page[size]=100');
    const expected = allAudits().sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    expect(pages.flatMap((page) => ids(page.audits))).toEqual(ids(expected));
  });

  it('refuses /api/v2/ticket_audits?page[size]=101 with InvalidPaginationParameter', async () => {
    const reply = await fetchZendesk<ErrorsBody>(sim, '/api/v2/ticket_audits?page[size]=101');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]?.code).toBe('InvalidPaginationParameter');
  });

  it('answers /api/v2/ticket_audits without page[size] in the spec’s older cursor envelope, following after_url to every audit', async () => {
    type LegacyPage = { readonly audits: ReadonlyArray<ZendeskAudit>; readonly after_cursor: string | null; readonly after_url: string | null; readonly before_url: string | null };
    const expected = allAudits().sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
    const seen: number[] = [];
    let url: string | null = '/api/v2/ticket_audits.json';
    for (let page = 0; url !== null; page += 1) {
      const reply: Awaited<ReturnType<typeof fetchZendesk<LegacyPage>>> = await fetchZendesk<LegacyPage>(sim, url);
      expect(reply.status).toBe(200);
      // "Returns a maximum of 100 records per page"; no links.next, no next_page.
      expect(reply.body.audits.length).toBeLessThanOrEqual(100);
      expect(Object.keys(reply.body)).not.toContain('links');
      if (page === 0) expect(reply.body.before_url).toBeNull();
      seen.push(...ids(reply.body.audits));
      url = reply.body.after_url;
      if (url !== null) expect(new URL(url).searchParams.get('limit')).toBe('100');
    }
    expect(seen).toEqual(ids(expected));
    expect((await fetchZendesk<LegacyPage>(sim, '/api/v2/ticket_audits.json?limit=5')).body.audits).toHaveLength(5);
    expect((await fetchZendesk<ErrorsBody>(sim, '/api/v2/ticket_audits.json?limit=0')).status).toBe(400);
  });
});
