import { CREDENTIALS, fetchGraphQLPage, type GatewayReady, type PageOf, pageQuery, type SimulatorsReady, startGateway, startSimulators, ZENDESK_AUTHORIZATION } from '../lib/harness';
import type { BenchSettings } from '../lib/settings';
import { max, median, min, round, sleep } from '../lib/stats';

type Provider = 'zendesk' | 'intercom' | 'front';
type Variant = 'rest' | 'graphqlPrefetchOff' | 'graphqlPrefetchOn';

const PAGE = 100;

/** Follows a next-page URL's query against our own base URL (the link may name another host, as Front's does). */
const rebase = (base: string, link: string): string => {
  const url = new URL(link);
  return `${base}${url.pathname}${url.search}`;
};

async function getJson(url: string, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * The plain loop a user writes against the provider, as the seeds show: `while (url) { get; url = next }`,
 * 100 records per call, `workMs` of client work after each page.
 */
async function restLoop(provider: Provider, base: string, workMs: number): Promise<number> {
  let records = 0;
  if (provider === 'zendesk') {
    let url: string | null = `${base}/api/v2/tickets.json?page[size]=${PAGE}`;
    while (url) {
      const body = (await getJson(url, { authorization: ZENDESK_AUTHORIZATION })) as { tickets: unknown[]; meta: { has_more: boolean }; links: { next: string | null } };
      records += body.tickets.length;
      if (workMs > 0) await sleep(workMs);
      url = body.meta.has_more && body.links.next ? rebase(base, body.links.next) : null;
    }
  } else if (provider === 'intercom') {
    let url: string | null = `${base}/conversations?per_page=${PAGE}`;
    while (url) {
      const body = (await getJson(url, { authorization: `Bearer ${CREDENTIALS.intercomToken}`, 'intercom-version': '2.16' })) as {
        conversations: unknown[];
        pages: { next?: { starting_after?: string } | null };
      };
      records += body.conversations.length;
      if (workMs > 0) await sleep(workMs);
      const next = body.pages.next?.starting_after;
      url = next ? `${base}/conversations?per_page=${PAGE}&starting_after=${encodeURIComponent(next)}` : null;
    }
  } else {
    let url: string | null = `${base}/conversations?limit=${PAGE}`;
    while (url) {
      const body = (await getJson(url, { authorization: `Bearer ${CREDENTIALS.frontToken}` })) as { _results: unknown[]; _pagination: { next: string | null } };
      records += body._results.length;
      if (workMs > 0) await sleep(workMs);
      url = body._pagination.next ? rebase(base, body._pagination.next) : null;
    }
  }
  return records;
}

const FIELD: Record<Provider, string> = { zendesk: 'tickets', intercom: 'conversations', front: 'conversations' };

async function graphqlLoop(provider: Provider, gateway: GatewayReady, workMs: number): Promise<number> {
  const query = pageQuery(provider, FIELD[provider], 'id nativeId updatedAt');
  let records = 0;
  let after: string | null = null;
  for (;;) {
    const page: PageOf<{ nativeId: string }> = await fetchGraphQLPage<{ nativeId: string }>(gateway.url, query, provider, FIELD[provider], PAGE, after);
    records += page.edges.length;
    if (workMs > 0) await sleep(workMs);
    if (!page.pageInfo.hasNextPage) return records;
    after = page.pageInfo.endCursor;
  }
}

export interface TraversalRow {
  readonly provider: Provider;
  readonly records: number;
  readonly clientWorkMs: number;
  /** Median wall time per variant, ms. */
  readonly medianMs: Record<Variant, number>;
  /** GraphQL / REST, pair by pair within each round: min, median, max. */
  readonly ratioPrefetchOff: { min: number; median: number; max: number };
  readonly ratioPrefetchOn: { min: number; median: number; max: number };
}

export interface TraversalResult {
  readonly latencyMs: number;
  readonly rounds: number;
  readonly rows: ReadonlyArray<TraversalRow>;
}

export async function runTraversalTime(settings: BenchSettings, log: (line: string) => void): Promise<TraversalResult> {
  const sizes = {
    zendesk: { tickets: settings.zendeskTickets, users: 50, organizations: 10, groups: 5, articles: 10, maxCommentsPerTicket: 1 },
    intercom: { conversations: 2000, contacts: 200, companies: 10, admins: 15, teams: 5, tags: 40, tickets: 10 },
    front: { conversations: 3000, contacts: 100, inboxes: 10, teammates: 25, tags: 50, accounts: 10, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 },
  };
  const simulators = await startSimulators(sizes, settings.latencyMs);
  // NODE_ENV=production, as the README's deployment runs it (and the throughput and memory suites
  // measure): graphql-js then skips its development-only checks (instanceOf in every type test).
  const off = await startGateway(simulators.ready, { via: 'proxied', prefetch: false, production: true });
  const on = await startGateway(simulators.ready, { via: 'proxied', prefetch: true, production: true });
  try {
    const sims: SimulatorsReady = simulators.ready;
    const run = async (provider: Provider, variant: Variant, workMs: number): Promise<{ ms: number; records: number }> => {
      const started = performance.now();
      const base = sims[provider]?.proxied ?? '';
      const records = variant === 'rest' ? await restLoop(provider, base, workMs) : await graphqlLoop(provider, variant === 'graphqlPrefetchOn' ? on.ready : off.ready, workMs);
      return { ms: performance.now() - started, records };
    };
    // Warm-up: every path once (JIT, keep-alive connections), not counted.
    for (const provider of ['zendesk', 'intercom', 'front'] as const) {
      for (const variant of ['rest', 'graphqlPrefetchOff', 'graphqlPrefetchOn'] as const) await run(provider, variant, 0);
    }
    const rows: TraversalRow[] = [];
    for (const provider of ['zendesk', 'intercom', 'front'] as const) {
      for (const workMs of [0, settings.clientWorkMs]) {
        const times: Record<Variant, number[]> = { rest: [], graphqlPrefetchOff: [], graphqlPrefetchOn: [] };
        const ratiosOff: number[] = [];
        const ratiosOn: number[] = [];
        let records = 0;
        for (let round = 0; round < settings.traversalRounds; round += 1) {
          // Rotate the order so drift of the machine's speed does not favour one variant.
          const order: Variant[] = (['rest', 'graphqlPrefetchOff', 'graphqlPrefetchOn'] as Variant[]).map((_, index, all) => all[(index + round) % all.length] as Variant);
          const measured: Partial<Record<Variant, number>> = {};
          for (const variant of order) {
            const result = await run(provider, variant, workMs);
            measured[variant] = result.ms;
            times[variant].push(result.ms);
            if (records !== 0 && result.records !== records) throw new Error(`${provider}/${variant}: ${result.records} records, expected ${records}`);
            records = result.records;
          }
          ratiosOff.push((measured.graphqlPrefetchOff as number) / (measured.rest as number));
          ratiosOn.push((measured.graphqlPrefetchOn as number) / (measured.rest as number));
        }
        const summary = (values: number[]) => ({ min: round(min(values), 3), median: round(median(values), 3), max: round(max(values), 3) });
        const row: TraversalRow = {
          provider,
          records,
          clientWorkMs: workMs,
          medianMs: { rest: round(median(times.rest), 0), graphqlPrefetchOff: round(median(times.graphqlPrefetchOff), 0), graphqlPrefetchOn: round(median(times.graphqlPrefetchOn), 0) },
          ratioPrefetchOff: summary(ratiosOff),
          ratioPrefetchOn: summary(ratiosOn),
        };
        rows.push(row);
        log(`traversal ${provider} work=${workMs}ms: rest ${row.medianMs.rest} ms, off ×${row.ratioPrefetchOff.median}, on ×${row.ratioPrefetchOn.median}`);
      }
    }
    return { latencyMs: settings.latencyMs, rounds: settings.traversalRounds, rows };
  } finally {
    await Promise.all([off.stop(), on.stop()]);
    await simulators.stop();
  }
}
