import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom, idsOf, pagesOf } from './intercomHttp';

describe('Intercom companies (POST /companies/list)', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes: { conversations: 5, contacts: 400, companies: 60, admins: 2, teams: 1, tags: 3, tickets: 1 } });
  });
  afterAll(() => sim.close());

  const listed = () => sim.data.companies.filter((company) => company.user_count > 0);
  const byLastRequest = (order: 1 | -1) =>
    listed()
      .sort((a, b) => order * (a.last_request_at - b.last_request_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
      .map((company) => company.id);

  it('pages by number, 15 per page by default, newest last_request_at first, and leaves out companies without users', async () => {
    const total = listed().length;
    expect(total).toBeLessThan(60);
    const ids: string[] = [];
    const pageCount = Math.ceil(total / 15);
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await callIntercom(sim, 'POST', `/companies/list?page=${page}`);
      expect(result.body).toMatchObject({ type: 'list', total_count: total });
      const pages = pagesOf(result);
      expect(pages).toMatchObject({ type: 'pages', page, per_page: 15, total_pages: pageCount });
      // The spec's companies example sends `next: null` on the last page.
      expect(pages.next).toEqual(page === pageCount ? null : { page: page + 1, per_page: 15 });
      ids.push(...idsOf(result.body.data));
    }
    expect(ids).toEqual(byLastRequest(-1));
  });

  it('orders ascending with order=asc and answers an empty page past the end', async () => {
    const result = await callIntercom(sim, 'POST', '/companies/list?per_page=100&order=asc');
    expect(idsOf(result.body.data)).toEqual(byLastRequest(1));
    const past = await callIntercom(sim, 'POST', '/companies/list?page=9&per_page=50');
    expect(past.status).toBe(200);
    expect(past.body.data).toEqual([]);
  });

  it('refuses pages that reach past the 10,000th company with a 400', async () => {
    expect((await callIntercom(sim, 'POST', '/companies/list?page=666&per_page=15')).status).toBe(200);
    const capped = await callIntercom(sim, 'POST', '/companies/list?page=667&per_page=15');
    expect(capped.status).toBe(400);
    expect(capped.body).toMatchObject({ type: 'error.list', errors: [{ code: 'bad_request' }] });
    expect((await callIntercom(sim, 'POST', '/companies/list?page=167&per_page=60')).status).toBe(400);
  });

  it('rejects a bad page, per_page or order', async () => {
    for (const query of ['page=0', 'page=x', 'per_page=151', 'order=sideways']) {
      expect((await callIntercom(sim, 'POST', `/companies/list?${query}`)).status).toBe(400);
    }
  });

  it('retrieves a company by id, including one without users, and 404s an unknown one', async () => {
    const lonely = sim.data.companies.find((company) => company.user_count === 0);
    const result = await callIntercom(sim, 'GET', `/companies/${lonely?.id ?? ''}`);
    expect(result.body).toEqual(lonely);
    expect((await callIntercom(sim, 'GET', '/companies/nope')).body).toMatchObject({ errors: [{ code: 'company_not_found' }] });
  });
});
