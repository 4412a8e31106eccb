import { z } from 'zod';

import { ErrorCode } from '../../../../src/errorCodes';
import { createPageTokenPaginator, type FrontPageToken } from '../../../../src/providers/front/api/pageTokenPaginator';
import type { UpstreamRequest } from '../../../../src/providers/http/httpClient';
import { ProviderError } from '../../../../src/providers/providerError';
import type { Paginator } from '../../../../src/providers/types';
import { createPageCache } from '../../../../src/relay/pageCache';
import { resolveConnection } from '../../../../src/relay/resolveConnection';
import { relayOptions } from '../../../helpers/relayOptions';
import { createFakeFrontHttp, type FakeFrontHttp, frontPage } from './fakeFrontHttp';

type Item = { readonly nativeId: string };
type Args = { readonly kind: string };
const item = z.object({ id: z.string() });

/**
 * A Front-like list of `total` items served from memory: the token is the offset, and `next`
 * points at `nextHost` (never the host we call) with the limit and token, as Front's guide shows.
 */
function createList(total: number, nextHost = 'https://acme.api.frontapp.com', extra: Record<string, unknown> = {}): FakeFrontHttp {
  return createFakeFrontHttp((request) => {
    const limit = Number(request.query?.limit);
    const offset = request.query?.page_token === undefined ? 0 : Number(String(request.query.page_token).slice(3));
    const end = Math.min(offset + limit, total);
    const results = Array.from({ length: end - offset }, (_, i) => ({ id: `i${offset + i}` }));
    const next = end < total ? `${nextHost}/items?limit=${limit}&page_token=tok${end}` : null;
    return frontPage(results, next, extra);
  });
}

function paginatorOver(http: FakeFrontHttp, reportsTotal = false): Paginator<Item, Args, FrontPageToken> {
  return createPageTokenPaginator<{ id: string }, Item, Args>(http, {
    resource: 'front.items',
    endpoint: 'GET /items',
    path: () => '/items',
    query: (args) => ({ kind: args.kind }),
    item,
    toNode: (raw) => ({ nativeId: raw.id }),
    reportsTotal,
    onRepeatedNode: 'fail',
  });
}

const args: Args = { kind: 'all' };
const sent = (http: FakeFrontHttp): Array<UpstreamRequest['query']> => http.requests.map((request) => request.query);

