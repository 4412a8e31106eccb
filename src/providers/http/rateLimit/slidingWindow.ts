import type { TakeResult } from './budgetStore';
import type { RateLimit } from './parseRateLimit';

/**
 * How long a budget's window lasts, in ms: the configured seconds plus a guard. We count a call
 * when we send it, the provider when it arrives; the time between varies (event-loop lag, a
 * process descheduled on a busy host, another instance's Redis round trip, the network), so a
 * window exactly as long as the provider's would let a few more calls land in one of its windows
 * than it allows. 2% of the window, from 250 ms to 1 s, costs that much throughput and absorbs that
 * jitter. The floor was measured: two instances on a loaded 2-core machine (CI running beside them)
 * drew 429s from a 2 s provider window with 50 ms and with 100 ms guards; only windows under 12.5 s
 * feel it (Intercom's 10 s: 2.5% instead of 2%).
 */
export function windowMs(limit: RateLimit): number {
  const base = limit.perSeconds * 1000;
  return base + Math.min(1000, Math.max(250, Math.round(base * 0.02)));
}

/**
 * A sliding-window log in memory: at most `requests` sends in any window of {@link windowMs}.
 * Unlike a fixed window (or a token bucket with a full burst), no alignment of the provider's own
 * windows, fixed or sliding, can see more than its limit from us. Memory is one timestamp per call
 * in the window: 10,000 numbers for Intercom's largest budget.
 */
export class SlidingWindow {
  private readonly sent: number[] = [];
  private head = 0;
  private limit: RateLimit;

  constructor(
    limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.limit = limit;
  }

  setLimit(limit: RateLimit): void {
    this.limit = limit;
  }

  take(): TakeResult {
    const now = this.now();
    const span = windowMs(this.limit);
    while (this.head < this.sent.length && (this.sent[this.head] ?? 0) <= now - span) this.head += 1;
    // Drop the expired prefix now and then rather than shifting the array on every call.
    if (this.head > 1024 && this.head * 2 > this.sent.length) {
      this.sent.splice(0, this.head);
      this.head = 0;
    }
    const inWindow = this.sent.length - this.head;
    if (inWindow < this.limit.requests) {
      this.sent.push(now);
      return { granted: true };
    }
    // The window has room again when the call `requests` back from the end leaves it (a learned,
    // smaller limit may leave more than `requests` in the log).
    const blocking = this.sent[this.sent.length - this.limit.requests] ?? now;
    return { granted: false, waitMs: Math.max(1, blocking + span - now) };
  }
}
