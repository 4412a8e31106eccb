import { ErrorCode } from '../../../src/errorCodes';
import { DEFAULT_RETRY_OPTIONS, executeWithRetry, mayRetry, type RetryEvent, type RetryOptions } from '../../../src/providers/http/retryPolicy';
import { createUpstreamBudget, type UpstreamBudget } from '../../../src/providers/http/upstreamBudget';
import { parseRetryAfter, UpstreamHttpError, UpstreamNetworkError } from '../../../src/providers/http/upstreamFailure';
import { ProviderError } from '../../../src/providers/providerError';

const rateLimited = (retryAfterSeconds: number | null) =>
  new UpstreamHttpError('zendesk', 429, true, retryAfterSeconds, ErrorCode.UPSTREAM_RATE_LIMITED);
const unavailable = (status = 503) => new UpstreamHttpError('zendesk', status, true, null, ErrorCode.UPSTREAM_UNAVAILABLE);
const badRequest = () => new UpstreamHttpError('zendesk', 400, false, null, ErrorCode.UPSTREAM_ERROR);
const reset = () => new UpstreamNetworkError('zendesk', true, ErrorCode.UPSTREAM_UNAVAILABLE, 'UND_ERR_SOCKET');

/** An attempt function that throws the given failures in turn, then answers 'ok'; it records each attempt number. */
function scripted(failures: ReadonlyArray<Error>) {
  const attempts: number[] = [];
  const attempt = async (n: number): Promise<string> => {
    attempts.push(n);
    const failure = failures[n - 1];
    if (failure) throw failure;
    return 'ok';
  };
  return { attempts, attempt };
}

function call(options: Partial<RetryOptions> = {}, budget: UpstreamBudget = createUpstreamBudget(), idempotent = true, signal?: AbortSignal) {
  const events: RetryEvent[] = [];
  return {
    events,
    budget,
    spec: { idempotent, budget, options: { ...DEFAULT_RETRY_OPTIONS, ...options }, onRetry: (event: RetryEvent) => events.push(event), signal },
  };
}

/** What the gateway aborts a request's signal with at its deadline. */
const deadline = () => new ProviderError(ErrorCode.REQUEST_TIMEOUT, 'past the deadline');

