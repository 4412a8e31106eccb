import type { WindowLimiter } from '../../../../src/providers/http/rateLimit/budgetStore';
import { createMemoryBudgetStore } from '../../../../src/providers/http/rateLimit/memoryBudgetStore';
import type { RateLimit } from '../../../../src/providers/http/rateLimit/parseRateLimit';
import { createRateBudget, type RateBudget } from '../../../../src/providers/http/rateLimit/rateBudget';
import { ZENDESK_RATE_LIMIT_HEADERS } from '../../../../src/providers/zendesk/api/rateLimit';
import { ErrorCode } from '../../../../src/errorCodes';
import { ProviderError } from '../../../../src/providers/providerError';

// Fake timers fake Date.now too: the budget's clock, its window's and its waits are all this one.
beforeEach(() => jest.useFakeTimers({ now: 0 }));
afterEach(() => jest.useRealTimers());

const NEVER = new AbortController().signal;

/** A budget over an in-memory window, with a count of the draws it made from the window. */
function budget(limit: RateLimit, maxWaitMs: number): { budget: RateBudget; draws: () => number } {
  const window = createMemoryBudgetStore().limiter('test:account', limit);
  let draws = 0;
  const counted: WindowLimiter = {
    take: () => {
      draws += 1;
      return window.take();
    },
    setLimit: (learned) => window.setLimit(learned),
  };
  return { budget: createRateBudget({ provider: 'zendesk', limiter: counted, limit, headers: ZENDESK_RATE_LIMIT_HEADERS, maxWaitMs }), draws: () => draws };
}

/** Settles are recorded as they happen, so a test sees which calls have their turn so far. */
function track(promise: Promise<void>, log: string[], name: string): Promise<void> {
  return promise.then(
    () => void log.push(name),
    (error: unknown) => void log.push(`${name} failed: ${error instanceof ProviderError ? `${error.code} ${JSON.stringify(error.details)}` : String(error)}`),
  );
}

describe('createRateBudget: queue while the wait is short', () => {
  it('lets the budget through at once, then each call when the window has room again', async () => {
    const { budget: limited } = budget({ requests: 2, perSeconds: 1 }, 10_000);
    const log: string[] = [];
    const request = {};
    const calls = ['1', '2', '3', '4'].map((name) => track(limited.acquire(request, NEVER), log, name));
    await jest.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['1', '2']);
    // The window is 1 s plus its 250 ms guard.
    await jest.advanceTimersByTimeAsync(1_249);
    expect(log).toEqual(['1', '2']);
    await jest.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['1', '2', '3', '4']);
    await Promise.all(calls);
  });

  it('fails fast, with retryAfter and no draw, when the turn is further than RATE_LIMIT_MAX_WAIT_MS', async () => {
    const { budget: limited, draws } = budget({ requests: 2, perSeconds: 60 }, 10_000);
    const log: string[] = [];
    const request = {};
    await Promise.all([track(limited.acquire(request, NEVER), log, '1'), track(limited.acquire(request, NEVER), log, '2')]);
    // The third call learns the window is full for 61 s: it fails at once, not after 10 s.
    await track(limited.acquire(request, NEVER), log, '3');
    expect(log[2]).toBe(`3 failed: ${ErrorCode.UPSTREAM_RATE_LIMITED} {"provider":"zendesk","retryAfter":61}`);
    expect(draws()).toBe(3);
    // From then on the budget knows: the next call fails without asking the window.
    jest.advanceTimersByTime(1_000);
    await track(limited.acquire(request, NEVER), log, '4');
    expect(log[3]).toBe(`4 failed: ${ErrorCode.UPSTREAM_RATE_LIMITED} {"provider":"zendesk","retryAfter":60}`);
    expect(draws()).toBe(3);
  });

  it('with RATE_LIMIT_MAX_WAIT_MS=0, never waits', async () => {
    const { budget: limited } = budget({ requests: 1, perSeconds: 1 }, 0);
    const log: string[] = [];
    await track(limited.acquire({}, NEVER), log, '1');
    await track(limited.acquire({}, NEVER), log, '2');
    expect(log).toEqual(['1', `2 failed: ${ErrorCode.UPSTREAM_RATE_LIMITED} {"provider":"zendesk","retryAfter":2}`]);
  });

  it('stops waiting when the request ends, with its reason, and gives the turn to the next call', async () => {
    const { budget: limited } = budget({ requests: 1, perSeconds: 1 }, 10_000);
    const log: string[] = [];
    const ended = new AbortController();
    const first = track(limited.acquire({}, NEVER), log, 'first');
    const gone = track(limited.acquire({}, ended.signal), log, 'gone');
    const next = track(limited.acquire({}, NEVER), log, 'next');
    await jest.advanceTimersByTimeAsync(100);
    ended.abort(new ProviderError(ErrorCode.REQUEST_ABORTED, 'the client went away'));
    await jest.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['first', `gone failed: ${ErrorCode.REQUEST_ABORTED} {}`]);
    await jest.advanceTimersByTimeAsync(1_150);
    expect(log).toEqual(['first', `gone failed: ${ErrorCode.REQUEST_ABORTED} {}`, 'next']);
    await Promise.all([first, gone, next]);
  });

  it('refuses at once a call whose request has already ended', async () => {
    const { budget: limited, draws } = budget({ requests: 5, perSeconds: 1 }, 10_000);
    const ended = new AbortController();
    ended.abort(new ProviderError(ErrorCode.REQUEST_TIMEOUT, 'too long'));
    await expect(limited.acquire({}, ended.signal)).rejects.toMatchObject({ code: ErrorCode.REQUEST_TIMEOUT });
    expect(draws()).toBe(0);
  });
});

