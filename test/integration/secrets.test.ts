import { Writable } from 'node:stream';

import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { type Runtime, startRuntime } from '../../src/runtime/startRuntime';
import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';

const ZENDESK = { email: 'agent@example.com', apiToken: 'zendesk-token-SECRET-0001' };
const INTERCOM_TOKEN_SENT = 'intercom-token-SECRET-0002';
const FRONT_TOKEN_SENT = 'front-token-SECRET-0003';
const CURSOR_SECRET = 'cursor-secret-SECRET-0004-0123456789abcdef';
const API_KEY = 'gateway-key-SECRET-0005-abcdef';

/** Every credential of the run, in every form it is sent in (Zendesk's is Basic base64 of "email/token:token"). */
const SECRETS = [
  ZENDESK.apiToken,
  Buffer.from(`${ZENDESK.email}/token:${ZENDESK.apiToken}`).toString('base64'),
  INTERCOM_TOKEN_SENT,
  FRONT_TOKEN_SENT,
  'simulator-intercom-token-0006',
  'simulator-front-token-0007',
  CURSOR_SECRET,
  API_KEY,
];
/** An Authorization value in any shape: scheme followed by a credential. */
const AUTHORIZATION_VALUE = /\b(Bearer|Basic)\s+[A-Za-z0-9+/=._~-]{6,}/;

describe('secrets never leave the gateway', () => {
  let zendesk: ZendeskSimulator;
  let intercom: IntercomSimulator;
  let front: FrontSimulator;
  let runtime: Runtime;
  const logLines: string[] = [];
  const answers: string[] = [];

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({
      sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 600, articles: 10 },
      credentials: ZENDESK,
      // 429s, 5xx and dropped connections on the ticket list and its count.
      faults: { seed: 5, rateLimitedRate: 0.3, retryAfterSeconds: 0, serverErrorRate: 0.1, dropRate: 0.1, pathPattern: /tickets/ },
    });
    // Both answer 401: the gateway sends other tokens than the simulators accept.
    intercom = await startIntercomSimulator({ token: 'simulator-intercom-token-0006' });
    front = await startFrontSimulator({ token: 'simulator-front-token-0007' });
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'trace',
      CURSOR_SECRET,
      GATEWAY_API_KEYS: API_KEY,
      UPSTREAM_MAX_RETRIES: '2',
      UPSTREAM_RETRY_BASE_DELAY_MS: '1',
      ZENDESK_BASE_URL: zendesk.url,
      ZENDESK_EMAIL: ZENDESK.email,
      ZENDESK_API_TOKEN: ZENDESK.apiToken,
      INTERCOM_BASE_URL: intercom.url,
      INTERCOM_TOKEN: INTERCOM_TOKEN_SENT,
      FRONT_BASE_URL: front.url,
      FRONT_TOKEN: FRONT_TOKEN_SENT,
    });
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    runtime = await startRuntime(config, createLogger(config.logLevel, destination));
  });
  afterAll(async () => {
    await runtime.stop();
    await Promise.all([zendesk.close(), intercom.close(), front.close()]);
  });

  async function send(query: string, variables: Record<string, unknown> = {}, key = API_KEY): Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> {
    const response = await fetch(`${runtime.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    answers.push(text);
    return JSON.parse(text) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  }

  it('runs a session full of failures: 401s, 429s, 5xx, dropped connections, bad cursors, a bad gateway key', async () => {
    const tickets = 'query($after: String) { zendesk { tickets(first: 200, after: $after) { totalCount pageInfo { endCursor } nodes { nativeId } } } }';
    const codes: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result = await send(tickets, { after });
      codes.push(...(result.errors ?? []).map((error) => error.extensions?.code ?? ''));
      after = (result.data as { zendesk?: { tickets?: { pageInfo?: { endCursor?: string } } } } | null)?.zendesk?.tickets?.pageInfo?.endCursor ?? null;
      answers.push(after ?? '');
      if (after !== null) answers.push(Buffer.from(after, 'base64url').toString('utf8'));
    }
    for (const query of ['{ intercom { conversations(first: 5) { nodes { nativeId } } } }', '{ front { conversations(first: 5) { nodes { nativeId } } } }']) {
      codes.push(...((await send(query)).errors ?? []).map((error) => error.extensions?.code ?? ''));
    }
    const tampered = after === null ? 'AAAA' : `${after.slice(0, -2)}${after.endsWith('A') ? 'B' : 'A'}A`;
    for (const cursor of ['garbage', tampered, Buffer.from(ZENDESK.apiToken).toString('base64url')]) {
      codes.push(...((await send(tickets, { after: cursor })).errors ?? []).map((error) => error.extensions?.code ?? ''));
    }
    const unauthorized = await fetch(`${runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: '{"query":"{ ok }"}' });
    answers.push(await unauthorized.text());
    answers.push(await (await fetch(`${runtime.url}/metrics`, { headers: { authorization: `Bearer ${API_KEY}` } })).text());
    expect(codes).toEqual(expect.arrayContaining(['UPSTREAM_AUTH_FAILED', 'BAD_CURSOR']));
    expect(zendesk.requests.entries.some((entry) => entry.status === 429)).toBe(true);
    expect(zendesk.requests.entries.some((entry) => entry.status >= 500)).toBe(true);
    expect(zendesk.requests.entries.some((entry) => entry.status === 0)).toBe(true);
    expect(intercom.requests.entries.map((entry) => entry.status)).toEqual([401]);
    expect(front.requests.entries.map((entry) => entry.status)).toEqual([401]);
  });

  it('wrote logs (at trace level, retries included) without any credential or Authorization value', () => {
    const logs = logLines.join('');
    expect(logs).toMatch(/retrying upstream call/);
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(AUTHORIZATION_VALUE);
  });

  it('answered (data, errors, cursors, 401s, /metrics) without any credential or Authorization value', () => {
    const sent = answers.join('\n');
    expect(sent).toMatch(/UPSTREAM_AUTH_FAILED/);
    for (const secret of SECRETS) expect(sent).not.toContain(secret);
    expect(sent).not.toMatch(AUTHORIZATION_VALUE);
  });
});