describe('executeWithRetry', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('schedules the retry after a 429 exactly Retry-After later (7 s → 7000 ms), without the test waiting it', async () => {
    jest.useFakeTimers();
    const { attempts, attempt } = scripted([rateLimited(7)]);
    const { events, spec } = call();
    const result = executeWithRetry(spec, attempt);
    await jest.advanceTimersByTimeAsync(0);
    expect(events).toEqual([{ retry: 1, delayMs: 7000, code: 'UPSTREAM_RATE_LIMITED', status: 429, retryAfterSeconds: 7 }]);
    await jest.advanceTimersByTimeAsync(6999);
    expect(attempts).toEqual([1]);
    await jest.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1, 2]);
    await expect(result).resolves.toBe('ok');
  });

  it('reads Retry-After as an HTTP date too', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:07 GMT', now)).toBe(7);
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  it('fails at once, keeping retryAfter, when Retry-After is longer than the longest wait allowed', async () => {
    const { attempts, attempt } = scripted([rateLimited(30)]);
    const { events, spec } = call({ maxRetryAfterMs: 10_000 });
    await expect(executeWithRetry(spec, attempt)).rejects.toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', details: { retryAfter: 30 } });
    expect(attempts).toEqual([1]);
    expect(events).toEqual([]);
  });

  it('backs off exponentially with full jitter (cockatiel) when no Retry-After is given: [0, base·2ⁿ⁻¹), capped', async () => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.999);
    const { attempt } = scripted([unavailable(), reset(), rateLimited(null), unavailable(502)]);
    const { events, spec } = call({ maxRetries: 4, baseDelayMs: 100, maxDelayMs: 300 });
    const result = executeWithRetry(spec, attempt);
    await jest.runAllTimersAsync();
    await expect(result).resolves.toBe('ok');
    expect(events.map((event) => event.delayMs)).toEqual([99, 199, 299, 299]);
    expect(events.map((event) => event.status)).toEqual([503, null, 429, 502]);
  });

  it('gives up after maxRetries and throws the last failure', async () => {
    const { attempts, attempt } = scripted([unavailable(), unavailable(), unavailable(504)]);
    const { spec, budget } = call({ maxRetries: 2, baseDelayMs: 0 });
    await expect(executeWithRetry(spec, attempt)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 504 });
    expect(attempts).toEqual([1, 2, 3]);
    // The last failure claims no retry: it is final whatever the predicate says.
    expect(budget.used.retries).toBe(2);
  });

  it('stops when the request-wide retry budget is spent, even with retries left for the call', async () => {
    const budget = createUpstreamBudget({ maxCalls: 100, retries: 2 });
    const first = scripted([unavailable(), unavailable()]);
    const second = scripted([unavailable()]);
    await expect(executeWithRetry(call({ maxRetries: 5, baseDelayMs: 0 }, budget).spec, first.attempt)).resolves.toBe('ok');
    await expect(executeWithRetry(call({ maxRetries: 5, baseDelayMs: 0 }, budget).spec, second.attempt)).rejects.toMatchObject({ status: 503 });
    expect(first.attempts).toEqual([1, 2, 3]);
    expect(second.attempts).toEqual([1]);
  });

  it('never retries a request that is not idempotent (a POST that writes)', async () => {
    const { attempts, attempt } = scripted([unavailable(), reset()]);
    await expect(executeWithRetry(call({ baseDelayMs: 0 }, createUpstreamBudget(), false).spec, attempt)).rejects.toMatchObject({ status: 503 });
    expect(attempts).toEqual([1]);
    expect(mayRetry(unavailable(), false, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
    expect(mayRetry(reset(), false, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
    expect(mayRetry(rateLimited(0), false, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
  });

  it('never retries what the status table calls final (400, 401, 500, a timeout)', async () => {
    const { attempts, attempt } = scripted([badRequest()]);
    await expect(executeWithRetry(call({ baseDelayMs: 0 }).spec, attempt)).rejects.toMatchObject({ status: 400 });
    expect(attempts).toEqual([1]);
    expect(mayRetry(new UpstreamHttpError('front', 401, false, null, ErrorCode.UPSTREAM_AUTH_FAILED), true, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
    expect(mayRetry(new UpstreamHttpError('front', 500, false, null, ErrorCode.UPSTREAM_UNAVAILABLE), true, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
    expect(mayRetry(new UpstreamNetworkError('front', false, ErrorCode.UPSTREAM_TIMEOUT, 'TimeoutError'), true, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
    expect(mayRetry(new Error('bug'), true, 0, DEFAULT_RETRY_OPTIONS)).toBe(false);
  });
});

describe('executeWithRetry, when the request is stopped', () => {
  afterEach(() => jest.useRealTimers());

  it('ends a Retry-After wait at once, failing with the reason, and makes no attempt when the wait would have ended', async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const { attempts, attempt } = scripted([rateLimited(7)]);
    const { events, budget, spec } = call({}, createUpstreamBudget(), true, controller.signal);
    const result = executeWithRetry(spec, attempt);
    const settled = jest.fn();
    result.then(settled, settled);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(events.map((event) => event.delayMs)).toEqual([7000]);
    const reason = deadline();
    controller.abort(reason);
    await jest.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalledWith(reason);
    // No timer is left behind, and nothing is attempted when the 7 s would have run out.
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([1]);
    expect(budget.used.retries).toBe(1);
  });

  it('ends an exponential backoff wait the same way', async () => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.999);
    const controller = new AbortController();
    const { attempts, attempt } = scripted([unavailable(), unavailable()]);
    const { spec } = call({ baseDelayMs: 1_000, maxDelayMs: 5_000 }, createUpstreamBudget(), true, controller.signal);
    const result = executeWithRetry(spec, attempt);
    // First retry after ~1 s, then a failure and a wait of ~2 s, aborted in the middle.
    await jest.advanceTimersByTimeAsync(1_000);
    expect(attempts).toEqual([1, 2]);
    await jest.advanceTimersByTimeAsync(500);
    controller.abort(deadline());
    await expect(result).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    await jest.runAllTimersAsync();
    expect(attempts).toEqual([1, 2]);
    jest.restoreAllMocks();
  });

  it('makes no attempt at all for a request already stopped', async () => {
    const controller = new AbortController();
    controller.abort(deadline());
    const { attempts, attempt } = scripted([]);
    await expect(executeWithRetry(call({}, createUpstreamBudget(), true, controller.signal).spec, attempt)).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(attempts).toEqual([]);
  });

  it('does not retry a failure that came back after the request was stopped, and fails with why it stopped', async () => {
    const controller = new AbortController();
    const attempts: number[] = [];
    const { budget, spec } = call({ baseDelayMs: 0 }, createUpstreamBudget(), true, controller.signal);
    const result = executeWithRetry(spec, async (n) => {
      attempts.push(n);
      controller.abort(deadline());
      throw unavailable();
    });
    await expect(result).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(attempts).toEqual([1]);
    expect(budget.used.retries).toBe(0);
  });
});
