/**
 * Budget utilisation (issue 23): two gateway instances sharing one Redis draw on one provider
 * account whose simulator enforces a rate limit. How much of that limit do they use, and does the
 * provider ever have to answer 429? Side by side in one run, each variant against a fresh simulator:
 *   - shared budget: `<PROVIDER>_RATE_LIMIT` set to the simulator's limit;
 *   - no budget: the variable at 1,000,000/1s (what the other suites run with); the gateway can still
 *     learn the limit from the provider's rate-limit headers (limit, remaining, reset), also issue 23;
 *   - no budget, headers hidden: the same with the bench's proxy dropping those headers, so nothing is
 *     learned but a 429's Retry-After: as close to main before issue 23 as the code allows.
 *
 * Why Intercom by default and not Zendesk: a gateway learns a lower limit from the provider's
 * `limit` header, read as a count per the provider's documented window (Zendesk and Front: 60 s,
 * Intercom: 10 s; src/providers/<p>/api/rateLimit.ts). A Zendesk simulator limited per 1 s still
 * says `X-Rate-Limit: 20`, which the gateway rightly reads as 20 a minute, and a 60 s window does not
 * fit a one-minute bench. Intercom's 10 s window fits twice in a short run.
 */
import type { BenchProcess } from '../lib/processes';
import { startRedisServer } from '../lib/redisServer';
import { type GatewayReady, type PageOf, pageQuery, readCalls, type SimulatorsReady, startGateway, startSimulators } from '../lib/harness';
import type { BenchSettings, BudgetSettings } from '../lib/settings';
import { round, sleep } from '../lib/stats';

interface ProviderSpec {
  readonly namespace: 'zendesk' | 'intercom';
  readonly field: string;
  readonly variable: string;
  readonly sizes: Record<string, number>;
}

const PROVIDERS: Record<BudgetSettings['provider'], ProviderSpec> = {
  intercom: {
    namespace: 'intercom',
    field: 'conversations',
    variable: 'INTERCOM_RATE_LIMIT',
    sizes: { conversations: 2000, contacts: 500, companies: 50, admins: 15, teams: 5, tags: 40, tickets: 50 },
  },
  zendesk: { namespace: 'zendesk', field: 'tickets', variable: 'ZENDESK_RATE_LIMIT', sizes: { tickets: 2000 } },
};

/** GraphQL page size: one upstream call per page for both providers (max 100 / 150). */
const FIRST = 100;
/** The gateway's default, set explicitly so the report can say it: a call waits this long for its turn at most. */
const MAX_WAIT_MS = 10_000;
/** What the bench's other suites give every gateway: in effect no budget (harness gatewayEnv). */
const NO_BUDGET = '1000000/1s';

type Variant = 'shared budget' | 'no budget' | 'no budget, headers hidden';

export interface BudgetRun {
  readonly variant: Variant;
  /** `<PROVIDER>_RATE_LIMIT` the two gateways ran with. */
  readonly configured: string;
  readonly seconds: number;
  /** Calls the simulator admitted (2xx) during the drive. */
  readonly admitted: number;
  readonly rateLimited: number;
  /** Other statuses the simulator answered, by status. */
  readonly otherStatuses: Record<string, number>;
  readonly admittedPerSecond: number;
  /** admittedPerSecond ÷ (requests / perSeconds). */
  readonly utilisation: number;
  /** The most a provider with this limit admits from the first call on: requests × ceil(seconds / perSeconds). */
  readonly allowance: number;
  readonly allowanceUsed: number;
  readonly graphqlPages: number;
  readonly errorsByCode: Record<string, number>;
}

export interface BudgetResult {
  readonly provider: string;
  readonly resource: string;
  readonly limit: { readonly requests: number; readonly perSeconds: number; readonly window: string };
  readonly clients: number;
  readonly latencyMs: number;
  readonly maxWaitMs: number;
  readonly runs: ReadonlyArray<BudgetRun>;
}

interface Drive {
  pages: number;
  readonly errors: Record<string, number>;
}

async function page(url: string, query: string, after: string | null, signal: AbortSignal) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { first: FIRST, after } }),
    signal,
  });
  return (await response.json()) as { data?: Record<string, Record<string, PageOf<unknown>>> | null; errors?: ReadonlyArray<{ extensions?: { code?: string } }> };
}

