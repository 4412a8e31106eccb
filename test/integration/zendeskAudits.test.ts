import { cursorMinimum } from '../../bench/lib/minimum';
import { toGlobalId } from '../../src/relay/globalId';
import { startZendeskSimulator, type ZendeskAudit, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { callsTo, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';
import { traverseForward, type ConnectionPage } from '../helpers/traverse';

const newestFirst = (audits: ReadonlyArray<ZendeskAudit>): string[] =>
  [...audits].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id).map((audit) => String(audit.id));
const oldestFirst = (audits: ReadonlyArray<ZendeskAudit>): string[] =>
  [...audits].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id).map((audit) => String(audit.id));

const TICKET_AUDITS = `query ($id: ID!, $first: Int, $after: String) {
  node(id: $id) { ... on ZendeskTicket { audits(first: $first, after: $after) {
    edges { cursor node { nativeId ticketNativeId viaChannel events { nativeId type body fieldName value } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } } }
}`;

type AuditPage = Omit<ConnectionPage, 'edges'> & { readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: AuditNode }> };
type AuditNode = { nativeId: string; ticketNativeId: string; viaChannel: string | null; events: Array<{ nativeId: string; type: string; body: string | null; fieldName: string | null; value: string | null }> };

describe('Zendesk ticket audits over HTTP against the simulator', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 90, users: 20, articles: 1, maxCommentsPerTicket: 130 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });
  beforeEach(() => simulator.requests.clear());

  it('zendesk.ticketAudits visits every audit once, newest first, with first=150 and the minimal number of calls', async () => {
    const all = [...simulator.data.audits.values()].flat();
    expect(all.length).toBeGreaterThan(300);
    const result = await traverseForward(gateway, 'zendesk', 'ticketAudits', 150);
    expect(result.ids).toEqual(newestFirst(all));
    expect(callsTo(simulator, '/api/v2/ticket_audits')).toBe(cursorMinimum(all.length, 150, 100, true));
    expect(simulator.requests.entries).toHaveLength(callsTo(simulator, '/api/v2/ticket_audits'));
  });

  it('ZendeskTicket.audits visits every audit of a ticket with more than 100, oldest first, with first=150 and the minimal number of calls', async () => {
    const [ticketId, audits] = [...simulator.data.audits.entries()].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));
    expect(audits.length).toBeGreaterThan(100);
    const seen: AuditNode[] = [];
    let after: string | null = null;
    for (let request = 0; request < 20; request += 1) {
      const response: { errors?: unknown; data?: { node: { audits: AuditPage } } | null } = await gateway.query<{ node: { audits: AuditPage } }>(TICKET_AUDITS, {
        id: toGlobalId('zendesk', 'ZendeskTicket', ticketId),
        first: 150,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page: AuditPage | undefined = response.data?.node.audits;
      seen.push(...(page?.edges.map((edge) => edge.node) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.map((audit) => audit.nativeId)).toEqual(oldestFirst(audits));
    expect(seen.every((audit) => audit.ticketNativeId === String(ticketId) && audit.viaChannel === 'web')).toBe(true);
    const first = audits[0];
    expect(seen[0]?.events.map((event) => event.type)).toEqual(first?.events.map((event) => event.type));
    expect(seen[0]?.events[1]).toMatchObject({ fieldName: 'subject', value: simulator.data.tickets.find((ticket) => ticket.id === ticketId)?.subject });
    // node(id:) reads the ticket through show_many; its audits cost the cursor minimum.
    expect(callsTo(simulator, `/api/v2/tickets/${ticketId}/audits`)).toBe(cursorMinimum(audits.length, 150, 100, true));
  });

  it('resolves an audit\'s author through the users loader (one show_many per page)', async () => {
    const response = await gateway.query<{ zendesk: { ticketAudits: { nodes: Array<{ nativeId: string; author: { nativeId: string } | null }> } } }>(
      '{ zendesk { ticketAudits(first: 100) { nodes { nativeId author { nativeId } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const byId = new Map([...simulator.data.audits.values()].flat().map((audit) => [String(audit.id), audit]));
    for (const node of response.data?.zendesk.ticketAudits.nodes ?? []) expect(node.author?.nativeId).toBe(String(byId.get(node.nativeId)?.author_id));
    expect(callsTo(simulator, '/api/v2/users/show_many')).toBe(1);
  });
});