describe('createPageTokenPaginator', () => {
  it('always sends limit (the engine size, at most 100) and no page_token on the first page', async () => {
    const http = createList(500);
    const paginator = paginatorOver(http);
    await paginator.fetchPage(args, { token: null, direction: 'forward', size: 7 });
    expect(sent(http)).toEqual([{ kind: 'all', limit: 7, page_token: undefined }]);
    expect(http.requests[0]?.path).toBe('/items');
  });

  it('takes only page_token from next, on whatever host, and ties it to the limit it was issued for', async () => {
    const http = createList(500, 'https://evil.example:8443');
    const page = await paginatorOver(http).fetchPage(args, { token: null, direction: 'forward', size: 25 });
    expect(page.nextToken).toEqual({ pageToken: 'tok25', limit: 25 });
    expect(page.previousToken).toBeNull();
    expect(page.totalCount).toBeUndefined();
  });

  it('resumes with the token limit whatever size the engine asks for', async () => {
    const http = createList(500);
    const page = await paginatorOver(http).fetchPage(args, { token: { pageToken: 'tok25', limit: 25 }, direction: 'forward', size: 3 });
    expect(sent(http)).toEqual([{ kind: 'all', limit: 25, page_token: 'tok25' }]);
    expect(page.nodes).toHaveLength(25);
    // Every call goes to the configured path: the `next` URL is never requested.
    expect(http.requests.every((request) => request.path === '/items')).toBe(true);
  });

  it('ends when next is null', async () => {
    const page = await paginatorOver(createList(3)).fetchPage(args, { token: null, direction: 'forward', size: 10 });
    expect(page.nodes.map((node) => node.nativeId)).toEqual(['i0', 'i1', 'i2']);
    expect(page.nextToken).toBeNull();
  });

  it('reports `_total` only where the list is declared to have one (search)', async () => {
    const withTotal = createList(3, undefined, { _total: 3 });
    expect((await paginatorOver(withTotal, true).fetchPage(args, { token: null, direction: 'forward', size: 10 })).totalCount).toBe(3);
    expect((await paginatorOver(withTotal, false).fetchPage(args, { token: null, direction: 'forward', size: 10 })).totalCount).toBeUndefined();
  });

  it.each([
    ['no _pagination', { _results: [] }],
    ['a next that is not a URL', frontPage([{ id: 'i0' }], 'page-2')],
    ['a next without page_token', frontPage([{ id: 'i0' }], 'https://acme.api.frontapp.com/items?limit=1')],
    ['a result of the wrong shape', frontPage([{ identifier: 'i0' }], null)],
  ])('fails with UPSTREAM_ERROR on %s', async (_name, body) => {
    const paginator = paginatorOver(createFakeFrontHttp(() => body));
    // Records are validated on first read of `nodes` (deferredNodes.ts): read them as the engine does.
    const failure = paginator.fetchPage(args, { token: null, direction: 'forward', size: 1 }).then((page) => page.nodes);
    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({ code: ErrorCode.UPSTREAM_ERROR });
  });

  describe('under the relay engine', () => {
    const options = relayOptions({ maxPageSize: 500 });

    it('stitches 100-record pages for first=250 and resumes a mid-page cursor with the token limit', async () => {
      const http = createList(1000);
      const paginator = paginatorOver(http);
      const first = await resolveConnection(paginator, args, { first: 250 }, options);
      expect(first.nodes.map((node) => node.nativeId)).toEqual(Array.from({ length: 250 }, (_, i) => `i${i}`));
      expect(sent(http)).toEqual([
        { kind: 'all', limit: 100, page_token: undefined },
        { kind: 'all', limit: 100, page_token: 'tok100' },
        { kind: 'all', limit: 100, page_token: 'tok200' },
      ]);
      http.requests.length = 0;
      const resumed = await resolveConnection(paginator, args, { first: 5, after: first.edges[229]?.cursor }, options);
      expect(resumed.nodes.map((node) => node.nativeId)).toEqual(['i230', 'i231', 'i232', 'i233', 'i234']);
      // The engine asks for 5 but the token was issued for 100: Front would refuse another limit.
      expect(sent(http)).toEqual([{ kind: 'all', limit: 100, page_token: 'tok200' }]);
    });

    it('fails the connection with UPSTREAM_ERROR when a record of a read-ahead page has the wrong shape', async () => {
      const http = createFakeFrontHttp((request) =>
        request.query?.page_token === undefined
          ? frontPage([{ id: 'i0' }], 'https://acme.api.frontapp.com/items?limit=1&page_token=tok1')
          : request.query.page_token === 'tok1'
            ? frontPage([{ id: 'i1' }], 'https://acme.api.frontapp.com/items?limit=1&page_token=tok2')
            : frontPage([{ identifier: 'i2' }], null),
      );
      const paginator = paginatorOver(http);
      const cached = { ...options, pageCache: createPageCache({ maxEntries: 10, ttlMs: 60_000, prefetchDepth: 1 }) };
      const first = await resolveConnection(paginator, args, { first: 1 }, cached);
      expect(http.requests).toHaveLength(1); // a traversal's first request reads nothing ahead
      const second = await resolveConnection(paginator, args, { first: 1, after: first.pageInfo.endCursor }, cached);
      expect(http.requests).toHaveLength(3); // page 3 was read ahead, its envelope was fine
      const failure = resolveConnection(paginator, args, { first: 1, after: second.pageInfo.endCursor }, cached);
      await expect(failure).rejects.toMatchObject({ code: ErrorCode.UPSTREAM_ERROR });
    });

  });
});
