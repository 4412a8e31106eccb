import { createIntercomListPaginator } from '../../../../src/providers/intercom/api/listPaginator';
import { toConversation } from '../../../../src/providers/intercom/api/toModels';
import { rawConversation as conversationShape } from '../../../../src/providers/intercom/api/types';
import { isProviderError } from '../../../../src/providers/providerError';
import { resolveConnection } from '../../../../src/relay/resolveConnection';
import { relayOptions } from '../../../helpers/relayOptions';
import { cursorListBody, rawConversation, type RecordingHttp, recordingHttp } from './recordingHttp';

function conversations(http: RecordingHttp) {
  return createIntercomListPaginator(http, {
    resource: 'intercom.conversations',
    endpoint: 'GET /conversations',
    path: '/conversations',
    listKey: 'conversations',
    item: conversationShape,
    toNode: toConversation,
  });
}

const firstPage = { token: null, direction: 'forward', size: 20 } as const;

describe('createIntercomListPaginator', () => {
  it('omits starting_after on the first page and always sends per_page', async () => {
    const http = recordingHttp(() => cursorListBody('conversations', [rawConversation('1')], { next: 'WzEsIjEiLDJd' }));
    const page = await conversations(http).fetchPage({}, firstPage);
    expect(http.requests).toEqual([{ method: 'GET', path: '/conversations', endpoint: 'GET /conversations', query: { per_page: 20 } }]);
    expect(page).toEqual({ nodes: [expect.objectContaining({ nativeId: '1' })], nextToken: { startingAfter: 'WzEsIjEiLDJd' }, previousToken: null, totalCount: 1 });
  });

  it('sends the token as starting_after on later pages', async () => {
    const http = recordingHttp(() => cursorListBody('conversations', [rawConversation('2')], { omitNext: true }));
    await conversations(http).fetchPage({}, { token: { startingAfter: 'abc=' }, direction: 'forward', size: 150 });
    expect(http.requests[0]?.query).toEqual({ per_page: 150, starting_after: 'abc=' });
  });

  it.each([
    ['left out', { omitNext: true }],
    ['null', { next: null }],
  ])('ends the list when pages.next is %s', async (_name, options) => {
    const http = recordingHttp(() => cursorListBody('conversations', [rawConversation('1')], options));
    expect((await conversations(http).fetchPage({}, firstPage)).nextToken).toBeNull();
  });

  it('accepts pages.per_page as an integer or as a numeric string (the seed shows "5")', async () => {
    for (const perPage of [5, '5']) {
      const http = recordingHttp(() => cursorListBody('conversations', [rawConversation('1')], { perPage, next: 'c' }));
      expect((await conversations(http).fetchPage({}, firstPage)).nextToken).toEqual({ startingAfter: 'c' });
    }
  });

  it('reports broken paging instead of sending an empty starting_after', async () => {
    const http = recordingHttp(() => cursorListBody('conversations', [rawConversation('1')], { next: '' }));
    const error: unknown = await conversations(http).fetchPage({}, firstPage).catch((caught: unknown) => caught);
    expect(isProviderError(error) && error.code).toBe('UPSTREAM_PAGINATION_ERROR');
  });

  it('rejects an unexpected record shape as UPSTREAM_ERROR when the records are read', async () => {
    const http = recordingHttp(() => ({ conversations: [{ id: 1 }] }));
    // Records are validated on first read of `nodes`, so a read-ahead can leave first (deferredNodes.ts).
    const error: unknown = await conversations(http)
      .fetchPage({}, firstPage)
      .then((page) => page.nodes)
      .catch((caught: unknown) => caught);
    expect(isProviderError(error) && error.code).toBe('UPSTREAM_ERROR');
  });

  it('stitches pages of at most 150 for a large `first`, and reads totalCount from total_count', async () => {
    const ids = Array.from({ length: 400 }, (_, index) => String(index));
    const http = recordingHttp((request) => {
      const start = Number(request.query?.starting_after ?? 0);
      const size = Number(request.query?.per_page);
      const end = Math.min(start + size, ids.length);
      const items = ids.slice(start, end).map(rawConversation);
      return cursorListBody('conversations', items, end < ids.length ? { next: String(end), totalCount: 400 } : { omitNext: true, totalCount: 400 });
    });
    const connection = await resolveConnection(conversations(http), {}, { first: 320 }, relayOptions());
    expect(connection.nodes.map((node) => node.nativeId)).toEqual(ids.slice(0, 320));
    expect(http.requests.map((request) => request.query)).toEqual([
      { per_page: 150 },
      { per_page: 150, starting_after: '150' },
      { per_page: 20, starting_after: '300' },
    ]);
    expect(await connection.totalCount()).toBe(400);
  });
});
