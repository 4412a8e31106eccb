import {
  startZendeskSimulator,
  type ZendeskSatisfactionRating,
  type ZendeskSimulator,
  type ZendeskTicketField,
} from '../../../../src/providers/zendesk/simulator';
import { fetchZendesk, walkForward, type CursorBody, type OffsetBody } from './fetchZendesk';

type RatingPage = CursorBody & { readonly satisfaction_ratings: ReadonlyArray<ZendeskSatisfactionRating> };
type RatingOffsetPage = OffsetBody & { readonly satisfaction_ratings: ReadonlyArray<ZendeskSatisfactionRating> };
type FieldPage = CursorBody & { readonly ticket_fields: ReadonlyArray<ZendeskTicketField> };
type AllFields = OffsetBody & { readonly ticket_fields: ReadonlyArray<ZendeskTicketField> };

let sim: ZendeskSimulator;

beforeAll(async () => {
  sim = await startZendeskSimulator({ sizes: { tickets: 900, users: 30, articles: 1, customTicketFields: 150 } });
});
afterAll(async () => {
  await sim.close();
});

const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id);

describe('satisfaction ratings', () => {
  it('rates only solved and closed tickets, at most once each', () => {
    const tickets = new Map(sim.data.tickets.map((ticket) => [ticket.id, ticket]));
    expect(sim.data.satisfactionRatings.length).toBeGreaterThan(100);
    expect(sim.data.satisfactionRatings.every((rating) => ['solved', 'closed'].includes(tickets.get(rating.ticket_id)?.status ?? ''))).toBe(true);
    expect(new Set(sim.data.satisfactionRatings.map((rating) => rating.ticket_id)).size).toBe(sim.data.satisfactionRatings.length);
  });

  it('lists every rating once in id order, by cursor and by offset', async () => {
    const pages = await walkForward<RatingPage>(sim, '/api/v2/satisfaction_ratings.json?page[size]=100');
    const expected = ids(sim.data.satisfactionRatings).sort((a, b) => a - b);
    expect(pages.flatMap((page) => ids(page.satisfaction_ratings))).toEqual(expected);
    const offset = await fetchZendesk<RatingOffsetPage>(sim, '/api/v2/satisfaction_ratings.json?page=2');
    expect(ids(offset.body.satisfaction_ratings)).toEqual(expected.slice(100, 200));
  });
});

describe('ticket fields', () => {
  it('starts with the seven system fields, which cannot be removed', () => {
    expect(sim.data.ticketFields.slice(0, 7).map((field) => field.type)).toEqual(['subject', 'description', 'status', 'tickettype', 'priority', 'group', 'assignee']);
    expect(sim.data.ticketFields.slice(0, 7).every((field) => !field.removable)).toBe(true);
    expect(sim.data.ticketFields).toHaveLength(157);
  });

  it('pages by cursor in id order, at most 100 per page', async () => {
    const pages = await walkForward<FieldPage>(sim, '/api/v2/ticket_fields.json?page[size]=100');
    expect(pages.flatMap((page) => ids(page.ticket_fields))).toEqual(ids(sim.data.ticketFields).sort((a, b) => a - b));
    expect(pages).toHaveLength(2);
    expect((await fetchZendesk(sim, '/api/v2/ticket_fields.json?page[size]=101')).status).toBe(400);
  });

  it('answers every field at once, by position then id, without page[size]', async () => {
    const reply = await fetchZendesk<AllFields>(sim, '/api/v2/ticket_fields.json');
    const expected = [...sim.data.ticketFields].sort((a, b) => a.position - b.position || a.id - b.id);
    expect(ids(reply.body.ticket_fields)).toEqual(ids(expected));
    expect(reply.body).toMatchObject({ next_page: null, previous_page: null, count: 157 });
  });
});

describe('show a satisfaction rating or a ticket field', () => {
  const NOT_FOUND = { error: 'RecordNotFound', description: 'Not found' };

  it('ShowSatisfactionRating answers the spec\'s SatisfactionRatingResponse: the rating in a one-element array', async () => {
    const rating = sim.data.satisfactionRatings[42];
    if (!rating) throw new Error('no rating');
    const reply = await fetchZendesk(sim, `/api/v2/satisfaction_ratings/${rating.id}.json`);
    expect(reply).toMatchObject({ status: 200, body: { satisfaction_rating: [rating] } });
  });

  it('ShowTicketfield answers TicketFieldResponse: { ticket_field }', async () => {
    const field = sim.data.ticketFields[120];
    if (!field) throw new Error('no field');
    const reply = await fetchZendesk(sim, `/api/v2/ticket_fields/${field.id}`);
    expect(reply).toMatchObject({ status: 200, body: { ticket_field: field } });
  });

  it.each(['/api/v2/satisfaction_ratings/424242424.json', '/api/v2/ticket_fields/424242424.json', '/api/v2/ticket_fields/abc'])(
    'answers %s with the RecordNotFound 404 of the other show endpoints',
    async (path) => {
      expect(await fetchZendesk(sim, path)).toMatchObject({ status: 404, body: NOT_FOUND });
    },
  );
});
