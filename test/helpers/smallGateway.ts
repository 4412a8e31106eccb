import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from './testGateway';

/** Nothing listens on the discard port: Intercom and Front point here, so the gateway seeds no in-process simulator for them. */
const CLOSED_PORT_URL = 'http://127.0.0.1:9';

export interface SmallGateway {
  readonly gateway: TestGateway;
  readonly simulator: ZendeskSimulator;
  stop(): Promise<void>;
}

/**
 * The real HTTP server over a 20-ticket Zendesk simulator, for tests about the HTTP layer (CORS,
 * readiness) rather than data: the default in-process simulators take seconds to seed.
 */
export async function startSmallGateway(env: Record<string, string> = {}): Promise<SmallGateway> {
  const simulator = await startZendeskSimulator({ sizes: { tickets: 20, users: 5, organizations: 2, groups: 2, articles: 2, maxCommentsPerTicket: 1 } });
  const gateway = await startTestGateway({
    ...zendeskEnv(simulator),
    INTERCOM_BASE_URL: CLOSED_PORT_URL,
    INTERCOM_TOKEN: 'unused-intercom-token',
    FRONT_BASE_URL: CLOSED_PORT_URL,
    FRONT_TOKEN: 'unused-front-token',
    ...env,
  });
  return {
    gateway,
    simulator,
    async stop() {
      await gateway.stop();
      await simulator.close();
    },
  };
}
