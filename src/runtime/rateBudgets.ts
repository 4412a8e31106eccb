import type { Redis } from 'ioredis';

import type { Config } from '../config';
import type { ReadinessCheck } from '../http/readiness';
import { accountKey } from '../providers/http/rateLimit/accountKey';
import type { BudgetStore } from '../providers/http/rateLimit/budgetStore';
import { createMemoryBudgetStore } from '../providers/http/rateLimit/memoryBudgetStore';
import type { RateLimit } from '../providers/http/rateLimit/parseRateLimit';
import { createRateBudget, type RateBudget } from '../providers/http/rateLimit/rateBudget';
import type { RateLimitHeaderNames } from '../providers/http/rateLimit/rateLimitHeaders';
import { createRedisBudgetStore } from '../providers/http/rateLimit/redisBudgetStore';

/** One provider account, as its budget is named and sized. */
export interface BudgetedAccount {
  readonly provider: string;
  readonly baseUrl: string;
  /** The credential header's value: only its hash names the budget (accountKey.ts). */
  readonly credential: string;
  readonly limit: RateLimit;
  readonly headers: RateLimitHeaderNames;
}

/** The process's rate budgets: one store (memory, or Redis with REDIS_URL) for every provider account. */
export interface RateBudgets {
  budgetFor(account: BudgetedAccount): RateBudget;
  /** For /ready: ok until closed (a lost Redis degrades budgets, it does not stop serving), with `shared` and `degraded`. */
  readonly readinessCheck: ReadinessCheck;
  /** Resolves when Redis is connected (or at once without it), or after a short wait: see BudgetStore.ready. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** How long startup waits for Redis before counting budgets locally (ioredis keeps connecting). */
const REDIS_STARTUP_WAIT_MS = 2_000;

/** `redis`: the process's Redis connection (REDIS_URL), which it logs the outages of; none: budgets in this process. */
export function createRateBudgets(settings: Config['rateBudgets'], redis: Redis | undefined): RateBudgets {
  const store: BudgetStore = redis === undefined ? createMemoryBudgetStore() : createRedisBudgetStore(redis);
  let closed = false;
  return {
    budgetFor: (account) =>
      createRateBudget({
        provider: account.provider,
        limiter: store.limiter(accountKey(account.provider, account.baseUrl, account.credential), account.limit),
        limit: account.limit,
        headers: account.headers,
        maxWaitMs: settings.maxWaitMs,
      }),
    readinessCheck: {
      name: 'rateBudgets',
      // Ready even when degraded: taking every instance out of the load balancer because Redis is
      // gone would turn a looser budget into an outage. The detail says it for alerting. Down once
      // closed (the runtime has stopped), like every other part.
      run: () => ({ ok: !closed, shared: store.shared, degraded: !closed && store.degraded() }),
    },
    ready: () => store.ready(REDIS_STARTUP_WAIT_MS),
    close: () => {
      closed = true;
      return store.close();
    },
  };
}
