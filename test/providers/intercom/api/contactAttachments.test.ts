import { ErrorCode } from '../../../../src/errorCodes';
import { createIntercomContactAttachments, INTERCOM_CONTACT_COMPANY_PAGES_MAX } from '../../../../src/providers/intercom/api/contactAttachments';
import { recordingHttp } from './recordingHttp';

const company = (id: string): Record<string, unknown> => ({ type: 'company', id, name: `Company ${id}`, created_at: 1_700_000_000, updated_at: 1_700_000_100 });

function companiesPage(ids: ReadonlyArray<string>, page: number, totalPages: number, listKey = 'data'): Record<string, unknown> {
  const next = page < totalPages ? `https://api.intercom.io/contacts/c1/companies?page=${page + 1}` : null;
  return { type: 'list', [listKey]: ids.map(company), total_count: ids.length, pages: { type: 'pages', page, per_page: 50, total_pages: totalPages, next } };
}

describe('Intercom contact sub-lists', () => {
  it('reads a contact’s companies page by page, asking by number from page 2, once per contact', async () => {
    const http = recordingHttp((_request, index) => companiesPage(index === 0 ? ['a', 'b'] : ['c'], index + 1, 2));
    const lists = createIntercomContactAttachments(http);
    const [first, again] = await Promise.all([lists.companiesOf('c1'), lists.companiesOf('c1')]);
    expect(first.map((item) => item.nativeId)).toEqual(['a', 'b', 'c']);
    expect(again).toBe(first);
    expect(http.requests.map((request) => [request.path, request.query])).toEqual([
      ['/contacts/c1/companies', undefined],
      ['/contacts/c1/companies', { page: '2' }],
    ]);
  });

  it('reads the array under `companies` too (the schema’s name), and serves a company repeated across pages once', async () => {
    const http = recordingHttp((_request, index) => companiesPage(index === 0 ? ['a', 'b'] : ['b', 'c'], index + 1, 2, 'companies'));
    const companies = await createIntercomContactAttachments(http).companiesOf('c1');
    expect(companies.map((item) => item.nativeId)).toEqual(['a', 'b', 'c']);
  });

  it('stops with UPSTREAM_PAGINATION_ERROR when `next` never ends, after 20 pages (Intercom allows 1,000 companies per contact)', async () => {
    const http = recordingHttp((_request, index) => ({ type: 'list', data: [company(`x${index}`)], pages: { type: 'pages', page: index + 1, next: 'more' } }));
    await expect(createIntercomContactAttachments(http).companiesOf('c1')).rejects.toMatchObject({ code: ErrorCode.UPSTREAM_PAGINATION_ERROR });
    expect(http.requests).toHaveLength(INTERCOM_CONTACT_COMPANY_PAGES_MAX);
  });

  it('reads a contact’s tags in one call', async () => {
    const http = recordingHttp(() => ({ type: 'list', data: [{ type: 'tag', id: '1', name: 'vip', applied_at: 1 }, { type: 'tag', id: '2', name: 'beta' }] }));
    const lists = createIntercomContactAttachments(http);
    expect(await lists.tagsOf('c1')).toEqual([
      { nativeId: '1', name: 'vip' },
      { nativeId: '2', name: 'beta' },
    ]);
    await lists.tagsOf('c1');
    expect(http.requests.map((request) => request.path)).toEqual(['/contacts/c1/tags']);
  });

  it('refuses a contact id (from Intercom’s own records) that is not one path segment, before any call', async () => {
    const http = recordingHttp(() => ({}));
    await expect(createIntercomContactAttachments(http).tagsOf('..')).rejects.toMatchObject({ code: ErrorCode.UPSTREAM_ERROR });
    expect(http.requests).toHaveLength(0);
  });
});
