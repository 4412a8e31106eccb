import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom } from './intercomHttp';

const sizes = { conversations: 10, contacts: 10, companies: 5, admins: 2, teams: 1, tags: 2, tickets: 2 };

describe('Intercom auth and versions', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    sim = await startIntercomSimulator({ sizes, token: 'secret' });
  });
  afterAll(() => sim.close());

  it.each([
    ['no token', null],
    ['a wrong token', 'wrong'],
  ])('answers %s with 401 and the unauthorized error list', async (_name, token) => {
    const result = await callIntercom(sim, 'GET', '/conversations', { token });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      type: 'error.list',
      request_id: expect.any(String),
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
  });

  it('accepts every spec version and Unstable, and rejects an unknown Intercom-Version with 400', async () => {
    for (const version of ['1.0', '2.14', '2.16', 'Unstable']) {
      expect((await callIntercom(sim, 'GET', '/admins', { token: 'secret', version })).status).toBe(200);
    }
    const result = await callIntercom(sim, 'GET', '/admins', { token: 'secret', version: '3.0' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ type: 'error.list', errors: [{ code: 'intercom_version_invalid' }] });
  });
});

describe('Intercom rate limit', () => {
  it('answers past the limit with 429, Retry-After and an errors[].message body', async () => {
    const sim = await startIntercomSimulator({ sizes, rateLimit: { requests: 2, perSeconds: 60 } });
    try {
      expect((await callIntercom(sim, 'GET', '/admins')).status).toBe(200);
      expect((await callIntercom(sim, 'GET', '/admins')).status).toBe(200);
      const limited = await callIntercom(sim, 'GET', '/admins');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.body).toMatchObject({ type: 'error.list', errors: [{ code: 'rate_limit_exceeded', message: expect.any(String) }] });
      expect(sim.requests.entries.map((entry) => entry.status)).toEqual([200, 200, 429]);
    } finally {
      await sim.close();
    }
  });
});