/** One client: traversals over and over, each request to the other instance than the last. */
async function client(index: number, gateways: ReadonlyArray<GatewayReady>, spec: ProviderSpec, drive: Drive, signal: AbortSignal): Promise<void> {
  const query = pageQuery(spec.namespace, spec.field, 'nativeId');
  let after: string | null = null;
  for (let request = index; !signal.aborted; request += 1) {
    const gateway = gateways[request % gateways.length] as GatewayReady;
    let result;
    try {
      result = await page(gateway.url, query, after, signal);
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    if (result.errors && result.errors.length > 0) {
      for (const error of result.errors) {
        const code = error.extensions?.code ?? 'NO_CODE';
        drive.errors[code] = (drive.errors[code] ?? 0) + 1;
      }
      // Same cursor again, after a pause: a client that hammered fail-fasts would only measure itself.
      await sleep(100);
      continue;
    }
    const connection = result.data?.[spec.namespace]?.[spec.field];
    if (!connection) throw new Error(`budget: no ${spec.namespace}.${spec.field} in the answer`);
    drive.pages += 1;
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  }
}

interface VariantSpec {
  readonly variant: Variant;
  /** `<PROVIDER>_RATE_LIMIT` of both gateways. */
  readonly configured: string;
  readonly hideRateLimitHeaders: boolean;
}

/** A variant's own simulator (a fresh window, an empty log) and its two gateways, idle until driven. */
interface Prepared extends VariantSpec {
  readonly simulators: BenchProcess<SimulatorsReady>;
  readonly gateways: ReadonlyArray<BenchProcess<GatewayReady>>;
}

async function prepare(spec: VariantSpec, redisUrl: string, settings: BenchSettings, running: Array<BenchProcess<unknown>>): Promise<Prepared> {
  const budget = settings.budget;
  const provider = PROVIDERS[budget.provider];
  const simulators = await startSimulators({ [provider.namespace]: provider.sizes }, settings.latencyMs, {
    rateLimits: { [provider.namespace]: { requests: budget.requests, perSeconds: budget.perSeconds, window: budget.window } },
    hideRateLimitHeaders: spec.hideRateLimitHeaders,
  });
  running.push(simulators);
  const extraEnv = { REDIS_URL: redisUrl, [provider.variable]: spec.configured, RATE_LIMIT_MAX_WAIT_MS: String(MAX_WAIT_MS) };
  const gateways: Array<BenchProcess<GatewayReady>> = [];
  const starting = [0, 1].map(() => startGateway(simulators.ready, { via: 'proxied', prefetch: true, extraEnv }));
  const started = await Promise.allSettled(starting);
  for (const gateway of started) if (gateway.status === 'fulfilled') gateways.push(gateway.value);
  running.push(...gateways);
  for (const gateway of started) if (gateway.status === 'rejected') throw gateway.reason;
  return { ...spec, simulators, gateways };
}

async function measure(prepared: Prepared, settings: BenchSettings, log: (line: string) => void): Promise<BudgetRun> {
  const budget = settings.budget;
  const spec = PROVIDERS[budget.provider];
  const { variant, configured, simulators, gateways } = prepared;
  const drive: Drive = { pages: 0, errors: {} };
  const stop = new AbortController();
  let failure: unknown = null;
  const started = Date.now();
  const clients = Array.from({ length: budget.clients }, (_, index) =>
    client(index, gateways.map((gateway) => gateway.ready), spec, drive, stop.signal).catch((error: unknown) => {
      failure ??= error;
      stop.abort();
    }),
  );
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, budget.seconds * 1000);
    stop.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  // The log at the deadline is the measurement; then the clients stop (their waiting calls with them).
  const calls = await readCalls(simulators.ready);
  const seconds = (Date.now() - started) / 1000;
  stop.abort();
  await Promise.all(clients);
  if (failure !== null) throw failure;
  const isAdmitted = (status: number): boolean => status >= 200 && status < 300;
  const admitted = calls.filter((call) => isAdmitted(call.status)).length;
  const rateLimited = calls.filter((call) => call.status === 429).length;
  const otherStatuses: Record<string, number> = {};
  for (const call of calls) {
    if (call.status !== 429 && !isAdmitted(call.status)) otherStatuses[String(call.status)] = (otherStatuses[String(call.status)] ?? 0) + 1;
  }
  const rate = budget.requests / budget.perSeconds;
  const allowance = budget.requests * Math.ceil(seconds / budget.perSeconds);
  const run: BudgetRun = {
    variant,
    configured,
    seconds: round(seconds, 2),
    admitted,
    rateLimited,
    otherStatuses,
    admittedPerSecond: round(admitted / seconds, 2),
    utilisation: round(admitted / seconds / rate, 3),
    allowance,
    allowanceUsed: round(admitted / allowance, 3),
    graphqlPages: drive.pages,
    errorsByCode: drive.errors,
  };
  log(`budget ${variant} (${spec.variable}=${configured}): ${admitted} admitted, ${rateLimited} × 429 in ${run.seconds} s = ${run.admittedPerSecond}/s (utilisation ${run.utilisation}; ${admitted}/${allowance} of the provider's allowance), ${drive.pages} pages, errors ${JSON.stringify(drive.errors)}`);
  return run;
}

export async function runBudget(settings: BenchSettings, log: (line: string) => void): Promise<BudgetResult> {
  const budget = settings.budget;
  const spec = PROVIDERS[budget.provider];
  const redis = await startRedisServer();
  const running: Array<BenchProcess<unknown>> = [];
  try {
    const limit = `${budget.requests}/${budget.perSeconds}s`;
    const variants: ReadonlyArray<VariantSpec> = [
      { variant: 'shared budget', configured: limit, hideRateLimitHeaders: false },
      { variant: 'no budget', configured: NO_BUDGET, hideRateLimitHeaders: false },
      { variant: 'no budget, headers hidden', configured: NO_BUDGET, hideRateLimitHeaders: true },
    ];
    // Every variant's processes start up front (idle, they cost nothing measured) and stop at the end,
    // which keeps the suite near a minute; each variant has a Redis database of its own, since the
    // budget's key names the account, not the limit.
    const prepared = await Promise.all(variants.map((variant, index) => prepare(variant, `${redis.url}/${index + 1}`, settings, running)));
    log(`budget: ${prepared.length} simulators and ${prepared.length * 2} gateways ready; ${budget.clients} clients for ${budget.seconds} s per variant`);
    const runs: BudgetRun[] = [];
    for (const variant of prepared) runs.push(await measure(variant, settings, log));
    return {
      provider: budget.provider,
      resource: `${spec.namespace}.${spec.field}(first: ${FIRST})`,
      limit: { requests: budget.requests, perSeconds: budget.perSeconds, window: budget.window },
      clients: budget.clients,
      latencyMs: settings.latencyMs,
      maxWaitMs: MAX_WAIT_MS,
      runs,
    };
  } finally {
    await Promise.all(running.map((process) => process.stop()));
    await redis.stop();
  }
}
