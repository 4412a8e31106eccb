import fc from 'fast-check';

import { isPathSegment } from '../../src/providers/pathSegment';
import { fromGlobalId } from '../../src/relay/globalId';
import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { frontEnv, type GraphQLResponse, intercomEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/** Connections of each provider, as `namespace.field`. */
const CONNECTIONS = ['zendesk.tickets', 'zendesk.users', 'intercom.conversations', 'intercom.contacts', 'front.conversations', 'front.contacts'] as const;
/** Codes an input mistake may produce; anything else (INTERNAL_SERVER_ERROR above all) is a bug. */
const INPUT_CODES = new Set(['BAD_CURSOR', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

const BASE64URL_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
/** Values that are dangerous where a string becomes part of an upstream URL: dot segments, URLs, slashes, escapes. */
const URLISH = fc.constantFrom('.', '..', ' .. ', '', '/', '//evil.example/x', '../users.json', '%2e%2e', '.%2e', 'https://evil.example/', 'http://169.254.169.254/latest');

/*
 * Every arbitrary that does not need the minted cursors is built here, at module load, before any
 * gateway or socket exists. The first `fc.string({ unit: 'binary' })` runs ~1.2 s of synchronous
 * setup (measured; 2–9 s on a loaded machine). Built inside a test, it froze the event loop that
 * this process shares with the gateway's HTTP server, between two requests on one keep-alive
 * socket: the server's idle timer (5 s + Node's 1 s grace, a real clock) fired as soon as the loop
 * ran again, while undici's keep-alive clock (advanced 0.5 s per timer tick, so a frozen loop
 * counts as one tick) still held the socket as usable and sent the next request on it →
 * `SocketError: other side closed` / ECONNRESET, at the first request after the freeze (seen in 8
 * of 30 runs under load, every time on that request, after 5.9–8.8 s without traffic).
 */
const anyText = (maxLength: number) => fc.string({ maxLength });
const binaryText = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const base64urlText = fc.string({ unit: fc.constantFrom(...BASE64URL_CHARS), minLength: 1, maxLength: 300 });
const noiseCursor = fc.oneof(anyText(300), binaryText(100), base64urlText, URLISH);
const spelledId = fc
  .tuple(fc.constantFrom('zendesk', 'intercom', 'front', 'jira', ''), fc.constantFrom('ZendeskTicket', 'IntercomContact', 'IntercomCompany', 'FrontContact', 'Nope', 'x'), fc.oneof(anyText(20), URLISH))
  .map(([provider, type, id]) => Buffer.from(`${provider}:${type}:${id}`, 'utf8').toString('base64url'));
const anyId = fc.oneof(anyText(100), binaryText(60), spelledId);
const pathText = fc.oneof(anyText(30), binaryText(20), URLISH, URLISH.map((value) => `a${value}`), fc.constantFrom('\ud800', 'a\udc00', '\udbff\ud800'));
const count = fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.constantFrom(0, 1, 500, 501, 2 ** 31 - 1, -(2 ** 31)), fc.constant(null));

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
  /** Lets the read-ahead (on by default) an earlier probe started land before this one is counted. */
  async function quiet(): Promise<void> {
    for (let seen = -1; seen !== upstreamCalls(); ) {
      seen = upstreamCalls();
      await gateway.runtime.gateway.whenIdle();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function probe(query: string, variables: Record<string, unknown>): Promise<{ response: GraphQLResponse; calls: number }> {
    await quiet();
    const before = upstreamCalls();
    const response = await gateway.query(query, variables);
    expect(response.status).toBeLessThan(500);
    for (const error of response.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    return { response, calls: upstreamCalls() - before };
  }

  const refusedAsInput = (response: GraphQLResponse) =>
    (response.errors ?? []).length > 0 && (response.errors ?? []).every((error) => INPUT_CODES.has(String(error.extensions?.code)));

  it('refuses every cursor it did not mint (random, base64url noise, URLs, one-character edits) with no provider call', async () => {
    const edited = fc
      .tuple(fc.nat({ max: 17 }), fc.nat(), fc.constantFrom(...BASE64URL_CHARS))
      .map(([which, at, char]) => {
        const cursor = minted[which] ?? '';
        const index = at % cursor.length;
        return { cursor: `${cursor.slice(0, index)}${char}${cursor.slice(index + 1)}`, original: cursor };
      })
      // A change in the unused low bits of the last character decodes to the same bytes: the same cursor.
      .filter(({ cursor, original }) => !Buffer.from(cursor, 'base64url').equals(Buffer.from(original, 'base64url')))
      .map(({ cursor }) => cursor);
    const cursor = fc.oneof(noiseCursor, edited);
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

  it('answers node(id:) for any id without a 5xx, and calls no provider for an id that does not decode or names no record', async () => {
    await fc.assert(
      fc.asyncProperty(anyId, async (value) => {
        const { response, calls } = await probe('query N($id: ID!) { node(id: $id) { id } }', { id: value });
        if (!decodesToLookup(value)) {
          expect(refusedAsInput(response)).toBe(true);
          expect(calls).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps any string put into an upstream path inside its endpoint, and refuses dot segments with no provider call', async () => {
    // `segment`: what each field sends as the segment (Front's query is trimmed first).
    const lists = [
      { query: 'query P($v: String!) { front { searchConversations(query: $v, first: 1) { edges { node { nativeId } } } } }', prefix: '/conversations/search/', segment: (value: string) => value.trim() },
      { query: 'query P($v: String) { zendesk { articles(locale: $v, first: 1) { edges { node { nativeId } } } } }', prefix: '/api/v2/help_center/', segment: (value: string) => value },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), pathText, async (list, value) => {
        const before = [zendesk, front].map((simulator) => simulator.requests.entries.length);
        const { response, calls } = await probe(list.query, { v: value });
        // The simulators log the path as their URL parser resolved it: a dot segment would show here as another endpoint.
        const paths = [zendesk, front].flatMap((simulator, index) => simulator.requests.entries.slice(before[index]).map((entry) => entry.path));
        for (const path of paths) expect(path.startsWith(list.prefix)).toBe(true);
        if (!isPathSegment(list.segment(value))) {
          expect(refusedAsInput(response)).toBe(true);
          expect(calls).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers any first/last/after/before combination without a 5xx, and refused ones cost no provider call', async () => {
    const cursor = fc.oneof(fc.constant(null), fc.constantFrom(...minted), anyText(20));
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

/** A global id the gateway would look up: it decodes, and its native id can be a path segment. */
function decodesToLookup(id: string): boolean {
  try {
    return isPathSegment(fromGlobalId(id).nativeId);
  } catch {
    return false;
  }
}
