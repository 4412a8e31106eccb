import { type SmallGateway, startSmallGateway } from '../helpers/smallGateway';
import type { TestGateway } from '../helpers/testGateway';

const KEY = 'cors-test-key-0123456789abcdef';
const APP = 'http://app.example.test:5173';
const OTHER_APP = 'https://admin.example.test';
const STRANGER = 'https://evil.example.test';
const QUERY = JSON.stringify({ query: '{ zendesk { tickets(first: 1) { totalCount } } }' });

/** The access-control-* headers of a response, and its Vary. */
function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));
}

function preflight(gateway: TestGateway, origin: string, path = '/graphql'): Promise<Response> {
  return fetch(`${gateway.runtime.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

function post(gateway: TestGateway, headers: Record<string, string>): Promise<Response> {
  return fetch(`${gateway.runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
}

describe('CORS by default: same-origin only', () => {
  let small: SmallGateway;
  let gateway: TestGateway;
  beforeAll(async () => {
    small = await startSmallGateway();
    gateway = small.gateway;
  });
  afterAll(() => small.stop());

  it('sends no CORS header at all, so browsers keep other origins out', async () => {
    const answer = await preflight(gateway, APP);
    // Not a preflight answer: the request reaches Apollo, whose CSRF rule refuses it, as before issue 22.
    expect(answer.status).toBe(400);
    expect(corsHeaders(answer)).toEqual({});
    const actual = await post(gateway, { origin: APP });
    expect(actual.status).toBe(200);
    expect(corsHeaders(actual)).toEqual({});
  });
});

describe('CORS with CORS_ORIGINS and GATEWAY_API_KEYS', () => {
  let small: SmallGateway;
  let gateway: TestGateway;
  beforeAll(async () => {
    small = await startSmallGateway({ CORS_ORIGINS: `${APP}, ${OTHER_APP}`, GATEWAY_API_KEYS: KEY });
    gateway = small.gateway;
  });
  afterAll(() => small.stop());

  it.each([APP, OTHER_APP])('answers the preflight of %s with 204 and its allow headers, before (and without) the API key', async (origin) => {
    const answer = await preflight(gateway, origin);
    expect(answer.status).toBe(204);
    expect(await answer.text()).toBe('');
    expect(corsHeaders(answer)).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers':
        'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version, x-request-id, traceparent, tracestate',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  });

  it('refuses the preflight of an origin not listed with 403 and no allow header', async () => {
    const answer = await preflight(gateway, STRANGER);
    expect(answer.status).toBe(403);
    expect(corsHeaders(answer)).toEqual({ vary: 'Origin' });
    expect(await answer.json()).toEqual({ error: 'Origin not allowed: the gateway answers only the origins in CORS_ORIGINS' });
  });

  it('compares origins exactly: another port, scheme or a subdomain is another origin', async () => {
    for (const origin of ['http://app.example.test:5174', 'https://app.example.test:5173', 'http://x.app.example.test:5173', 'null']) {
      expect((await preflight(gateway, origin)).status).toBe(403);
    }
  });

  it('leaves OPTIONS that is not a preflight, and preflights to other paths, to the usual routes', async () => {
    const plain = await fetch(`${gateway.runtime.url}/graphql`, { method: 'OPTIONS', headers: { origin: APP } });
    expect(plain.status).toBe(401);
    const metrics = await preflight(gateway, APP, '/metrics');
    expect(metrics.status).toBe(401);
    expect(corsHeaders(metrics)).toEqual({});
  });

  it('still needs the key for the actual request, and lets the page read the 401', async () => {
    const refused = await post(gateway, { origin: APP });
    expect(refused.status).toBe(401);
    expect(corsHeaders(refused)).toEqual({ 'access-control-allow-origin': APP, 'access-control-expose-headers': 'x-request-id', vary: 'Origin' });
    expect(((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers the actual request of a listed origin with its origin echoed, never `*`', async () => {
    const answer = await post(gateway, { origin: OTHER_APP, authorization: `Bearer ${KEY}` });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data?: { zendesk: { tickets: { totalCount: number } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.zendesk.tickets.totalCount).toBe(20);
    expect(corsHeaders(answer)).toEqual({ 'access-control-allow-origin': OTHER_APP, 'access-control-expose-headers': 'x-request-id', vary: 'Origin' });
  });

  it('serves other origins and requests without Origin without allow headers, but varies on Origin', async () => {
    const stranger = await post(gateway, { origin: STRANGER, authorization: `Bearer ${KEY}` });
    expect(stranger.status).toBe(200);
    expect(corsHeaders(stranger)).toEqual({ vary: 'Origin' });
    const sameOrigin = await post(gateway, { authorization: `Bearer ${KEY}` });
    expect(sameOrigin.status).toBe(200);
    expect(corsHeaders(sameOrigin)).toEqual({ vary: 'Origin' });
  });
});

describe('CORS_CREDENTIALS and `*`', () => {
  it('adds Access-Control-Allow-Credentials to the preflight and the response with CORS_CREDENTIALS=true', async () => {
    const small = await startSmallGateway({ CORS_ORIGINS: APP, CORS_CREDENTIALS: 'true' });
    const { gateway } = small;
    try {
      expect(corsHeaders(await preflight(gateway, APP))).toMatchObject({ 'access-control-allow-origin': APP, 'access-control-allow-credentials': 'true' });
      expect(corsHeaders(await post(gateway, { origin: APP }))).toMatchObject({ 'access-control-allow-origin': APP, 'access-control-allow-credentials': 'true' });
      expect(corsHeaders(await preflight(gateway, STRANGER))).toEqual({ vary: 'Origin' });
    } finally {
      await small.stop();
    }
  });

  it('answers every origin with `*` and no Vary when CORS_ORIGINS=*', async () => {
    const small = await startSmallGateway({ CORS_ORIGINS: '*' });
    const { gateway } = small;
    try {
      const answer = await preflight(gateway, STRANGER);
      expect(answer.status).toBe(204);
      expect(corsHeaders(answer)).toMatchObject({ 'access-control-allow-origin': '*' });
      expect(corsHeaders(answer)).not.toHaveProperty('vary');
      expect(corsHeaders(answer)).not.toHaveProperty('access-control-allow-credentials');
      expect(corsHeaders(await post(gateway, { origin: APP }))).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-request-id' });
    } finally {
      await small.stop();
    }
  });
});
