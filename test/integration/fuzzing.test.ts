import fc from 'fast-check';

import { fromGlobalId } from '../../src/relay/globalId';
import { startFrontSimulator, type FrontSimulator } from '../../src/simulators/front';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/simulators/intercom';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/simulators/zendesk';
import { frontEnv, type GraphQLResponse, intercomEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/** Connections of each provider, as `namespace.field`. */
const CONNECTIONS = ['zendesk.tickets', 'zendesk.users', 'intercom.conversations', 'intercom.contacts', 'front.conversations', 'front.contacts'] as const;
/** Codes an input mistake may produce; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const INPUT_CODES = new Set(['BAD_CURSOR', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

function connectionQuery(connection: string): string {
  const [namespace, field] = connection.split('.');
  return `query F($first: Int, $after: String, $last: Int, $before: String) {
    ${namespace ?? ''} { ${field ?? ''}(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { nativeId } } } } }`;
}

/**
 * Property-based fuzzing through the real HTTP server: whatever a client sends as a cursor, a
 * global id or connection arguments, the gateway answers below 500 with coded errors, and input it
 * refuses costs no provider call.
 */
describe('fuzzing cursors, global ids and connection arguments over HTTP', () => {
  let zendesk: ZendeskSimulator;
  let intercom: IntercomSimulator;
  let front: FrontSimulator;
  let gateway: TestGateway;
  const minted: string[] = [];

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 300, users: 300, articles: 10 } });
    intercom = await startIntercomSimulator({ sizes: { conversations: 300, contacts: 300, companies: 10, admins: 3, teams: 2, tags: 5, tickets: 10 } });
    front = await startFrontSimulator({ sizes: { conversations: 300, contacts: 300, inboxes: 3, teammates: 3, tags: 5, accounts: 5, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 } });
    gateway = await startTestGateway({ ...zendeskEnv(zendesk), ...intercomEnv(intercom), ...frontEnv(front) });
    for (const connection of CONNECTIONS) {
      const response = await gateway.query<Record<string, Record<string, { edges: Array<{ cursor: string }> }>>>(connectionQuery(connection), { first: 3 });
      const [namespace, field] = connection.split('.');
      minted.push(...(response.data?.[namespace ?? '']?.[field ?? '']?.edges.map((edge) => edge.cursor) ?? []));
    }
    expect(minted).toHaveLength(18);
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all([zendesk.close(), intercom.close(), front.close()]);
  });

  const upstreamCalls = () => zendesk.requests.entries.length + intercom.requests.entries.length + front.requests.entries.length;

  /** Sends one request and checks the invariants every answer must keep; returns it and the calls it cost. */
  async function probe(query: string, variables: Record<string, unknown>): Promise<{ response: GraphQLResponse; calls: number }> {
    const before = upstreamCalls();
    const response = await gateway.query(query, variables);
    expect(response.status).toBeLessThan(500);
    for (const error of response.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    return { response, calls: upstreamCalls() - before };
  }

  const refusedAsInput = (response: GraphQLResponse) =>
    (response.errors ?? []).length > 0 && (response.errors ?? []).every((error) => INPUT_CODES.has(String(error.extensions?.code)));

  it('refuses every cursor it did not mint (random, base64url noise, one-character edits) with no provider call', async () => {
    const base64url = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 1, maxLength: 300 });
    const edited = fc
      .tuple(fc.nat({ max: 17 }), fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'))
      .map(([which, at, char]) => {
        const cursor = minted[which] ?? '';
        const index = at % cursor.length;
        return { cursor: `${cursor.slice(0, index)}${char}${cursor.slice(index + 1)}`, original: cursor };
      })
      // A change in the unused low bits of the last character decodes to the same bytes: the same cursor.
      .filter(({ cursor, original }) => !Buffer.from(cursor, 'base64url').equals(Buffer.from(original, 'base64url')))
      .map(({ cursor }) => cursor);
    const cursor = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), base64url, edited);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CONNECTIONS), cursor, fc.boolean(), async (connection, value, forward) => {
        const variables = forward ? { first: 5, after: value } : { last: 5, before: value };
        const { response, calls } = await probe(connectionQuery(connection), variables);
        expect(refusedAsInput(response)).toBe(true);
        expect(calls).toBe(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('answers node(id:) for any id without a 5xx, and calls no provider for an id that does not decode', async () => {
    const spelled = fc
      .tuple(fc.constantFrom('zendesk', 'intercom', 'front', 'jira', ''), fc.constantFrom('ZendeskTicket', 'IntercomContact', 'FrontContact', 'Nope', 'x'), fc.string({ maxLength: 20 }))
      .map(([provider, type, id]) => Buffer.from(`${provider}:${type}:${id}`, 'utf8').toString('base64url'));
    const id = fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 60 }), spelled);
    await fc.assert(
      fc.asyncProperty(id, async (value) => {
        const { response, calls } = await probe('query N($id: ID!) { node(id: $id) { id } }', { id: value });
        if (!decodes(value)) {
          expect(refusedAsInput(response)).toBe(true);
          expect(calls).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('answers any first/last/after/before combination without a 5xx, and refused ones cost no provider call', async () => {
    const count = fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.constantFrom(0, 1, 500, 501, 2 ** 31 - 1, -(2 ** 31)), fc.constant(null));
    const cursor = fc.oneof(fc.constant(null), fc.constantFrom(...minted), fc.string({ maxLength: 20 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CONNECTIONS), count, count, cursor, cursor, async (connection, first, last, after, before) => {
        const { response, calls } = await probe(connectionQuery(connection), { first, last, after, before });
        if ((response.errors ?? []).length > 0) {
          expect(refusedAsInput(response)).toBe(true);
          expect(calls).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

function decodes(id: string): boolean {
  try {
    fromGlobalId(id);
    return true;
  } catch {
    return false;
  }
}
