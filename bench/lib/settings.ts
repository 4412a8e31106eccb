/**
 * Bench settings, all from environment variables so a run can be made shorter or longer without
 * editing code. Defaults keep `npm run bench` under ~10 minutes on a 2-core machine.
 */
export interface BenchSettings {
  /** Which suites to run (BENCH_SUITES=calls,traversal,throughput,memory,inbox,budget). */
  readonly suites: ReadonlyArray<SuiteName>;
  /** Injected latency per upstream call, ms (BENCH_LATENCY_MS, default 20). */
  readonly latencyMs: number;
  /** Relay page sizes for the call counts (BENCH_CALL_PAGE_SIZES, default 10,100,250,1000). */
  readonly callPageSizes: ReadonlyArray<number>;
  /** GraphQL pages of `first: 100` read for each relation measurement (BENCH_RELATION_PAGES, default 3). */
  readonly relationPages: number;
  /** Rounds of the traversal-time comparison (BENCH_TRAVERSAL_ROUNDS, default 7: the median of 3 rounds moved by ±2% from run to run, the size of what the ≤ 1.05 target leaves). */
  readonly traversalRounds: number;
  /** Client work between pages in the "busy client" variant, ms (BENCH_CLIENT_WORK_MS, default 20). */
  readonly clientWorkMs: number;
  /** Zendesk tickets in the call-count and traversal simulators (BENCH_ZENDESK_TICKETS, default 10000). */
  readonly zendeskTickets: number;
  /** Seconds per autocannon measurement (BENCH_THROUGHPUT_SECONDS, default 10) and warm-up (BENCH_WARMUP_SECONDS, default 3). */
  readonly throughputSeconds: number;
  readonly warmupSeconds: number;
  /** Rounds of the three throughput targets (BENCH_THROUGHPUT_ROUNDS, default 4: req/s on a shared 2-core machine moves ±15% between rounds). */
  readonly throughputRounds: number;
  /** autocannon connections (BENCH_CONNECTIONS, default 50). */
  readonly connections: number;
  /** Records traversed for the memory measurement (BENCH_MEMORY_RECORDS, default 100000) and the page size (BENCH_MEMORY_FIRST, default 100). */
  readonly memoryRecords: number;
  readonly memoryFirst: number;
  /** Seconds of CPU profile under load (BENCH_PROFILE_SECONDS, default 8; 0 skips the profile). */
  readonly profileSeconds: number;
  /** The merged inbox's `first` values (BENCH_INBOX_PAGE_SIZES, default 100,500) and rounds per value (BENCH_INBOX_ROUNDS, default 5). */
  readonly inboxPageSizes: ReadonlyArray<number>;
  readonly inboxRounds: number;
  /** The budget suite (bench/suites/budget.ts). */
  readonly budget: BudgetSettings;
}

export interface BudgetSettings {
  /** Which simulator is limited and traversed (BENCH_BUDGET_PROVIDER, default intercom: see budget.ts for why not zendesk). */
  readonly provider: 'intercom' | 'zendesk';
  /** The simulator's limit, and the gateways' `<PROVIDER>_RATE_LIMIT` (BENCH_BUDGET_RATE, `<requests>/<seconds>s`, default 200/10s). */
  readonly requests: number;
  readonly perSeconds: number;
  /** The simulator's window (BENCH_BUDGET_WINDOW, default fixed, as the providers count). */
  readonly window: 'fixed' | 'sliding';
  /** Seconds of load per variant (BENCH_BUDGET_SECONDS, default 17: two 10 s provider windows, ending inside the second). */
  readonly seconds: number;
  /** Concurrent clients (BENCH_BUDGET_CLIENTS, default 8). */
  readonly clients: number;
}

export type SuiteName = 'calls' | 'traversal' | 'throughput' | 'memory' | 'inbox' | 'budget';
const ALL_SUITES: ReadonlyArray<SuiteName> = ['calls', 'traversal', 'throughput', 'memory', 'inbox', 'budget'];

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name}: must be an integer ≥ ${min}`);
  return value;
}

function list(env: NodeJS.ProcessEnv, name: string, fallback: ReadonlyArray<number>): ReadonlyArray<number> {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`${name}: must be a comma-separated list of positive integers`);
  return values;
}

export function loadBenchSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const suites = (env.BENCH_SUITES ?? '').trim() === '' ? ALL_SUITES : (env.BENCH_SUITES ?? '').split(',').map((name) => name.trim());
  for (const suite of suites) if (!ALL_SUITES.includes(suite as SuiteName)) throw new Error(`BENCH_SUITES: unknown suite ${suite}`);
  return {
    suites: suites as SuiteName[],
    latencyMs: int(env, 'BENCH_LATENCY_MS', 20),
    callPageSizes: list(env, 'BENCH_CALL_PAGE_SIZES', [10, 100, 250, 1000]),
    relationPages: int(env, 'BENCH_RELATION_PAGES', 3, 1),
    traversalRounds: int(env, 'BENCH_TRAVERSAL_ROUNDS', 7, 1),
    clientWorkMs: int(env, 'BENCH_CLIENT_WORK_MS', 20),
    zendeskTickets: int(env, 'BENCH_ZENDESK_TICKETS', 10_000, 1),
    throughputSeconds: int(env, 'BENCH_THROUGHPUT_SECONDS', 10, 1),
    warmupSeconds: int(env, 'BENCH_WARMUP_SECONDS', 3),
    throughputRounds: int(env, 'BENCH_THROUGHPUT_ROUNDS', 4, 1),
    connections: int(env, 'BENCH_CONNECTIONS', 50, 1),
    memoryRecords: int(env, 'BENCH_MEMORY_RECORDS', 100_000, 1),
    memoryFirst: int(env, 'BENCH_MEMORY_FIRST', 100, 1),
    profileSeconds: int(env, 'BENCH_PROFILE_SECONDS', 8),
    inboxPageSizes: list(env, 'BENCH_INBOX_PAGE_SIZES', [100, 500]),
    inboxRounds: int(env, 'BENCH_INBOX_ROUNDS', 5, 1),
    budget: budgetSettings(env),
  };
}

function budgetSettings(env: NodeJS.ProcessEnv): BudgetSettings {
  const provider = (env.BENCH_BUDGET_PROVIDER ?? '').trim() || 'intercom';
  if (provider !== 'intercom' && provider !== 'zendesk') throw new Error('BENCH_BUDGET_PROVIDER: intercom or zendesk');
  const rate = /^(\d+)\/(\d+)s$/.exec((env.BENCH_BUDGET_RATE ?? '').trim() || '200/10s');
  if (!rate || Number(rate[1]) < 1 || Number(rate[2]) < 1) throw new Error('BENCH_BUDGET_RATE: <requests>/<seconds>s, e.g. 200/10s');
  const window = (env.BENCH_BUDGET_WINDOW ?? '').trim() || 'fixed';
  if (window !== 'fixed' && window !== 'sliding') throw new Error('BENCH_BUDGET_WINDOW: fixed or sliding');
  return {
    provider,
    requests: Number(rate[1]),
    perSeconds: Number(rate[2]),
    window,
    seconds: int(env, 'BENCH_BUDGET_SECONDS', 17, 1),
    clients: int(env, 'BENCH_BUDGET_CLIENTS', 8, 1),
  };
}
