import { createHttpClient, type UpstreamRequest } from '../../src/providers/http/httpClient';
import type { JsonValue, Paginator } from '../../src/providers/types';
import { describePaginatorContract } from '../contract/paginatorContract';
import { createPagedApi } from '../fixtures/pagedProvider/api';
import { pagedModule, PAGED_RECORDS } from '../fixtures/pagedProvider/module';
import { PAGED_MAX_PER_PAGE, PAGED_TOKEN, startPagedSimulator } from '../fixtures/pagedProvider/server';

/** The fourth provider's paginator passes the same contract suite as every built-in one. */
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

/** `list`: its list in id order (`items`) or most recently updated first (`recentItems`, the inbox's). */
async function listOf(records: typeof PAGED_RECORDS, list: 'items' | 'recentItems' = 'items') {
  const simulator = await startPagedSimulator({ records });
  const client = createHttpClient({
    provider: pagedModule.name,
    baseUrl: simulator.url,
    headers: { authorization: `Token ${PAGED_TOKEN}` },
    readErrorFields: pagedModule.http.readErrorFields,
    connectTimeoutMs: 5_000,
    requestTimeoutMs: 10_000,
    connections: 4,
  });
  closers.push(async () => {
    await client.close();
    await simulator.close();
  });
  const bound = client.bind(() => undefined);
  const sent: UpstreamRequest[] = [];
  const api = createPagedApi({
    requestJson: (request) => (sent.push(request), bound.requestJson(request)),
    requestResponse: (request) => (sent.push(request), bound.requestResponse(request)),
  });
  return {
    paginator: () => api[list] as Paginator<unknown, Readonly<Record<string, never>>, JsonValue>,
    args: {},
    expectedIds: (list === 'items' ? records : [...records].sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || a.id - b.id)).map((record) =>
      String(record.id),
    ),
    log: simulator.requests,
    sent,
  };
}

describePaginatorContract('paged.items (test/fixtures/pagedProvider)', async () => ({
  ...(await listOf(PAGED_RECORDS)),
  maxPageSize: PAGED_MAX_PER_PAGE,
  backward: 'native',
  native: 'paged',
  exactBoundary: 'ends',
  nativePageSize: (request) => (request.query?.per_page === undefined ? null : Number(request.query.per_page)),
  empty: await listOf([]),
}));

describePaginatorContract('paged.recentItems (test/fixtures/pagedProvider: its inbox list)', async () => ({
  ...(await listOf(PAGED_RECORDS, 'recentItems')),
  maxPageSize: PAGED_MAX_PER_PAGE,
  backward: 'native',
  native: 'paged',
  exactBoundary: 'ends',
  nativePageSize: (request) => (request.query?.per_page === undefined ? null : Number(request.query.per_page)),
  empty: await listOf([], 'recentItems'),
}));
