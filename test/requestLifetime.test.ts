import { ProviderError } from '../src/providers/providerError';
import { createRequestLifetimes, type RequestLifetime } from '../src/requestLifetime';

/** A call the test settles by hand. */
function deferred(): { readonly promise: Promise<void>; resolve(): void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Runs `call` as an HTTP view does: started, then settled, under `lifetime`. */
function track(lifetime: RequestLifetime, call: Promise<void>, readAhead: boolean): void {
  lifetime.startCall(readAhead);
  const settled = (): void => lifetime.callSettled(readAhead);
  call.then(settled, settled);
}

const codeOf = (signal: AbortSignal): unknown => (signal.reason instanceof ProviderError ? signal.reason.code : signal.reason);

/** Whether `promise` has settled once every queued job and immediate has run (fake timers). */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await jest.advanceTimersByTimeAsync(0);
  return settled;
}

describe('request lifetimes', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts everything with REQUEST_TIMEOUT at the deadline, not a millisecond before', async () => {
    const lifetime = createRequestLifetimes({ timeoutMs: 300 }).start();
    await jest.advanceTimersByTimeAsync(299);
    expect(lifetime.signal.aborted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(lifetime.signal.reason).toMatchObject({ code: 'REQUEST_TIMEOUT', details: { timeoutMs: 300 } });
    expect(codeOf(lifetime.readAheadSignal)).toBe('REQUEST_TIMEOUT');
  });

  it('stops only its own calls once the response is built, and resolves when they have settled', async () => {
    const lifetime = createRequestLifetimes({ timeoutMs: 60_000 }).start();
    const own = deferred();
    track(lifetime, own.promise, false);
    const responded = lifetime.responded();
    expect(codeOf(lifetime.signal)).toBe('REQUEST_ABORTED');
    expect(lifetime.readAheadSignal.aborted).toBe(false);
    expect(await hasSettled(responded)).toBe(false);
    own.resolve();
    expect(await hasSettled(responded)).toBe(true);
  });

  it('refuses an own call that starts after the response was built, and lets read-ahead start', () => {
    const lifetime = createRequestLifetimes({ timeoutMs: 60_000 }).start();
    void lifetime.responded();
    expect(codeOf(lifetime.startCall(false))).toBe('REQUEST_ABORTED');
    expect(lifetime.startCall(true).aborted).toBe(false);
  });

  it('stops everything when the client goes away', () => {
    const lifetime = createRequestLifetimes({ timeoutMs: 60_000 }).start();
    lifetime.abandon();
    expect(lifetime.signal.reason).toMatchObject({ code: 'REQUEST_ABORTED', message: expect.stringMatching(/client closed the connection/) });
    expect(codeOf(lifetime.readAheadSignal)).toBe('REQUEST_ABORTED');
  });

  it('ends when its exchange is over and its read-ahead has settled, across the gap between two read-ahead pages, and drops its deadline timer', async () => {
    const lifetimes = createRequestLifetimes({ timeoutMs: 60_000 });
    const lifetime = lifetimes.start();
    const page2 = deferred();
    track(lifetime, page2.promise, true);
    lifetime.finish();
    const idle = lifetimes.whenIdle();
    expect(await hasSettled(idle)).toBe(false);
    // Page 3 starts from page 2's arrival, a promise job later, as the read-ahead chain does.
    const page3 = deferred();
    void page2.promise.then(() => track(lifetime, page3.promise, true));
    page2.resolve();
    expect(await hasSettled(idle)).toBe(false);
    page3.resolve();
    expect(await hasSettled(idle)).toBe(true);
    expect(lifetime.readAheadSignal.aborted).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('at drain, stops the read-ahead of responses already built at once, and of the others when theirs is', async () => {
    const lifetimes = createRequestLifetimes({ timeoutMs: 60_000 });
    const delivered = lifetimes.start();
    track(delivered, deferred().promise, true);
    delivered.finish();
    const inFlight = lifetimes.start();
    lifetimes.drain();
    expect(codeOf(delivered.readAheadSignal)).toBe('REQUEST_ABORTED');
    expect(delivered.readAheadSignal.reason).toMatchObject({ message: expect.stringMatching(/shutting down/) });
    // A request in flight keeps its grace period.
    expect(inFlight.signal.aborted).toBe(false);
    expect(inFlight.readAheadSignal.aborted).toBe(false);
    void inFlight.responded();
    expect(codeOf(inFlight.readAheadSignal)).toBe('REQUEST_ABORTED');
    const later: RequestLifetime = lifetimes.start();
    void later.responded();
    expect(later.readAheadSignal.aborted).toBe(true);
  });

  it('at shutdown, stops every request, in flight or reading ahead', () => {
    const lifetimes = createRequestLifetimes({ timeoutMs: 60_000 });
    const first = lifetimes.start();
    const second = lifetimes.start();
    lifetimes.abortAll();
    for (const lifetime of [first, second]) {
      expect(lifetime.signal.reason).toMatchObject({ code: 'REQUEST_ABORTED', message: expect.stringMatching(/shutting down/) });
      expect(lifetime.readAheadSignal.aborted).toBe(true);
    }
  });
});
