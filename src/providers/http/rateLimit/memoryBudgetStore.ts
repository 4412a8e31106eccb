import type { BudgetStore } from './budgetStore';
import { SlidingWindow } from './slidingWindow';

/** Budgets counted in this process only: the default, right for one instance (README, "Rate budgets"). */
export function createMemoryBudgetStore(now: () => number = Date.now): BudgetStore {
  const windows = new Map<string, SlidingWindow>();
  return {
    limiter(key, limit) {
      const window = windows.get(key) ?? new SlidingWindow(limit, now);
      windows.set(key, window);
      return {
        take: () => Promise.resolve(window.take()),
        setLimit: (learned) => window.setLimit(learned),
      };
    },
    shared: false,
    ready: () => Promise.resolve(),
    degraded: () => false,
    close: () => Promise.resolve(),
  };
}
