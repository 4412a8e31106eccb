import { createFrontProvider } from '../../../../src/providers/front/api/frontProvider';
import { createFakeFrontHttp, frontPage, rawTeammate } from './fakeFrontHttp';

const firstPage = { token: null, direction: 'forward', size: 10 } as const;

/** Paged lists answer an empty last page carrying `_total: 7`; teammates answer the whole list. */
function recordingProvider() {
  const http = createFakeFrontHttp((request) =>
    request.path === '/teammates' ? { _links: { self: 'x' }, _results: [rawTeammate('tea_1'), rawTeammate('tea_2')] } : frontPage([], null, { _total: 7 }),
  );
  return { http, provider: createFrontProvider(http) };
}

describe('createFrontProvider', () => {
  it('sends the status filter as repeated q[statuses][] and an explicit order as sort_by=date + sort_order', async () => {
    const { http, provider } = recordingProvider();
    await provider.conversations.fetchPage({ statuses: ['archived', 'assigned'], sortOrder: 'asc' }, firstPage);
    await provider.conversations.fetchPage({ statuses: [], sortOrder: null }, firstPage);
    expect(http.requests).toEqual([
      {
        method: 'GET',
        path: '/conversations',
        endpoint: 'GET /conversations',
        query: { 'q[statuses][]': ['archived', 'assigned'], sort_by: 'date', sort_order: 'asc', limit: 10, page_token: undefined },
      },
      { method: 'GET', path: '/conversations', endpoint: 'GET /conversations', query: { 'q[statuses][]': [], limit: 10, page_token: undefined } },
    ]);
  });

  it('sends updatedSince as q[updated_after] one millisecond earlier (Front\'s bound is strict), and no filter at or before 1970', async () => {
    const { http, provider } = recordingProvider();
    await provider.contacts.fetchPage({ updatedSince: '2024-01-02T03:04:05.678Z' }, firstPage);
    await provider.contacts.fetchPage({ updatedSince: '2024-01-02T03:04:05.000Z' }, firstPage);
    await provider.contacts.fetchPage({ updatedSince: '1970-01-01T00:00:00.000Z' }, firstPage);
    await provider.contacts.fetchPage({ updatedSince: null }, firstPage);
    expect(http.requests.map((request) => request.query)).toEqual([
      { 'q[updated_after]': '1704164645.677', limit: 10, page_token: undefined },
      { 'q[updated_after]': '1704164644.999', limit: 10, page_token: undefined },
      { 'q[updated_after]': undefined, limit: 10, page_token: undefined },
      { 'q[updated_after]': undefined, limit: 10, page_token: undefined },
    ]);
  });

  it('puts the search query and conversation ids in the path, encoded, with low-cardinality endpoint labels', async () => {
    const { http, provider } = recordingProvider();
    await provider.searchConversations.fetchPage({ query: 'is:open "a/b?"' }, firstPage);
    await provider.conversationMessages.fetchPage({ conversationId: 'cnv_1/..' }, firstPage);
    expect(http.requests.map(({ path, endpoint }) => ({ path, endpoint }))).toEqual([
      { path: '/conversations/search/is%3Aopen%20%22a%2Fb%3F%22', endpoint: 'GET /conversations/search/:query' },
      { path: '/conversations/cnv_1%2F../messages', endpoint: 'GET /conversations/:id/messages' },
    ]);
  });

  it('reads `_total` as the page total on search only', async () => {
    const { provider } = recordingProvider();
    expect((await provider.searchConversations.fetchPage({ query: 'refund' }, firstPage)).totalCount).toBe(7);
    expect((await provider.conversations.fetchPage({ statuses: [], sortOrder: null }, firstPage)).totalCount).toBeUndefined();
    expect((await provider.contacts.fetchPage({ updatedSince: null }, firstPage)).totalCount).toBeUndefined();
  });

  it('fetches an unpaged list once per provider object (one GraphQL request), without limit or page_token', async () => {
    const { http, provider } = recordingProvider();
    await provider.teammates.fetchPage({}, firstPage);
    const second = await provider.teammates.fetchPage({}, { token: { offset: 1 }, direction: 'forward', size: 1 });
    expect(second.nodes.map((teammate) => teammate.nativeId)).toEqual(['tea_2']);
    expect(http.requests).toEqual([{ method: 'GET', path: '/teammates', endpoint: 'GET /teammates' }]);
    await createFrontProvider(http).teammates.fetchPage({}, firstPage);
    expect(http.requests).toHaveLength(2);
  });
});
