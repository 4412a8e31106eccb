import { startIntercomSimulator, type IntercomContact, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom, idsOf } from './intercomHttp';

/** listNotes (GET /contacts/{id}/notes) and retrieveNote (GET /notes/{id}), spec v2.16. */
describe('Intercom contact notes', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes: { conversations: 1, contacts: 120, companies: 5, tickets: 1 } });
  });
  afterAll(() => sim.close());

  const busiest = (): IntercomContact => {
    const contact = [...sim.data.contacts].sort((a, b) => sim.data.contactNotes(b.id).length - sim.data.contactNotes(a.id).length)[0];
    if (!contact) throw new Error('no contacts');
    return contact;
  };

  it('pages a contact’s notes newest first, 50 by default, with total_count and pages', async () => {
    const contact = busiest();
    const notes = sim.data.contactNotes(contact.id);
    expect(notes.length).toBeGreaterThan(150);
    const times = notes.map((note) => note.created_at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = await callIntercom(sim, 'GET', `/contacts/${contact.id}/notes`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ type: 'list', total_count: notes.length });
    expect(idsOf(first.body.data)).toEqual(notes.slice(0, 50).map((note) => note.id));
    expect(first.body.pages).toEqual({ type: 'pages', page: 1, per_page: 50, total_pages: Math.ceil(notes.length / 50), next: { page: 2, per_page: 50 } });

    const ids: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await callIntercom(sim, 'GET', `/contacts/${contact.id}/notes?page=${page}&per_page=150`);
      ids.push(...idsOf(result.body.data));
      if ((result.body.pages as { next: unknown }).next === null) break;
    }
    expect(ids).toEqual(notes.map((note) => note.id));
    const past = await callIntercom(sim, 'GET', `/contacts/${contact.id}/notes?page=9&per_page=150`);
    expect(past.status).toBe(200);
    expect(idsOf(past.body.data)).toEqual([]);
  });

  it('refuses per_page above 150 and answers an unknown contact with not_found', async () => {
    const contact = busiest();
    const tooMany = await callIntercom(sim, 'GET', `/contacts/${contact.id}/notes?per_page=151`);
    expect(tooMany.status).toBe(400);
    const missing = await callIntercom(sim, 'GET', '/contacts/nope/notes');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found', message: 'User Not Found' }] });
  });

  it('retrieves a note by id, and answers an unknown id with not_found', async () => {
    const note = sim.data.contactNotes(busiest().id)[7];
    const found = await callIntercom(sim, 'GET', `/notes/${note?.id}`);
    expect(found.body).toEqual(note);
    for (const id of ['1', '999990001', 'abc']) {
      const missing = await callIntercom(sim, 'GET', `/notes/${id}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ errors: [{ code: 'not_found', message: 'Resource Not Found' }] });
    }
  });
});
