import {
  startIntercomSimulator,
  type IntercomContact,
  type IntercomConversation,
  type IntercomSimulator,
} from '../../../../src/providers/intercom/simulator';
import { callIntercom, compareNumericIds, idsOf, pagesOf } from './intercomHttp';

const sizes = { conversations: 600, contacts: 800, companies: 30, admins: 6, teams: 3, tags: 10, tickets: 120 };
const day = 86400;

interface SearchBody {
  query: unknown;
  sort?: { field: string; order?: string };
  pagination?: { per_page?: number };
}

/** Follows `pages.next.starting_after` to the end and returns every id in order. */
async function searchAll(sim: IntercomSimulator, path: string, body: SearchBody, listKey: string): Promise<string[]> {
  const ids: string[] = [];
  let startingAfter: string | undefined;
  for (let guard = 0; guard < 1000; guard += 1) {
    const result = await callIntercom(sim, 'POST', path, {
      body: { ...body, pagination: { ...body.pagination, starting_after: startingAfter } },
    });
    expect(result.status).toBe(200);
    ids.push(...idsOf(result.body[listKey]));
    startingAfter = pagesOf(result).next?.starting_after;
    if (!startingAfter) return ids;
  }
  throw new Error('search never ended');
}

function sortedIds<T extends { id: string }>(records: T[], value: (record: T) => number | string | null, order: 'ascending' | 'descending'): string[] {
  const sign = order === 'ascending' ? 1 : -1;
  // Empty values sort lowest: last when descending, first when ascending.
  const compare = (va: number | string | null, vb: number | string | null): number => {
    if (va === vb) return 0;
    if (va === null) return -1;
    if (vb === null) return 1;
    return va < vb ? -1 : 1;
  };
  return [...records]
    .sort((a, b) => {
      const byValue = compare(value(a), value(b));
      return sign * (byValue || compareNumericIds(a.id, b.id));
    })
    .map((record) => record.id);
}

