import { SlidingWindow, windowMs } from '../../../../src/providers/http/rateLimit/slidingWindow';

describe('SlidingWindow', () => {
  it('pads each window with a guard for the time between our count and the provider’s', () => {
    expect(windowMs({ requests: 8, perSeconds: 1 })).toBe(1_250);
    expect(windowMs({ requests: 200, perSeconds: 10 })).toBe(10_250);
    expect(windowMs({ requests: 200, perSeconds: 60 })).toBe(61_000);
  });

  it('lets `requests` calls through in any window and says when the next may go', () => {
    let now = 0;
    const window = new SlidingWindow({ requests: 3, perSeconds: 1 }, () => now);
    expect([window.take(), window.take()]).toEqual([{ granted: true }, { granted: true }]);
    now = 400;
    expect(window.take()).toEqual({ granted: true });
    // Full: the first call (t=0) leaves the 1,250 ms window at t=1,250.
    expect(window.take()).toEqual({ granted: false, waitMs: 850 });
    now = 1_250;
    expect(window.take()).toEqual({ granted: true });
    // Now t=0's second call has left too; t=400 still counts.
    expect(window.take()).toEqual({ granted: true });
    expect(window.take()).toEqual({ granted: false, waitMs: 400 });
  });

  it('never lets more than `requests` calls into any window, whatever their spacing', () => {
    let now = 0;
    const window = new SlidingWindow({ requests: 5, perSeconds: 1 }, () => now);
    const sent: number[] = [];
    for (let step = 0; step < 2_000; step += 1) {
      now += (step * 37) % 23;
      if (window.take().granted) sent.push(now);
    }
    for (const start of sent) expect(sent.filter((at) => at >= start && at < start + 1_250).length).toBeLessThanOrEqual(5);
    expect(sent.length).toBeGreaterThan(5);
  });

  it('applies a smaller learned limit to the calls already in the window', () => {
    let now = 0;
    const window = new SlidingWindow({ requests: 4, perSeconds: 1 }, () => now);
    window.take();
    now = 100;
    window.take();
    window.take();
    window.setLimit({ requests: 2, perSeconds: 1 });
    // Three calls are in the window, two allowed: room comes when the t=100 pair is down to one.
    expect(window.take()).toEqual({ granted: false, waitMs: 1_250 });
  });
});
