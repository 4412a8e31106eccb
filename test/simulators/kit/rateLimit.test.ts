import { startFrontSimulator } from '../../../src/providers/front/simulator';
import { startIntercomSimulator } from '../../../src/providers/intercom/simulator';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from '../../../src/providers/zendesk/simulator';
import { createRateLimiter } from '../../../src/simulators/kit/rateLimit';
import type { RunningSimulator } from '../../../src/simulators/kit/simulatorServer';

describe('createRateLimiter (a manual clock, no waiting)', () => {
  it('fixed: admits `requests` per window opened by the first request, then resets', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ requests: 2, perSeconds: 10 }, () => now);
    expect(limiter.take()).toEqual({ admitted: true, window: { limit: 2, remaining: 1, resetAtSeconds: 1010, retryAfterSeconds: 10 } });
    now += 4_000;
    expect(limiter.take()).toMatchObject({ admitted: true, window: { remaining: 0 } });
    expect(limiter.take()).toEqual({ admitted: false, window: { limit: 2, remaining: 0, resetAtSeconds: 1010, retryAfterSeconds: 6 } });
    now += 6_000;
    expect(limiter.take()).toMatchObject({ admitted: true, window: { remaining: 1, resetAtSeconds: 1020 } });
  });

  it('sliding: never more than `requests` in any `perSeconds`; refused requests are not counted', () => {
    let now = 0;
    const limiter = createRateLimiter({ requests: 2, perSeconds: 10, window: 'sliding' }, () => now);
    const admitted = (at: number): boolean => {
      now = at;
      return limiter.take().admitted;
    };
    expect([admitted(0), admitted(6_000), admitted(9_999)]).toEqual([true, true, false]);
    // A fixed window opened at 0 would admit two more at 10 s; the sliding one frees one slot, then the next.
    expect([admitted(10_000), admitted(10_001), admitted(16_000)]).toEqual([true, false, true]);
    expect(limiter.peek()).toMatchObject({ remaining: 0, retryAfterSeconds: 4 });
  });

  it('rejects a limit that cannot be met', () => {
    expect(() => createRateLimiter({ requests: 0, perSeconds: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ requests: 1, perSeconds: 0 })).toThrow(RangeError);
  });
});

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function call(simulator: RunningSimulator, path: string, authorization: string): Promise<Answer> {
  const response = await fetch(`${simulator.url}${path}`, { headers: { authorization } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Sends `count` requests one after another; the limit is 2 per minute, so only the first two pass. */
async function burst(simulator: RunningSimulator, path: string, authorization: string, count: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let sent = 0; sent < count; sent += 1) answers.push(await call(simulator, path, authorization));
  return answers;
}

const zendeskAuth = `Basic ${Buffer.from(`${DEFAULT_ZENDESK_CREDENTIALS.email}/token:${DEFAULT_ZENDESK_CREDENTIALS.apiToken}`).toString('base64')}`;
const rateLimit = { requests: 2, perSeconds: 60 };

describe('each provider answers its own 429, and the request log counts them', () => {
  const nowSeconds = (): number => Math.floor(Date.now() / 1000);

  it('Zendesk: Retry-After, X-Rate-Limit and X-Rate-Limit-Remaining, and the TooManyRequests errors list', async () => {
    const simulator = await startZendeskSimulator({ sizes: { tickets: 5, users: 3, organizations: 1, groups: 1, articles: 1 }, rateLimit });
    try {
      const [first, second, limited, again] = await burst(simulator, '/api/v2/tickets.json', zendeskAuth, 4);
      expect([first?.status, second?.status, limited?.status, again?.status]).toEqual([200, 200, 429, 429]);
      expect(first?.headers.get('x-rate-limit')).toBe('2');
      expect(first?.headers.get('x-rate-limit-remaining')).toBe('1');
      expect(second?.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(limited?.headers.get('x-rate-limit')).toBe('2');
      expect(limited?.headers.get('x-rate-limit-remaining')).toBe('0');
      expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(limited?.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(limited?.headers.get('x-ratelimit-reset')).toBeNull();
      expect(limited?.body).toEqual({ errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] });
      expect(simulator.requests.entries.filter((entry) => entry.status === 429)).toHaveLength(2);
    } finally {
      await simulator.close();
    }
  });

  it('Intercom: X-RateLimit-Limit, -Remaining and -Reset (unix seconds), and the rate_limit_exceeded error list', async () => {
    const simulator = await startIntercomSimulator({ sizes: { conversations: 3, contacts: 3, companies: 1, tickets: 1 }, rateLimit });
    try {
      const before = nowSeconds();
      const [first, , limited] = await burst(simulator, '/admins', 'Bearer sim-intercom-token', 3);
      expect(first?.status).toBe(200);
      expect(first?.headers.get('x-ratelimit-limit')).toBe('2');
      expect(first?.headers.get('x-ratelimit-remaining')).toBe('1');
      expect(limited?.status).toBe(429);
      expect(limited?.headers.get('x-ratelimit-remaining')).toBe('0');
      const reset = Number(limited?.headers.get('x-ratelimit-reset'));
      expect(reset).toBeGreaterThanOrEqual(before + 59);
      expect(reset).toBeLessThanOrEqual(nowSeconds() + 61);
      expect(first?.headers.get('x-ratelimit-reset')).toBe(String(reset));
      expect(limited?.body).toEqual({
        type: 'error.list',
        request_id: expect.any(String),
        errors: [{ code: 'rate_limit_exceeded', message: expect.any(String) }],
      });
      expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([200, 200, 429]);
    } finally {
      await simulator.close();
    }
  });

  it('Front: X-Ratelimit-Limit, -Remaining, -Reset and Retry-After, and the _error body', async () => {
    const simulator = await startFrontSimulator({ sizes: { conversations: 3, contacts: 3, accounts: 2 }, rateLimit });
    try {
      const [first, , limited] = await burst(simulator, '/tags', 'Bearer sim-front-token', 3);
      expect(first?.status).toBe(200);
      expect(first?.headers.get('x-ratelimit-limit')).toBe('2');
      expect(first?.headers.get('x-ratelimit-remaining')).toBe('1');
      expect(Number(first?.headers.get('x-ratelimit-reset'))).toBeGreaterThan(nowSeconds());
      expect(limited?.status).toBe(429);
      expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited?.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited?.body).toEqual({ _error: { status: 429, title: 'Too Many Requests', message: expect.any(String) } });
      expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([200, 200, 429]);
    } finally {
      await simulator.close();
    }
  });

  it('is off by default: no limit headers and no 429', async () => {
    const simulator = await startFrontSimulator({ sizes: { conversations: 3, contacts: 3, accounts: 2 } });
    try {
      const answers = await burst(simulator, '/tags', 'Bearer sim-front-token', 5);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers[0]?.headers.get('x-ratelimit-limit')).toBeNull();
    } finally {
      await simulator.close();
    }
  });

  it('counts unauthorized requests too, as a provider counts every request of an account', async () => {
    const simulator = await startIntercomSimulator({ sizes: { conversations: 3, contacts: 3, companies: 1, tickets: 1 }, rateLimit });
    try {
      const answers = await burst(simulator, '/admins', 'Bearer wrong', 3);
      expect(answers.map((answer) => answer.status)).toEqual([401, 401, 429]);
      expect(answers[0]?.headers.get('x-ratelimit-remaining')).toBe('1');
    } finally {
      await simulator.close();
    }
  });

  it('answers an injected 429 (fault plan) in the same provider format, through the same path', async () => {
    const simulator = await startFrontSimulator({
      sizes: { conversations: 3, contacts: 3, accounts: 2 },
      faults: { rateLimitedRate: 1, retryAfterSeconds: 0 },
      rateLimit: { requests: 10, perSeconds: 60 },
    });
    try {
      const [injected] = await burst(simulator, '/tags', 'Bearer sim-front-token', 1);
      expect(injected?.status).toBe(429);
      expect(injected?.headers.get('retry-after')).toBe('0');
      // An injected 429 does not use up the window.
      expect(injected?.headers.get('x-ratelimit-remaining')).toBe('10');
      expect(injected?.body).toMatchObject({ _error: { status: 429, title: 'Too Many Requests' } });
      expect(simulator.requests.entries.map((entry) => entry.status)).toEqual([429]);
    } finally {
      await simulator.close();
    }
  });
});
