import { createShutdownDrain } from '../../src/runtime/shutdownDrain';

describe('createShutdownDrain', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('drains from the first wait() and resolves after the drain period', async () => {
    const drain = createShutdownDrain(10_000);
    expect(drain.draining).toBe(false);
    let done = false;
    const waiting = drain.wait().then(() => {
      done = true;
    });
    expect(drain.draining).toBe(true);
    await jest.advanceTimersByTimeAsync(9_999);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('ends at once on skip(), and a second wait() shares the first', async () => {
    const drain = createShutdownDrain(600_000);
    const first = drain.wait();
    expect(drain.wait()).toBe(first);
    drain.skip();
    await first;
    expect(jest.getTimerCount()).toBe(0);
    expect(drain.draining).toBe(true);
  });

  it('does not wait with SHUTDOWN_DRAIN_MS=0, but still reports draining', async () => {
    const drain = createShutdownDrain(0);
    await drain.wait();
    expect(jest.getTimerCount()).toBe(0);
    expect(drain.draining).toBe(true);
  });
});
