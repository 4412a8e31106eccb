import { clearCalls, type GatewayReady, graphql, type GraphQLResult, readCalls, type SimulatorsReady, startGateway, startSimulators } from '../lib/harness';
import { cursorMinimum } from '../lib/minimum';
import type { BenchSettings } from '../lib/settings';
import { max, median, min, round, sleep } from '../lib/stats';

type Provider = 'zendesk' | 'intercom' | 'front';
const PROVIDERS: ReadonlyArray<Provider> = ['zendesk', 'intercom', 'front'];
type Variant = 'merged' | Provider;

/**
 * The inbox lists' sizes: not multiples of the providers' largest pages, so no provider's traversal
 * ends on a full page (Zendesk would then make one more, empty, call: see bench/lib/minimum.ts).
 */
const RECORDS: Readonly<Record<Provider, number>> = { zendesk: 2050, intercom: 2000, front: 2950 };
/** The inbox's list per provider and its largest page: Zendesk tickets by `-updated_at`, Intercom search, Front list-conversations. */
const PAGING: Readonly<Record<Provider, { readonly max: number; readonly fullPageSaysMore: boolean }>> = {
  zendesk: { max: 100, fullPageSaysMore: true },
  intercom: { max: 150, fullPageSaysMore: false },
  front: { max: 100, fullPageSaysMore: false },
};

/**
 * The fewest calls that read a provider's whole list: every page at its largest size (`first`
 * unbounded: with `first` = the record count, the model would ask for a short last page exactly
 * filled, which Zendesk answers with `has_more`, and count one call too many).
 */
const singleMinimum = (provider: Provider): number =>
  cursorMinimum(RECORDS[provider], Number.MAX_SAFE_INTEGER, PAGING[provider].max, PAGING[provider].fullPageSaysMore);

const QUERY = `query Inbox($first: Int!, $after: String, $providers: [Provider!]) {
  conversations(first: $first, after: $after, providers: $providers) { edges { node { id updatedAt } } pageInfo { hasNextPage endCursor } }
}`;

