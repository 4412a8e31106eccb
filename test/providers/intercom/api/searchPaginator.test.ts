import { toContact } from '../../../../src/providers/intercom/api/toModels';
import { createIntercomSearchPaginator, type IntercomSearchArgs } from '../../../../src/providers/intercom/api/searchPaginator';
import { rawContact as contactShape } from '../../../../src/providers/intercom/api/types';
import { resolveConnection } from '../../../../src/relay/resolveConnection';
import { relayOptions } from '../../../helpers/relayOptions';
import { cursorListBody, rawContact, type RecordingHttp, recordingHttp } from './recordingHttp';

function contactSearch(http: RecordingHttp) {
  return createIntercomSearchPaginator(http, {
    resource: 'intercom.searchContacts',
    endpoint: 'POST /contacts/search',
    path: '/contacts/search',
    listKey: 'data',
    item: contactShape,
    toNode: toContact,
  });
}

const args: IntercomSearchArgs = { query: { field: 'role', operator: '=', value: 'user' }, sort: { field: 'email', order: 'ascending' } };

describe('createIntercomSearchPaginator', () => {
  it('posts {query, pagination, sort}, with no starting_after on the first page and the token on the next', async () => {
    const http = recordingHttp((_request, index) =>
      cursorListBody('data', [rawContact(`c${index}`)], index === 0 ? { next: 'Y3Vyc29y', totalCount: 2 } : { omitNext: true, totalCount: 2 }),
    );
    const connection = await resolveConnection(contactSearch(http), args, { first: 10 }, relayOptions());
    expect(connection.nodes.map((node) => node.nativeId)).toEqual(['c0', 'c1']);
    expect(http.requests.map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', '/contacts/search', { query: args.query, pagination: { per_page: 10 }, sort: args.sort }],
      ['POST', '/contacts/search', { query: args.query, pagination: { per_page: 9, starting_after: 'Y3Vyc29y' }, sort: args.sort }],
    ]);
  });

  it('leaves sort out when the client gave none, so Intercom applies its default order', async () => {
    const http = recordingHttp(() => cursorListBody('data', [], { omitNext: true }));
    await contactSearch(http).fetchPage({ query: args.query, sort: null }, { token: null, direction: 'forward', size: 5 });
    expect(http.requests[0]?.body).toEqual({ query: args.query, pagination: { per_page: 5 } });
  });

  it('skips a record the stateless search context returns again, and fills the page from the next one', async () => {
    const pages = [
      cursorListBody('data', [rawContact('a'), rawContact('b')], { next: 'p2' }),
      // "if items are updated between 2 paginated queries, this can lead to duplicate … records"
      cursorListBody('data', [rawContact('b'), rawContact('c')], { next: 'p3' }),
      cursorListBody('data', [rawContact('d')], { omitNext: true }),
    ];
    const http = recordingHttp((_request, index) => pages[index]);
    const connection = await resolveConnection(contactSearch(http), args, { first: 4 }, relayOptions({ maxPageSize: 500 }));
    expect(connection.nodes.map((node) => node.nativeId)).toEqual(['a', 'b', 'c', 'd']);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(http.requests).toHaveLength(3);
  });
});
