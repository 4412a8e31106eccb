import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { frontEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

const SMALL_ZENDESK = { tickets: 20, users: 10, organizations: 2, groups: 2, articles: 1, maxCommentsPerTicket: 1 };
const SMALL_FRONT = { conversations: 20, contacts: 10, inboxes: 2, teammates: 3, tags: 3, accounts: 2, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 };

describe('one provider failing does not take the others down', () => {
  let zendesk: ZendeskSimulator;
  let front: FrontSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: SMALL_ZENDESK });
    front = await startFrontSimulator({ sizes: SMALL_FRONT });
    // Front is configured with a token it refuses: every Front call answers 401.
    gateway = await startTestGateway({ ...zendeskEnv(zendesk), ...frontEnv(front, 'revoked-front-token') });
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all([zendesk.close(), front.close()]);
  });

  it('keeps Zendesk data when the Front namespace fails, with the coded error at its path', async () => {
    const response = await gateway.query<{ zendesk: { tickets: { nodes: Array<{ nativeId: string }> } }; front: null }>(
      '{ zendesk { tickets(first: 3) { nodes { nativeId } } } front { conversations(first: 3) { nodes { nativeId } } } }',
    );
    expect(response.status).toBe(200);
    expect(response.data?.zendesk.tickets.nodes).toHaveLength(3);
    expect(response.data?.front).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.path).toEqual(['front', 'conversations']);
    expect(response.errors?.[0]?.extensions?.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(JSON.stringify(response)).not.toContain('revoked-front-token');
  });
});