describe('Intercom search', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes, seed: 11 });
  });
  afterAll(() => sim.close());

  describe('conversations: nested AND/OR against the data set', () => {
    const admins = (): number[] => sim.data.admins.slice(0, 3).map((admin) => Number(admin.id));
    const query = (): unknown => ({
      operator: 'AND',
      value: [
        { operator: 'OR', value: [{ field: 'state', operator: '=', value: 'open' }, { field: 'priority', operator: 'IN', value: ['high', 'urgent'] }] },
        { operator: 'OR', value: [{ field: 'admin_assignee_id', operator: 'IN', value: admins() }, { field: 'read', operator: '=', value: false }] },
        { operator: 'AND', value: [{ field: 'created_at', operator: '>', value: sim.data.generatedAt - 300 * day }] },
      ],
    });
    const reference = (c: IntercomConversation): boolean =>
      (c.state === 'open' || c.priority === 'high' || c.priority === 'urgent') &&
      ((c.admin_assignee_id !== null && admins().includes(c.admin_assignee_id)) || !c.read) &&
      c.created_at >= sim.data.generatedAt - 300 * day;

    it.each(['descending', 'ascending'] as const)('matches the same filter applied to sim.data, sorted %s', async (order) => {
      const ids = await searchAll(sim, '/conversations/search', { query: query(), sort: { field: 'created_at', order }, pagination: { per_page: 30 } }, 'conversations');
      const expected = sortedIds(sim.data.conversations.filter(reference), (c) => c.created_at, order);
      expect(expected.length).toBeGreaterThan(60);
      expect(ids).toEqual(expected);
    });

    it('reports total_count and pages for the whole match', async () => {
      const result = await callIntercom(sim, 'POST', '/conversations/search', { body: { query: query(), pagination: { per_page: 30 } } });
      const total = sim.data.conversations.filter(reference).length;
      expect(result.body).toMatchObject({ type: 'conversation.list', total_count: total });
      expect(pagesOf(result)).toMatchObject({ type: 'pages', page: 1, per_page: 30, total_pages: Math.ceil(total / 30) });
    });

    it('searches nested fields and multi-valued ids', async () => {
      const contact = sim.data.conversations[3]?.contacts.contacts[0]?.id ?? '';
      const ids = await searchAll(sim, '/conversations/search', { query: { field: 'contact_ids', operator: '=', value: contact } }, 'conversations');
      const expected = sim.data.conversations.filter((c) => c.contacts.contacts.some((ref) => ref.id === contact));
      expect(ids.sort()).toEqual(expected.map((c) => c.id).sort());
      const byEmail = await searchAll(sim, '/conversations/search', { query: { field: 'source.author.email', operator: '~', value: '@shop.example' } }, 'conversations');
      expect(byEmail.sort()).toEqual(sim.data.conversations.filter((c) => c.source.author.email.includes('@shop.example')).map((c) => c.id).sort());
    });
  });

  describe('contacts', () => {
    it.each(['descending', 'ascending'] as const)('evaluates string operators with sort on name %s', async (order) => {
      const query = {
        operator: 'OR',
        value: [
          { operator: 'AND', value: [{ field: 'role', operator: '=', value: 'lead' }, { field: 'name', operator: '^', value: 'maya' }] },
          { operator: 'AND', value: [{ field: 'email', operator: '!~', value: 'example.com' }, { field: 'phone', operator: '!=', value: null }] },
        ],
      };
      const reference = (c: IntercomContact): boolean =>
        (c.role === 'lead' && (c.name ?? '').toLowerCase().startsWith('maya')) || (!c.email.includes('example.com') && c.phone !== null);
      const ids = await searchAll(sim, '/contacts/search', { query, sort: { field: 'name', order }, pagination: { per_page: 40 } }, 'data');
      expect(ids).toEqual(sortedIds(sim.data.contacts.filter(reference), (c) => c.name, order));
    });

    it('matches dates by calendar day: = the whole day, > from the next day, < before the day', async () => {
      const sample = sim.data.contacts[5];
      if (!sample) throw new Error('no contact');
      const midday = Math.floor(sample.created_at / day) * day + day / 2;
      const startOfDay = Math.floor(midday / day) * day;
      const run = async (operator: string) =>
        (await searchAll(sim, '/contacts/search', { query: { field: 'created_at', operator, value: String(midday) }, pagination: { per_page: 150 } }, 'data')).sort();
      const ids = (keep: (c: IntercomContact) => boolean) => sim.data.contacts.filter(keep).map((c) => c.id).sort();
      expect(await run('=')).toEqual(ids((c) => c.created_at >= startOfDay && c.created_at < startOfDay + day));
      expect(await run('>')).toEqual(ids((c) => c.created_at >= startOfDay + day));
      expect(await run('<')).toEqual(ids((c) => c.created_at < startOfDay));
      expect(await run('=')).toContain(sample.id);
    });

    it('defaults to 50 per page, sorted by last_seen_at descending', async () => {
      const result = await callIntercom(sim, 'POST', '/contacts/search', { body: { query: { field: 'role', operator: '=', value: 'user' } } });
      expect(pagesOf(result).per_page).toBe(50);
      const users = sim.data.contacts.filter((c) => c.role === 'user');
      expect(idsOf(result.body.data)).toEqual(sortedIds(users, (c) => c.last_seen_at, 'descending').slice(0, 50));
    });
  });

  it('searches tickets by state and title with the ticket.list shape', async () => {
    const result = await callIntercom(sim, 'POST', '/tickets/search', {
      body: { query: { operator: 'AND', value: [{ field: 'state', operator: '!=', value: 'resolved' }, { field: 'title', operator: '~', value: 'sso' }] } },
    });
    const expected = sim.data.tickets.filter((t) => t.ticket_state.category !== 'resolved' && t.ticket_attributes._default_title_.toLowerCase().includes('sso'));
    expect(result.body).toMatchObject({ type: 'ticket.list', total_count: expected.length });
    expect(pagesOf(result).per_page).toBe(20);
    expect(idsOf(result.body.tickets)).toEqual(sortedIds(expected, (t) => t.updated_at, 'descending').slice(0, 20));
  });

  describe('invalid queries answer 400 with an error list', () => {
    const leaf = { field: 'state', operator: '=', value: 'open' };
    const cases: Array<[string, string, unknown]> = [
      ['three levels of groups', '/conversations/search', { query: { operator: 'AND', value: [{ operator: 'OR', value: [{ operator: 'AND', value: [leaf] }] }] } }],
      ['16 filters in one group', '/conversations/search', { query: { operator: 'OR', value: Array.from({ length: 16 }, () => leaf) } }],
      ['an unknown operator', '/conversations/search', { query: { field: 'state', operator: 'LIKE', value: 'open' } }],
      ['an unknown group operator', '/conversations/search', { query: { operator: 'XOR', value: [leaf] } }],
      ['groups and filters mixed in one group', '/conversations/search', { query: { operator: 'AND', value: [leaf, { operator: 'OR', value: [leaf] }] } }],
      ['an unknown field', '/conversations/search', { query: { field: 'mood', operator: '=', value: 'happy' } }],
      ['a string where a date belongs', '/conversations/search', { query: { field: 'created_at', operator: '>', value: 'foorbar' } }],
      ['contains on a boolean', '/conversations/search', { query: { field: 'open', operator: '~', value: 'true' } }],
      ['IN without an array', '/conversations/search', { query: { field: 'state', operator: 'IN', value: 'open' } }],
      ['<= on a contact date', '/contacts/search', { query: { field: 'created_at', operator: '<=', value: 1700000000 } }],
      ['>= on a contact date', '/contacts/search', { query: { field: 'updated_at', operator: '>=', value: 1700000000 } }],
      ['!= on a contact date', '/contacts/search', { query: { field: 'created_at', operator: '!=', value: 1700000000 } }],
      ['IN on a contact date', '/contacts/search', { query: { field: 'created_at', operator: 'IN', value: [1700000000] } }],
      ['~ on contact tag_id', '/contacts/search', { query: { field: 'tag_id', operator: '~', value: '8' } }],
      ['a missing query', '/contacts/search', { pagination: { per_page: 5 } }],
      ['per_page above 150', '/contacts/search', { query: leaf, pagination: { per_page: 151 } }],
      ['an empty starting_after', '/conversations/search', { query: leaf, pagination: { starting_after: '' } }],
      ['a garbage starting_after', '/conversations/search', { query: leaf, pagination: { starting_after: 'WzEsMl0=' } }],
      ['sorting on an unknown field', '/contacts/search', { query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'shoe_size' } }],
    ];

    it.each(cases)('%s', async (_name, path, body) => {
      const result = await callIntercom(sim, 'POST', path, { body });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ type: 'error.list', errors: [expect.objectContaining({ code: expect.any(String) })] });
    });

    it('answers a bad sort order with invalid_sort_order', async () => {
      const result = await callIntercom(sim, 'POST', '/contacts/search', {
        body: { query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'created_at', order: 'desc' } },
      });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ errors: [{ code: 'invalid_sort_order' }] });
    });

    it('accepts exactly 2 levels and 15 filters', async () => {
      const query = { operator: 'AND', value: [{ operator: 'OR', value: Array.from({ length: 15 }, () => leaf) }] };
      expect((await callIntercom(sim, 'POST', '/conversations/search', { body: { query } })).status).toBe(200);
      const contactsDateBefore = { field: 'created_at', operator: '<', value: 1700000000 };
      expect((await callIntercom(sim, 'POST', '/contacts/search', { body: { query: contactsDateBefore } })).status).toBe(200);
      const ticketsCreated = { field: 'created_at', operator: '>=', value: 1700000000 };
      expect((await callIntercom(sim, 'POST', '/tickets/search', { body: { query: ticketsCreated } })).status).toBe(200);
    });
  });
});
