import { startZendeskSimulator, type ZendeskSimulator } from '../../../../src/providers/zendesk/simulator';
import { API_TOKEN, basicToken, EMAIL, fetchZendesk } from './fetchZendesk';

const SMALL = { tickets: 30, users: 20, organizations: 3, groups: 2, articles: 10, maxCommentsPerTicket: 2 };

describe('authentication', () => {
  let sim: ZendeskSimulator;
  beforeAll(async () => {
    sim = await startZendeskSimulator({ sizes: SMALL });
  });
  afterAll(async () => {
    await sim.close();
  });

  it.each([
    ['no credentials', null],
    ['a wrong API token', basicToken(EMAIL, 'wrong-token')],
    ['another email', basicToken('someone@example.com', API_TOKEN)],
    ['email:password Basic (not simulated)', `Basic ${Buffer.from(`${EMAIL}:${API_TOKEN}`).toString('base64')}`],
    ['a wrong bearer token', 'Bearer nope'],
  ])('answers 401 to %s', async (_label, authorization) => {
    const reply = await fetchZendesk(sim, '/api/v2/tickets.json', authorization);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: "Couldn't authenticate you" });
  });

  it('accepts an API token as Basic {email}/token:{token} and as an OAuth bearer token', async () => {
    expect((await fetchZendesk(sim, '/api/v2/tickets.json')).status).toBe(200);
    expect((await fetchZendesk(sim, '/api/v2/tickets.json', `Bearer ${API_TOKEN}`)).status).toBe(200);
  });

  it('honours custom credentials', async () => {
    const custom = await startZendeskSimulator({ sizes: SMALL, credentials: { email: 'me@acme.test', apiToken: 't0k3n' } });
    try {
      expect((await fetchZendesk(custom, '/api/v2/groups', basicToken('me@acme.test', 't0k3n'))).status).toBe(200);
      expect((await fetchZendesk(custom, '/api/v2/groups')).status).toBe(401);
    } finally {
      await custom.close();
    }
  });

  it('logs every request with its status', async () => {
    sim.requests.clear();
    await fetchZendesk(sim, '/api/v2/users?page[size]=5');
    expect(sim.requests.entries).toEqual([{ method: 'GET', path: '/api/v2/users', query: '?page[size]=5', status: 200 }]);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After and Zendesk\'s TooManyRequests body past the limit', async () => {
    const sim = await startZendeskSimulator({ sizes: SMALL, rateLimit: { requests: 2, perSeconds: 60 } });
    try {
      expect((await fetchZendesk(sim, '/api/v2/tickets')).status).toBe(200);
      expect((await fetchZendesk(sim, '/api/v2/tickets')).status).toBe(200);
      const limited = await fetchZendesk(sim, '/api/v2/tickets');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.body).toEqual({ errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] });
    } finally {
      await sim.close();
    }
  });
});
