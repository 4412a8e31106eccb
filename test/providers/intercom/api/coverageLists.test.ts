import { ErrorCode } from '../../../../src/errorCodes';
import { createIntercomArticlesPaginator } from '../../../../src/providers/intercom/api/articles';
import { createIntercomConversationThreads } from '../../../../src/providers/intercom/api/conversationParts';
import { createIntercomSegments } from '../../../../src/providers/intercom/api/segments';
import { ProviderError } from '../../../../src/providers/providerError';
import { rawConversation, recordingHttp } from './recordingHttp';

/** What the issue-25 Intercom readers do with response shapes the simulator does not produce. */
describe('Intercom coverage lists: provider quirks', () => {
  it('refuses a segment list that says another page follows, since listSegments cannot ask for it', async () => {
    const http = recordingHttp(() => ({ type: 'segment.list', segments: [{ id: 's1', name: 'A', created_at: 1, updated_at: 2 }], pages: { next: 'https://api.intercom.io/segments?page=2' } }));
    const failure = await createIntercomSegments(http).all().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).code).toBe(ErrorCode.UPSTREAM_PAGINATION_ERROR);
  });

  it('accepts a segment list with an empty pages object, and counts only when asked', async () => {
    const http = recordingHttp(() => ({ type: 'segment.list', segments: [{ id: 's1', name: 'A', created_at: 1, updated_at: 2, count: 7 }], pages: {} }));
    const segments = createIntercomSegments(http);
    const page = await segments.paginator.fetchPage({ includeCount: true }, { token: null, direction: 'forward', size: 10 });
    expect(page.nodes.map((segment) => [segment.nativeId, segment.count])).toEqual([['s1', 7]]);
    expect(http.requests.map((request) => request.query)).toEqual([{ include_count: 'true' }]);
  });

  it('reads integer part ids (as the spec example writes them) and retrieves a conversation once however often asked', async () => {
    const http = recordingHttp(() => ({
      ...rawConversation('7'),
      conversation_parts: { type: 'conversation_part.list', total_count: 1, conversation_parts: [{ type: 'conversation_part', id: 1, part_type: 'comment', body: '<p>Okay!</p>', created_at: 1663597223, author: { type: 'admin', id: '274', name: 'Operator', email: 'o@x' } }] },
    }));
    const threads = createIntercomConversationThreads(http);
    const [thread, again] = await Promise.all([threads.threadOf('7'), threads.threadOf('7')]);
    expect(again).toBe(thread);
    expect(thread.parts).toEqual([expect.objectContaining({ nativeId: '1', conversationId: '7', partType: 'comment', authorId: '274', createdAt: '2022-09-19T14:20:23.000Z' })]);
    expect(http.requests).toHaveLength(1);
  });

  it('ends the article list on total_pages when a response leaves `next` out', async () => {
    const article = (id: string) => ({ type: 'article', id, title: id, created_at: 1, updated_at: 2 });
    const http = recordingHttp(() => ({ type: 'list', total_count: 2, pages: { type: 'pages', page: 1, per_page: 2, total_pages: 1 }, data: [article('1'), article('2')] }));
    const page = await createIntercomArticlesPaginator(http).fetchPage({}, { token: null, direction: 'forward', size: 2 });
    expect(page.nodes.map((node) => node.nativeId)).toEqual(['1', '2']);
    expect(page.nextToken).toBeNull();
  });
});
