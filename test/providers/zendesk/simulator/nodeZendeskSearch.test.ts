import { createClient } from 'node-zendesk';
import { startZendeskSimulator, type ZendeskSimulator } from '../../../../src/providers/zendesk/simulator';
import { API_TOKEN, EMAIL } from './fetchZendesk';

/**
 * node-zendesk v6 (a client nobody here wrote) against the simulator's search endpoints.
 * `search.queryAll` follows `next_page` (dist/index.js `requestAll`); `search.exportResults(query,
 * type, size)` follows `links.next`. Not covered: its incremental helpers use the time-based export
 * (`tickets.incremental`, `users.incremental`), and `ticketexport.exportCursor(start, cursor)` is a
 * single page that sends `cursor=undefined` on a first call, so it cannot list a stream by itself.
 */
const ids = (records: ReadonlyArray<{ readonly id: number }>): number[] => records.map((record) => record.id).sort((a, b) => a - b);

describe('node-zendesk v6 search against the simulator (1,500 tickets)', () => {
  let sim: ZendeskSimulator;
  beforeAll(async () => {
    sim = await startZendeskSimulator({ sizes: { tickets: 1500, users: 300, organizations: 20, groups: 5, articles: 1, maxCommentsPerTicket: 1 } });
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(() => sim.requests.clear());

  const client = () => createClient({ username: EMAIL, token: API_TOKEN, endpointUri: `${sim.url}/api/v2` });

  it('lists every result of a search under 1,000 results through next_page', async () => {
    const users: ReadonlyArray<{ readonly id: number; readonly result_type: string }> = await client().search.queryAll('type:user');
    expect(ids(users)).toEqual(ids(sim.data.users));
    expect(users.every((user) => user.result_type === 'user')).toBe(true);
    expect(sim.requests.entries).toHaveLength(Math.ceil(300 / 100));
  });

  it('fails on page 11 of a search over 1,000 results, as Zendesk answers 422 there', async () => {
    await expect(client().search.queryAll('type:ticket')).rejects.toThrow(/422/);
    expect(sim.requests.entries.map((entry) => entry.status)).toEqual([...Array<number>(10).fill(200), 422]);
  });

  it('lists every ticket, past 1,000, through the search export', async () => {
    const tickets: ReadonlyArray<{ readonly id: number }> = await client().search.exportResults('#', 'ticket', 1000);
    expect(ids(tickets)).toEqual(ids(sim.data.tickets));
    expect(sim.requests.entries).toHaveLength(2);
    expect(sim.requests.entries.every((entry) => entry.path === '/api/v2/search/export.json' && entry.status === 200)).toBe(true);
  });
});
