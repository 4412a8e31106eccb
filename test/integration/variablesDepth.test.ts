import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import { intercomEnv, startTestGateway, type TestGateway } from '../helpers/testGateway';

const SEARCH = 'query ($f: IntercomConversationFilter!) { intercom { searchConversations(filter: $f, first: 1) { edges { node { id } } } } }';
const CONDITION = '{"field":"STATE","operator":"EQ","value":"open"}';

/** A filter nested `groups` levels of `{ and: [ … ] }` deep, written as JSON text: JSON.stringify itself recurses. */
function nestedFilter(groups: number): string {
  return `${'{"and":['.repeat(groups)}${CONDITION}${']}'.repeat(groups)}`;
}

/**
 * Deeply nested variables are refused as input before execution. graphql-js coerces variable values
 * recursively and overflowed its stack on a filter ~1,000 groups deep, which was answered as
 * INTERNAL_SERVER_ERROR (src/plugins/variablesDepthPlugin.ts).
 */
describe('deeply nested variables over HTTP', () => {
  let intercom: IntercomSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    intercom = await startIntercomSimulator({ sizes: { conversations: 10, contacts: 10, companies: 2, admins: 2, teams: 1, tags: 2, tickets: 2 } });
    gateway = await startTestGateway(intercomEnv(intercom));
  });
  afterAll(async () => {
    await gateway.stop();
    await intercom.close();
  });
  beforeEach(() => intercom.requests.clear());

  async function post(body: string): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> } }> {
    const response = await fetch(`${gateway.runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> } };
  }

  it.each([1_000, 10_000])('refuses a filter variable %i groups deep with BAD_USER_INPUT (400), no upstream call', async (groups) => {
    const answer = await post(`{"query":${JSON.stringify(SEARCH)},"variables":{"f":${nestedFilter(groups)}}}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(intercom.requests.entries).toEqual([]);
  });

  it('refuses a deep variable the operation does not even declare', async () => {
    const deepList = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const answer = await post(`{"query":"{ __typename }","variables":{"unused":${deepList}}}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('still runs a filter nested as deep as Intercom allows', async () => {
    const filter = `{"and":[{"or":[${CONDITION},{"field":"STATE","operator":"EQ","value":"closed"}]},${CONDITION}]}`;
    const answer = await post(`{"query":${JSON.stringify(SEARCH)},"variables":{"f":${filter}}}`);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(intercom.requests.entries.map((entry) => entry.path)).toEqual(['/conversations/search']);
  });
});
