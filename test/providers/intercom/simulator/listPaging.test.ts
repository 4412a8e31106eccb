import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { byUpdatedAtDesc, callIntercom, idsOf, pagesOf } from './intercomHttp';

const sizes = { conversations: 47, contacts: 120, companies: 20, admins: 4, teams: 2, tags: 6, tickets: 10 };

function decodeCursor(cursor: string): unknown {
  return JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
}

describe('Intercom list paging', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes, seed: 7 });
  });
  afterAll(() => sim.close());

  it('pages conversations newest first with base64-JSON cursors and leaves next out on the last page', async () => {
    const seen: string[] = [];
    let path = '/conversations?per_page=20';
    for (let page = 1; ; page += 1) {
      const result = await callIntercom(sim, 'GET', path);
      expect(result.status).toBe(200);
      expect(result.body.type).toBe('conversation.list');
      expect(result.body.total_count).toBe(47);
      const pages = pagesOf(result);
      expect(pages).toMatchObject({ type: 'pages', page, per_page: 20, total_pages: 3 });
      seen.push(...idsOf(result.body.conversations));
      if (page === 3) {
        expect(pages).not.toHaveProperty('next');
        break;
      }
      const next = pages.next;
      if (!next?.starting_after) throw new Error('expected a next cursor');
      expect(next.page).toBe(page + 1);
      const lastId = seen[seen.length - 1];
      const last = sim.data.conversations.find((c) => c.id === lastId);
      expect(decodeCursor(next.starting_after)).toEqual([last?.updated_at, lastId, page + 1]);
      path = `/conversations?per_page=20&starting_after=${encodeURIComponent(next.starting_after)}`;
    }
    expect(seen).toEqual([...sim.data.conversations].sort(byUpdatedAtDesc).map((c) => c.id));
  });

  it('defaults to 20 conversations and 50 contacts per page', async () => {
    expect(pagesOf(await callIntercom(sim, 'GET', '/conversations')).per_page).toBe(20);
    const contacts = await callIntercom(sim, 'GET', '/contacts');
    expect(contacts.body.type).toBe('list');
    expect(idsOf(contacts.body.data)).toHaveLength(50);
    expect(pagesOf(contacts)).toMatchObject({ per_page: 50, total_pages: 3 });
  });

  it('answers per_page above 150, zero or not a number with a 400 error list', async () => {
    for (const value of ['151', '0', 'ten']) {
      const result = await callIntercom(sim, 'GET', `/contacts?per_page=${value}`);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ type: 'error.list', errors: [{ code: 'parameter_invalid' }] });
    }
    expect((await callIntercom(sim, 'GET', '/conversations?per_page=150')).status).toBe(200);
  });

  it('rejects an empty or garbage starting_after with 400', async () => {
    for (const cursor of ['', 'not-a-cursor', Buffer.from('{"a":1}').toString('base64'), Buffer.from('["x","1",2]').toString('base64')]) {
      const result = await callIntercom(sim, 'GET', `/conversations?starting_after=${encodeURIComponent(cursor)}`);
      expect(result.status).toBe(400);
      expect(result.body.type).toBe('error.list');
    }
  });

  it('keeps a cursor usable after the boundary record changes (stateless cursors)', async () => {
    const first = await callIntercom(sim, 'GET', '/contacts?per_page=10');
    const cursor = pagesOf(first).next?.starting_after ?? '';
    const boundary = idsOf(first.body.data)[9] ?? '';
    sim.touch('contact', boundary);
    const second = await callIntercom(sim, 'GET', `/contacts?per_page=10&starting_after=${encodeURIComponent(cursor)}`);
    expect(second.status).toBe(200);
    const expected = [...sim.data.contacts].sort(byUpdatedAtDesc).map((c) => c.id);
    // The touched contact moved to the front; page two still starts right after the old position.
    expect(expected[0]).toBe(boundary);
    expect(idsOf(second.body.data)).toEqual(expected.slice(10, 20));
  });

  it('returns 404 error lists for unknown ids and paths', async () => {
    expect((await callIntercom(sim, 'GET', '/contacts/nope')).body).toMatchObject({ errors: [{ code: 'not_found' }] });
    expect((await callIntercom(sim, 'GET', '/conversations/999999')).status).toBe(404);
    expect((await callIntercom(sim, 'GET', '/admins/1')).body).toMatchObject({ errors: [{ code: 'admin_not_found' }] });
    expect((await callIntercom(sim, 'GET', '/nothing/here')).body).toMatchObject({ type: 'error.list' });
  });

  it('serves admins, teams and tags unpaginated with their list types', async () => {
    expect((await callIntercom(sim, 'GET', '/admins')).body).toEqual({ type: 'admin.list', admins: sim.data.admins });
    expect((await callIntercom(sim, 'GET', '/teams')).body).toEqual({ type: 'team.list', teams: sim.data.teams });
    expect((await callIntercom(sim, 'GET', '/tags')).body).toEqual({ type: 'list', data: sim.data.tags });
  });
});

describe('per_page as a string', () => {
  it('writes pages.per_page and next.per_page as strings when perPageAsString is set', async () => {
    const sim = await startIntercomSimulator({ sizes, perPageAsString: true });
    try {
      const pages = pagesOf(await callIntercom(sim, 'GET', '/conversations?per_page=5'));
      expect(pages.per_page).toBe('5');
      expect(pages.next?.per_page).toBe('5');
      const search = await callIntercom(sim, 'POST', '/contacts/search', {
        body: { query: { field: 'role', operator: '=', value: 'user' }, pagination: { per_page: 7 } },
      });
      expect(pagesOf(search).per_page).toBe('7');
    } finally {
      await sim.close();
    }
  });
});
