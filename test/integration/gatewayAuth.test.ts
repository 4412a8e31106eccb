import { startTestGateway, type TestGateway } from '../helpers/testGateway';

const KEYS = ['first-key-0123456789abcdef', 'second-key-0123456789abcdef'];

describe('gateway auth with GATEWAY_API_KEYS', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ GATEWAY_API_KEYS: KEYS.join(', ') });
  });
  afterAll(() => gateway.stop());

  const post = (headers: Record<string, string>) =>
    fetch(`${gateway.runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ ok }' }) });

  it.each([
    ['no Authorization header', {}],
    ['a wrong key', { authorization: 'Bearer wrong-key-0123456789abcdef' }],
    ['a right key with another scheme', { authorization: `Basic ${KEYS[0] ?? ''}` }],
    ['a prefix of a right key', { authorization: 'Bearer first-key-0123' }],
  ])('answers 401 JSON to %s, without running the query', async (_case, headers: Record<string, string>) => {
    const response = await post(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="helpdesk-graph"');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid API key: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it.each(KEYS)('answers 200 with data to Bearer %s', async (key) => {
    const response = await post({ authorization: `Bearer ${key}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
  });

  it('keeps /health open', async () => {
    const response = await fetch(`${gateway.runtime.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('protects /metrics too (Prometheus sends the key as a bearer token)', async () => {
    expect((await fetch(`${gateway.runtime.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${gateway.runtime.url}/metrics`, { headers: { authorization: `Bearer ${KEYS[1] ?? ''}` } })).status).toBe(200);
  });

  it('serves the GraphiQL page without a key (it holds no data; its queries need one)', async () => {
    const response = await fetch(`${gateway.runtime.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.status).not.toBe(401);
  });
});

describe('without GATEWAY_API_KEYS', () => {
  it('leaves /graphql open', async () => {
    const gateway = await startTestGateway({});
    try {
      expect(await gateway.query('{ ok }')).toEqual({ status: 200, data: { ok: true } });
    } finally {
      await gateway.stop();
    }
  });
});
