import { type FrontSimulator, startFrontSimulator } from '../../../../src/providers/front/simulator';
import { type FrontErrorBody, type FrontListBody, getJson, pageTokenOf, testLinkBase, testToken, traverse } from './frontTestClient';

type Identified = { readonly id: string };

describe('Front simulator pagination', () => {
  let simulator: FrontSimulator;

  beforeAll(async () => {
    simulator = await startFrontSimulator({ token: testToken, linkBaseUrl: testLinkBase });
  });
  afterAll(() => simulator.close());

  const idsOf = (records: ReadonlyArray<Identified>): string[] => records.map((record) => record.id);

  it.each([
    ['/conversations', () => simulator.data.conversations],
    ['/contacts', () => simulator.data.contacts],
    ['/tags', () => simulator.data.tags],
    ['/accounts', () => simulator.data.accounts],
  ] as const)('%s: a traversal following page_token returns every record exactly once', async (path, records) => {
    const { records: seen, pages, lastPage } = await traverse<Identified>(simulator, path, { limit: '100' });
    const ids = idsOf(seen);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(idsOf(records()).sort());
    expect(pages).toBe(Math.max(1, Math.ceil(records().length / 100)));
    expect(lastPage._pagination?.next).toBeNull();
  });

  it('builds next on the company host, keeping limit and the other parameters', async () => {
    const reply = await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=25&sort_by=updated_at&sort_order=asc');
    const next = new URL(reply.body._pagination?.next ?? '');
    expect(next.origin).toBe(testLinkBase);
    expect(next.origin).not.toBe(new URL(simulator.url).origin);
    expect(next.pathname).toBe('/contacts');
    expect(next.searchParams.get('limit')).toBe('25');
    expect(next.searchParams.get('sort_by')).toBe('updated_at');
    expect(next.searchParams.get('sort_order')).toBe('asc');
    expect(next.searchParams.get('page_token')).toMatch(/^[0-9a-f]{128}$/);
    expect(reply.body._links.self).toBe(`${testLinkBase}/contacts?limit=25&sort_by=updated_at&sort_order=asc`);
  });

  it('uses 50 results per page when limit is absent and carries limit=50 into next', async () => {
    const reply = await getJson<FrontListBody<Identified>>(simulator, '/contacts');
    expect(reply.body._results).toHaveLength(50);
    expect(new URL(reply.body._pagination?.next ?? '').searchParams.get('limit')).toBe('50');
  });

  it.each(['101', '0', 'ten', '-1'])('rejects limit=%s with a 400 _error', async (limit) => {
    const reply = await getJson<FrontErrorBody>(simulator, `/contacts?limit=${limit}`);
    expect(reply.status).toBe(400);
    expect(reply.body._error.status).toBe(400);
  });

  it('accepts limit=100 and limit=1', async () => {
    expect((await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=100')).body._results).toHaveLength(100);
    expect((await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=1')).body._results).toHaveLength(1);
  });

  it('rejects a token replayed with another limit, but lets an absent limit inherit it', async () => {
    const first = await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=25');
    const token = pageTokenOf(first.body._pagination?.next ?? '');
    const other = await getJson<FrontErrorBody>(simulator, `/contacts?limit=30&page_token=${token}`);
    expect(other.status).toBe(400);
    expect(other.body._error.title).toBe('Bad request');
    const inherited = await getJson<FrontListBody<Identified>>(simulator, `/contacts?page_token=${token}`);
    expect(inherited.status).toBe(200);
    expect(inherited.body._results).toHaveLength(25);
  });

  it('rejects a token used on another list or with other filters', async () => {
    const first = await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=25');
    const token = pageTokenOf(first.body._pagination?.next ?? '');
    expect((await getJson<FrontErrorBody>(simulator, `/accounts?limit=25&page_token=${token}`)).status).toBe(400);
    expect((await getJson<FrontErrorBody>(simulator, `/contacts?limit=25&sort_order=asc&page_token=${token}`)).status).toBe(400);
  });

  it.each(['garbage', 'ab'.repeat(64), `${'0'.repeat(127)}g`])('rejects the page token %s with a 400', async (token) => {
    const reply = await getJson<FrontErrorBody>(simulator, `/contacts?limit=25&page_token=${token}`);
    expect(reply.status).toBe(400);
    expect(reply.body._error.status).toBe(400);
  });

  it('rejects a token whose hex was tampered with', async () => {
    const first = await getJson<FrontListBody<Identified>>(simulator, '/contacts?limit=25');
    const token = pageTokenOf(first.body._pagination?.next ?? '');
    const flipped = `${token.slice(0, 20)}${token[20] === '0' ? '1' : '0'}${token.slice(21)}`;
    expect((await getJson<FrontErrorBody>(simulator, `/contacts?limit=25&page_token=${flipped}`)).status).toBe(400);
  });

  it('keeps honouring a token from a simulator restarted with the same options (no server memory)', async () => {
    const first = await getJson<FrontListBody<Identified>>(simulator, '/tags?limit=10');
    const token = pageTokenOf(first.body._pagination?.next ?? '');
    const again = await getJson<FrontListBody<Identified>>(simulator, `/tags?limit=10&page_token=${token}`);
    const restarted = await startFrontSimulator({ token: testToken, linkBaseUrl: testLinkBase, sizes: { ...defaultSizesForTags } });
    try {
      const fromRestart = await getJson<FrontListBody<Identified>>(restarted, `/tags?limit=10&page_token=${token}`);
      expect(fromRestart.status).toBe(200);
      expect(idsOf(fromRestart.body._results)).toEqual(idsOf(again.body._results));
    } finally {
      await restarted.close();
    }
  });
});

const defaultSizesForTags = {
  conversations: 0,
  contacts: 0,
  inboxes: 0,
  teammates: 0,
  tags: 50,
  accounts: 0,
  maxMessagesPerConversation: 0,
  maxCommentsPerConversation: 0,
};
