import { Writable } from 'node:stream';

import { toGlobalId } from '../../src/relay/globalId';
import {
  credentialForms,
  ECHOED_FORMS,
  ERROR_SHAPES,
  type EchoingUpstream,
  type ErrorShape,
  startEchoingUpstream,
  UPSTREAM_CODES,
} from '../helpers/echoingUpstream';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../helpers/testGateway';

const ZENDESK = { email: 'agent@example.com', apiToken: 'zendesk+token/SECRET=0001' };
const INTERCOM_TOKEN = 'intercom-token-SECRET-0002';
const FRONT_TOKEN = 'front.token~SECRET_0003';

/** What the gateway sends each provider, as the runtime builds it. */
const AUTHORIZATION = {
  zendesk: `Basic ${Buffer.from(`${ZENDESK.email}/token:${ZENDESK.apiToken}`).toString('base64')}`,
  intercom: `Bearer ${INTERCOM_TOKEN}`,
  front: `Bearer ${FRONT_TOKEN}`,
} as const;
type Provider = keyof typeof AUTHORIZATION;

/** Every form of every credential of the run, as the fakes echo them. */
const SECRET_FORMS = Object.values(AUTHORIZATION).flatMap((header) =>
  Object.values(credentialForms(header)).filter((form): form is string => form !== null),
);
/** An Authorization value in any shape: scheme followed by a credential. */
const AUTHORIZATION_VALUE = /\b(Bearer|Basic)(\s|%20)+[A-Za-z0-9+/=._~%-]{6,}/;

const QUERIES: Readonly<Record<Provider, { readonly list: string; readonly nodeId: string }>> = {
  zendesk: { list: '{ zendesk { tickets(first: 5) { nodes { id } } } }', nodeId: toGlobalId('zendesk', 'ZendeskTicket', 1) },
  intercom: { list: '{ intercom { conversations(first: 5) { nodes { id } } } }', nodeId: toGlobalId('intercom', 'IntercomConversation', '123') },
  front: { list: '{ front { conversations(first: 5) { nodes { id } } } }', nodeId: toGlobalId('front', 'FrontConversation', 'cnv_1') },
};
const NODE = 'query ($id: ID!) { node(id: $id) { id } }';

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'UPSTREAM_ERROR',
  401: 'UPSTREAM_AUTH_FAILED',
  429: 'UPSTREAM_RATE_LIMITED',
  500: 'UPSTREAM_UNAVAILABLE',
};

const SHAPES = Object.keys(ERROR_SHAPES) as ErrorShape[];
const CASES = SHAPES.flatMap((shape) => [400, 401, 429, 500].flatMap((status) => ECHOED_FORMS.map((form) => [shape, status, form] as const)));

describe('upstream errors that echo the credentials reach neither clients nor logs with a secret', () => {
  const fakes = {} as Record<Provider, EchoingUpstream>;
  let gateway: TestGateway;
  const logLines: string[] = [];
  const answers: string[] = [];

  beforeAll(async () => {
    fakes.zendesk = await startEchoingUpstream();
    fakes.intercom = await startEchoingUpstream();
    fakes.front = await startEchoingUpstream();
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    gateway = await startTestGateway(
      {
        // One retry, so 429s (Retry-After: 0) go through the retry path and its log line too.
        UPSTREAM_MAX_RETRIES: '1',
        UPSTREAM_RETRY_BASE_DELAY_MS: '0',
        ZENDESK_BASE_URL: fakes.zendesk.url,
        ZENDESK_EMAIL: ZENDESK.email,
        ZENDESK_API_TOKEN: ZENDESK.apiToken,
        INTERCOM_BASE_URL: fakes.intercom.url,
        INTERCOM_TOKEN,
        FRONT_BASE_URL: fakes.front.url,
        FRONT_TOKEN,
      },
      log,
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all(Object.values(fakes).map((fake) => fake.close()));
  });

  it.each(CASES)('%s, HTTP %i, echoing the %s: provider, status and upstream code, and no secret', async (shape, status, form) => {
    const provider = ERROR_SHAPES[shape];
    const fake = fakes[provider];
    fake.answer(status, shape, form);
    const before = fake.received.length;
    const responses: GraphQLResponse[] = [await gateway.query(QUERIES[provider].list), await gateway.query(NODE, { id: QUERIES[provider].nodeId })];
    // The fake really was asked, with the credential this test derives its secret forms from.
    expect(fake.received.length).toBeGreaterThan(before);
    expect(new Set(fake.received.slice(before))).toEqual(new Set([AUTHORIZATION[provider]]));
    for (const response of responses) {
      const text = JSON.stringify(response);
      answers.push(text);
      expect(response.errors).toHaveLength(1);
      const [error] = response.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: CODE_BY_STATUS[status], provider, upstreamStatus: status });
      expect(error?.extensions?.upstreamCode).toEqual(expect.stringMatching(new RegExp(`^${UPSTREAM_CODES[shape]}\\b`)));
      for (const secret of SECRET_FORMS) expect(text).not.toContain(secret);
      expect(text).not.toMatch(AUTHORIZATION_VALUE);
    }
  });

  it('sent every answer and wrote every log line (retries included) without a secret', () => {
    expect(answers).toHaveLength(CASES.length * 2);
    const logs = logLines.join('');
    expect(logs).toMatch(/retrying upstream call/);
    for (const secret of SECRET_FORMS) {
      expect(answers.join('\n')).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toMatch(AUTHORIZATION_VALUE);
  });
});
