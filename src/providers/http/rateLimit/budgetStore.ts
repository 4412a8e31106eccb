import type { RateLimit } from './parseRateLimit';

/** One draw from a budget: a call may go now, or the earliest the next one could. */
export type TakeResult = { readonly granted: true } | { readonly granted: false; readonly waitMs: number };

/** One account's budget in a store: a sliding window of sends (see slidingWindow.ts). */
export interface WindowLimiter {
  /** Counts one call if the window has room; otherwise says how long until it will. */
  take(): Promise<TakeResult>;
  /** A smaller budget learned from the provider's headers (rateBudget.ts). */
  setLimit(limit: RateLimit): void;
}

/** Where budgets are counted: in this process, or in Redis for all instances (REDIS_URL). */
export interface BudgetStore {
  /** `key` names the account (accountKey.ts); the same key is the same budget, in every instance that shares the store. */
  limiter(key: string, limit: RateLimit): WindowLimiter;
  /** Whether budgets are shared with other instances (Redis), as configured. */
  readonly shared: boolean;
  /**
   * Resolves once the store can count shared budgets, or after `timeoutMs` (then calls are counted
   * locally until it can): startup waits for it so a fresh instance does not spend a whole budget
   * of its own while its Redis connection is still opening.
   */
  ready(timeoutMs: number): Promise<void>;
  /** Shared, but Redis is out of reach now: budgets are counted locally until it is back. */
  degraded(): boolean;
  close(): Promise<void>;
}
