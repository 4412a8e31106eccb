import { startIntercomSimulator, type IntercomContact, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom, idsOf } from './intercomHttp';

describe('Intercom contact sub-lists (GET /contacts/{id}/companies, /tags)', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes: { conversations: 5, contacts: 400, companies: 120, admins: 2, teams: 1, tags: 30, tickets: 1 } });
  });
  afterAll(() => sim.close());

  const attachmentsOf = (contact: IntercomContact) => {
    const attachments = sim.data.contactAttachments.get(contact.id);
    if (!attachments) throw new Error(`no attachments for ${contact.id}`);
    return attachments;
  };
  const widest = (): IntercomContact => {
    const sorted = [...sim.data.contacts].sort((a, b) => b.companies.total_count - a.companies.total_count);
    const contact = sorted[0];
    if (!contact) throw new Error('no contacts');
    return contact;
  };

  it('embeds at most 10 in the contact object and says has_more', async () => {
    const contact = widest();
    expect(contact.companies.total_count).toBeGreaterThan(50);
    const result = await callIntercom(sim, 'GET', `/contacts/${contact.id}`);
    expect(result.status).toBe(200);
    const companies = result.body.companies as { data: unknown[]; has_more: boolean; total_count: number; url: string };
    expect(companies.data).toHaveLength(10);
    expect(companies).toMatchObject({ has_more: true, total_count: contact.companies.total_count, url: `/contacts/${contact.id}/companies` });
  });

  it('pages a contact’s companies 50 at a time, whole company objects, `next` a link until the last page', async () => {
    const contact = widest();
    const all = attachmentsOf(contact).companyIds;
    const first = await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ type: 'list', total_count: all.length });
    expect(first.body.pages).toEqual({
      type: 'pages',
      page: 1,
      per_page: 50,
      total_pages: Math.ceil(all.length / 50),
      next: `https://api.intercom.io/contacts/${contact.id}/companies?page=2&per_page=50`,
    });
    expect((first.body.data as Array<Record<string, unknown>>)[0]).toMatchObject({ type: 'company', name: expect.any(String), company_id: expect.any(String) });
    const second = await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies?page=2`);
    expect([...idsOf(first.body.data), ...idsOf(second.body.data)]).toEqual(all);
    if (all.length <= 100) expect((second.body.pages as { next: unknown }).next).toBeNull();
    const small = await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies?per_page=7&page=2`);
    expect(idsOf(small.body.data)).toEqual(all.slice(7, 14));
  });

  it('answers a page past the end with an empty list, and bad paging with 400', async () => {
    const contact = widest();
    const past = await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies?page=99`);
    expect(past.status).toBe(200);
    expect(past.body.data).toEqual([]);
    expect((past.body.pages as { next: unknown }).next).toBeNull();
    expect((await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies?page=0`)).status).toBe(400);
    expect((await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies?per_page=151`)).status).toBe(400);
  });

  it('lists a contact’s tags whole, not paged, with names and who applied them', async () => {
    const contact = sim.data.contacts.find((candidate) => candidate.tags.has_more);
    if (!contact) throw new Error('no contact with more than 10 tags');
    const all = attachmentsOf(contact).tagIds;
    expect(all.length).toBeGreaterThan(10);
    const result = await callIntercom(sim, 'GET', `/contacts/${contact.id}/tags`);
    expect(result.status).toBe(200);
    expect(result.body.type).toBe('list');
    expect(idsOf(result.body.data)).toEqual(all);
    const names = new Map(sim.data.tags.map((tag) => [tag.id, tag.name]));
    for (const tag of result.body.data as Array<{ id: string; name: string; applied_at: number; applied_by: { type: string } }>) {
      expect(tag.name).toBe(names.get(tag.id));
      expect(tag.applied_at).toBe(contact.created_at);
      expect(tag.applied_by.type).toBe('admin');
    }
  });

  it('matches a contact search on tag_id against every tag, not only the 10 embedded', async () => {
    const contact = sim.data.contacts.find((candidate) => candidate.tags.has_more);
    if (!contact) throw new Error('no contact with more than 10 tags');
    const beyondEmbedded = attachmentsOf(contact).tagIds[10];
    expect(contact.tags.data.map((tag) => tag.id)).not.toContain(beyondEmbedded);
    const query = { operator: 'AND', value: [{ field: 'tag_id', operator: '=', value: beyondEmbedded }, { field: 'id', operator: '=', value: contact.id }] };
    const result = await callIntercom(sim, 'POST', '/contacts/search', { body: { query } });
    expect(result.status).toBe(200);
    expect(idsOf(result.body.data)).toEqual([contact.id]);
  });

  it('serves a contact with at most 10 the same lists, in one page', async () => {
    const contact = sim.data.contacts.find((candidate) => !candidate.companies.has_more && candidate.companies.total_count > 0);
    if (!contact) throw new Error('no narrow contact');
    const result = await callIntercom(sim, 'GET', `/contacts/${contact.id}/companies`);
    expect(idsOf(result.body.data)).toEqual(contact.companies.data.map((company) => company.id));
    expect(result.body.pages).toMatchObject({ page: 1, total_pages: 1, next: null });
  });

  it('answers an unknown contact with 404 not_found', async () => {
    for (const path of ['/contacts/nope/companies', '/contacts/nope/tags']) {
      const result = await callIntercom(sim, 'GET', path);
      expect(result.status).toBe(404);
      expect(result.body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found', message: 'User Not Found' }] });
    }
  });
});