describe('createRateBudget: fair share', () => {
  it('gives a light request’s call the next turn while a heavy request has 20 calls waiting', async () => {
    const { budget: limited } = budget({ requests: 1, perSeconds: 1 }, 60_000);
    const order: string[] = [];
    const heavy = {};
    const light = {};
    const calls = Array.from({ length: 20 }, (_, call) => track(limited.acquire(heavy, NEVER), order, `heavy ${call + 1}`));
    calls.push(track(limited.acquire(light, NEVER), order, 'light'));
    await jest.advanceTimersByTimeAsync(25_000);
    await Promise.all(calls);
    // First come, first served would make it the 21st call, 20 windows (21 s) later.
    expect(order.slice(0, 3)).toEqual(['heavy 1', 'light', 'heavy 2']);
    expect(order).toHaveLength(21);
  });

  it('takes turns between many requests, one call each per round', async () => {
    const { budget: limited } = budget({ requests: 1, perSeconds: 1 }, 60_000);
    const order: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    const calls = [
      ...['a1', 'a2', 'a3'].map((name) => track(limited.acquire(a, NEVER), order, name)),
      ...['b1', 'b2'].map((name) => track(limited.acquire(b, NEVER), order, name)),
      track(limited.acquire(c, NEVER), order, 'c1'),
    ];
    await jest.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });
});

describe('createRateBudget: adaptive, from the provider’s headers', () => {
  it('learns a smaller plan from the limit header (per the provider’s header window)', async () => {
    const { budget: limited } = budget({ requests: 700, perSeconds: 60 }, 10_000);
    limited.observe(200, { 'x-rate-limit': '200', 'x-rate-limit-remaining': '199' });
    expect(limited.limit).toEqual({ requests: 200, perSeconds: 60 });
    // A higher limit does not loosen the budget: the configured (or learned) one stays.
    limited.observe(200, { 'x-rate-limit': '2500' });
    expect(limited.limit).toEqual({ requests: 200, perSeconds: 60 });
  });

  it('sends nothing more before the reset once the provider says nothing remains', async () => {
    const { budget: limited, draws } = budget({ requests: 700, perSeconds: 60 }, 10_000);
    const log: string[] = [];
    limited.observe(200, { 'x-rate-limit-remaining': '1', 'ratelimit-reset': '4' });
    const calls = ['1', '2'].map((name) => track(limited.acquire({}, NEVER), log, name));
    await jest.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['1']);
    await jest.advanceTimersByTimeAsync(3_999);
    expect(log).toEqual(['1']);
    await jest.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['1', '2']);
    await Promise.all(calls);
    expect(draws()).toBe(2);
  });

  it('fails fast when the provider’s reset is further than the longest wait', async () => {
    const { budget: limited } = budget({ requests: 700, perSeconds: 60 }, 10_000);
    const log: string[] = [];
    limited.observe(200, { 'x-rate-limit-remaining': '0', 'ratelimit-reset': '41' });
    await track(limited.acquire({}, NEVER), log, 'call');
    expect(log).toEqual([`call failed: ${ErrorCode.UPSTREAM_RATE_LIMITED} {"provider":"zendesk","retryAfter":41}`]);
  });

  it('pauses every call for a 429’s Retry-After, not only the one that met it', async () => {
    const { budget: limited } = budget({ requests: 700, perSeconds: 60 }, 10_000);
    const log: string[] = [];
    limited.observe(429, { 'retry-after': '2' });
    const call = track(limited.acquire({}, NEVER), log, 'call');
    await jest.advanceTimersByTimeAsync(1_999);
    expect(log).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['call']);
    await call;
  });
});
