import { INTERCOM_SEARCH_IDS_MAX } from '../../../../src/providers/intercom/api/batchFetch';
import { createIntercomProvider } from '../../../../src/providers/intercom/api/intercomProvider';
import { cursorListBody, rawContact, recordingHttp } from './recordingHttp';

type SearchBody = { query: { field: string; operator: string; value: string[] }; pagination: { per_page: number } };

describe('Intercom lookups by id', () => {
  it('finds contacts with `id IN [...]` searches of at most 150 ids, one page each, answered in order', async () => {
    const http = recordingHttp((request) => {
      const body = request.body as SearchBody;
      return cursorListBody('data', body.query.value.filter((id) => id !== 'c7').map(rawContact), { omitNext: true });
    });
    const ids = Array.from({ length: 200 }, (_, index) => `c${index}`);
    const result = await createIntercomProvider(http).byId.contacts(ids);
    const bodies = http.requests.map((request) => request.body as SearchBody);
    expect(http.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /contacts/search', 'POST /contacts/search']);
    expect(bodies.map((body) => [body.query.field, body.query.operator, body.query.value.length, body.pagination.per_page])).toEqual([
      ['id', 'IN', INTERCOM_SEARCH_IDS_MAX, 150],
      ['id', 'IN', 50, 150],
    ]);
    expect(result.map((contact) => (contact === null || contact instanceof Error ? contact : contact.nativeId))).toEqual(ids.map((id) => (id === 'c7' ? null : id)));
  });

  it('answers admins from the admin list, read once however many lookups ask', async () => {
    const admin = (id: string) => ({ type: 'admin', id, name: `Admin ${id}` });
    const http = recordingHttp(() => ({ type: 'admin.list', admins: [admin('1'), admin('2')] }));
    const provider = createIntercomProvider(http);
    await provider.byId.admins(['1']);
    const answers = await provider.byId.admins(['2', '3']);
    expect(answers.map((answer) => (answer === null || answer instanceof Error ? answer : answer.name))).toEqual(['Admin 2', null]);
    expect(http.requests.map((request) => request.path)).toEqual(['/admins']);
  });
});