interface InboxPage {
  readonly conversations: {
    readonly edges: ReadonlyArray<{ readonly node: { readonly id: string; readonly updatedAt: string | null } }>;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
}

/** A whole traversal of `conversations` (all providers, or one), checked: each record once, newest update first. */
async function traverse(gateway: GatewayReady, first: number, providers: ReadonlyArray<string> | null): Promise<{ records: number; requests: number; ms: number }> {
  const seen = new Set<string>();
  let last = Number.POSITIVE_INFINITY;
  let after: string | null = null;
  const started = performance.now();
  for (let requests = 1; ; requests += 1) {
    const result: GraphQLResult<InboxPage> = await graphql<InboxPage>(gateway.url, QUERY, { first, after, providers });
    if (result.errors && result.errors.length > 0) throw new Error(`conversations: ${JSON.stringify(result.errors).slice(0, 500)}`);
    const page = result.data?.conversations;
    if (!page) throw new Error('no conversations in the response');
    for (const { node } of page.edges) {
      if (seen.has(node.id)) throw new Error(`conversations: ${node.id} served twice`);
      seen.add(node.id);
      const time = Date.parse(node.updatedAt ?? '');
      if (time > last) throw new Error(`conversations: ${node.id} out of order`);
      if (Number.isFinite(time)) last = time;
    }
    if (!page.pageInfo.hasNextPage) return { records: seen.size, requests, ms: performance.now() - started };
    after = page.pageInfo.endCursor;
  }
}

/** Upstream calls since the last clear, once the log has stopped growing (a read-ahead may still be landing). */
async function settledCalls(simulators: SimulatorsReady): Promise<number> {
  let calls = (await readCalls(simulators)).length;
  for (let settled = 0; settled < 3; ) {
    await sleep(30);
    const now = (await readCalls(simulators)).length;
    settled = now === calls ? settled + 1 : 0;
    calls = now;
  }
  return calls;
}

interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface InboxRow {
  readonly first: number;
  readonly records: number;
  readonly graphqlRequests: number;
  /** Upstream calls of each whole merged traversal (one per round). */
  readonly mergedCalls: ReadonlyArray<number>;
  readonly minimum: number;
  readonly callRatio: Spread;
  readonly medianMs: Readonly<Record<Variant, number>>;
  /** Merged ÷ the slowest single-provider traversal of the same round. */
  readonly timeRatio: Spread;
  /** Merged ÷ the sum of the three single-provider traversals of the same round (1.00: no overlap at all). */
  readonly timeRatioToSum: Spread;
}

export interface InboxResult {
  readonly latencyMs: number;
  readonly rounds: number;
  readonly records: Readonly<Record<Provider, number>>;
  readonly singleMinimums: Readonly<Record<Provider, number>>;
  readonly rows: ReadonlyArray<InboxRow>;
}

const spread = (values: ReadonlyArray<number>): Spread => ({ min: round(min(values), 3), median: round(median(values), 3), max: round(max(values), 3) });

/**
 * The merged inbox (`Query.conversations`, issue 24) with the gateway's default settings (adaptive
 * read-ahead on): upstream calls of a whole merged traversal, counted from the simulators' request
 * logs, against the sum of the three providers' minimums; and its wall time against each provider's
 * own traversal (`conversations(providers: [P])`: the same list, page size and engine), side by side
 * in rotated rounds. The merged and the single traversals run on two gateways, so read-ahead pages
 * one leaves in its page cache are never served to the other.
 */
export async function runInboxMerge(settings: BenchSettings, log: (line: string) => void): Promise<InboxResult> {
  const datasets = {
    zendesk: { tickets: RECORDS.zendesk, users: 300, organizations: 20, groups: 5, articles: 1, maxCommentsPerTicket: 1 },
    intercom: { conversations: RECORDS.intercom, contacts: 300, companies: 20, admins: 5, teams: 2, tags: 5, tickets: 5 },
    front: { conversations: RECORDS.front, contacts: 300, inboxes: 3, teammates: 5, tags: 5, accounts: 10, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 },
  };
  const simulators = await startSimulators(datasets, settings.latencyMs);
  const mergedGateway = await startGateway(simulators.ready, { via: 'proxied', prefetch: true });
  const singleGateway = await startGateway(simulators.ready, { via: 'proxied', prefetch: true });
  const singleMinimums = Object.fromEntries(PROVIDERS.map((provider) => [provider, singleMinimum(provider)])) as Record<Provider, number>;
  const minimum = PROVIDERS.reduce((sum, provider) => sum + singleMinimums[provider], 0);
  const total = PROVIDERS.reduce((sum, provider) => sum + RECORDS[provider], 0);
  const run = (variant: Variant, first: number) =>
    variant === 'merged' ? traverse(mergedGateway.ready, first, null) : traverse(singleGateway.ready, first, [variant.toUpperCase()]);
  try {
    // Warm-up (not counted): JIT, connection pools, schema caches of both gateways.
    for (const variant of ['merged', ...PROVIDERS] as const) await run(variant, 500);
    const rows: InboxRow[] = [];
    for (const first of settings.inboxPageSizes) {
      const times: Record<Variant, number[]> = { merged: [], zendesk: [], intercom: [], front: [] };
      const mergedCalls: number[] = [];
      const ratios: number[] = [];
      const ratiosToSum: number[] = [];
      let graphqlRequests = 0;
      for (let round = 0; round < settings.inboxRounds; round += 1) {
        // Rotated, so drift of the machine's speed favours no variant.
        const all: Variant[] = ['merged', ...PROVIDERS];
        const order = all.map((_, index) => all[(index + round) % all.length] as Variant);
        const measured: Partial<Record<Variant, number>> = {};
        for (const variant of order) {
          await clearCalls(simulators.ready);
          const result = await run(variant, first);
          const calls = await settledCalls(simulators.ready);
          const expected = variant === 'merged' ? total : RECORDS[variant];
          if (result.records !== expected) throw new Error(`${variant} first=${first}: ${result.records} records, expected ${expected}`);
          measured[variant] = result.ms;
          times[variant].push(result.ms);
          if (variant === 'merged') {
            mergedCalls.push(calls);
            graphqlRequests = result.requests;
          }
        }
        const singles = PROVIDERS.map((provider) => measured[provider] as number);
        ratios.push((measured.merged as number) / Math.max(...singles));
        ratiosToSum.push((measured.merged as number) / singles.reduce((sum, ms) => sum + ms, 0));
      }
      const row: InboxRow = {
        first,
        records: total,
        graphqlRequests,
        mergedCalls,
        minimum,
        callRatio: spread(mergedCalls.map((calls) => calls / minimum)),
        medianMs: { merged: round(median(times.merged), 0), zendesk: round(median(times.zendesk), 0), intercom: round(median(times.intercom), 0), front: round(median(times.front), 0) },
        timeRatio: spread(ratios),
        timeRatioToSum: spread(ratiosToSum),
      };
      rows.push(row);
      log(
        `inbox first=${first}: calls ${mergedCalls.join('/')} vs min ${minimum} (×${row.callRatio.median}); merged ${row.medianMs.merged} ms vs slowest single ` +
          `${Math.max(row.medianMs.zendesk, row.medianMs.intercom, row.medianMs.front)} ms (×${row.timeRatio.median}, ${row.timeRatio.min}–${row.timeRatio.max})`,
      );
    }
    return { latencyMs: settings.latencyMs, rounds: settings.inboxRounds, records: RECORDS, singleMinimums, rows };
  } finally {
    await Promise.all([mergedGateway.stop(), singleGateway.stop()]);
    await simulators.stop();
  }
}
