import { cursorMinimum } from '../../bench/lib/minimum';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { traverseForward } from '../helpers/traverse';

describe('Zendesk satisfaction ratings and ticket fields over HTTP against the simulator', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 900, users: 30, articles: 1, customTicketFields: 150 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  it.each([
    ['satisfactionRatings', '/api/v2/satisfaction_ratings', () => simulator.data.satisfactionRatings],
    ['ticketFields', '/api/v2/ticket_fields', () => simulator.data.ticketFields],
  ] as const)('%s: every record once, in id order, with first=150 and the minimal number of calls', async (field, path, records) => {
    expect(records().length).toBeGreaterThan(100);
    const result = await traverseForward(gateway, 'zendesk', field, 150);
    expect(result.ids).toEqual(records().map((record) => record.id).sort((a, b) => a - b).map(String));
    expect(callsTo(simulator, path)).toBe(cursorMinimum(records().length, 150, 100, true));
    expect(simulator.requests.entries).toHaveLength(callsTo(simulator, path));
  });

  it('resolves a rating\'s ticket and requester through the loaders: one show_many each per page', async () => {
    const response = await gateway.query<{ zendesk: { satisfactionRatings: { nodes: Array<{ nativeId: string; score: string; ticket: { nativeId: string; status: string } | null; requester: { nativeId: string } | null }> } } }>(
      '{ zendesk { satisfactionRatings(first: 100) { nodes { nativeId score ticket { nativeId status } requester { nativeId } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const byId = new Map(simulator.data.satisfactionRatings.map((rating) => [String(rating.id), rating]));
    const nodes = response.data?.zendesk.satisfactionRatings.nodes ?? [];
    expect(nodes).toHaveLength(100);
    for (const node of nodes) {
      const source = byId.get(node.nativeId);
      expect(node).toMatchObject({ score: source?.score, ticket: { nativeId: String(source?.ticket_id) }, requester: { nativeId: String(source?.requester_id) } });
      expect(['solved', 'closed']).toContain(node.ticket?.status);
    }
    expect(callsTo(simulator, '/api/v2/tickets/show_many')).toBe(1);
    expect(callsTo(simulator, '/api/v2/users/show_many')).toBe(1);
  });
});
