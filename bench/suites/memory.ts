import { fetchGraphQLPage, GATEWAY_NODE_FLAGS, type PageOf, pageQuery, startGateway, startSimulators } from '../lib/harness';
import type { BenchSettings } from '../lib/settings';
import { median, round, slope } from '../lib/stats';

const MB = 1024 * 1024;
/**
 * Targets of issue 16: peak RSS under 200 MB, and no growth per page. Growth is the least-squares
 * slope over the second half of the pages: the first half includes warm-up (JIT, V8 sizing its
 * heap), after which a flat process stays level and a leak keeps climbing.
 */
export const PEAK_TARGET_MB = 200;
export const GROWTH_TARGET_KB_PER_PAGE = 5;

export interface MemoryRun {
  readonly prefetch: boolean;
  /** Node flags of the gateway: `npm start`'s (GATEWAY_NODE_FLAGS), or none (V8's defaults, for comparison). */
  readonly nodeFlags: ReadonlyArray<string>;
  readonly records: number;
  readonly pages: number;
  readonly first: number;
  readonly rssAtStartMb: number;
  readonly peakRssMb: number;
  readonly rssEarlyMb: number;
  readonly rssLateMb: number;
  readonly growthKbPerPage: number;
  /** V8 heap in use (gateway's own /metrics, nodejs_heap_size_used_bytes), sampled every 10 pages: tells a leak from RSS the allocator keeps. */
  readonly heapUsedEarlyMb: number;
  readonly heapUsedLateMb: number;
  readonly heapGrowthKbPerPage: number;
  readonly samplesMb: ReadonlyArray<number>;
}

export interface MemoryResult {
  readonly runs: ReadonlyArray<MemoryRun>;
}

export async function runMemory(settings: BenchSettings, log: (line: string) => void): Promise<MemoryResult> {
  const simulators = await startSimulators({ zendesk: { tickets: settings.memoryRecords, users: 50, organizations: 10, groups: 5, articles: 10, maxCommentsPerTicket: 1 } }, 0);
  try {
    const runs: MemoryRun[] = [];
    const variants: ReadonlyArray<{ prefetch: boolean; nodeFlags: ReadonlyArray<string> }> = [
      { prefetch: false, nodeFlags: GATEWAY_NODE_FLAGS },
      { prefetch: true, nodeFlags: GATEWAY_NODE_FLAGS },
      { prefetch: true, nodeFlags: [] },
    ];
    for (const { prefetch, nodeFlags } of variants) {
      const gateway = await startGateway(simulators.ready, { via: 'direct', prefetch, production: true }, nodeFlags);
      try {
        const query = pageQuery('zendesk', 'tickets', 'id nativeId subject status priority tags createdAt updatedAt');
        const start = gateway.memory().rss;
        const samples: number[] = [];
        const heapPages: number[] = [];
        const heapSamples: number[] = [];
        let records = 0;
        let after: string | null = null;
        for (;;) {
          const page: PageOf<{ nativeId: string }> = await fetchGraphQLPage<{ nativeId: string }>(gateway.ready.url, query, 'zendesk', 'tickets', settings.memoryFirst, after);
          records += page.edges.length;
          samples.push(gateway.memory().rss);
          if (samples.length % 10 === 0) {
            heapPages.push(samples.length);
            heapSamples.push(await heapUsed(gateway.ready.url));
          }
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        const peak = gateway.memory().peak;
        const half = Math.floor(samples.length / 2);
        const tail = samples.slice(half);
        const growth = slope(tail.map((_, index) => index), tail) / 1024;
        const heapHalf = Math.floor(heapSamples.length / 2);
        const heapGrowth = slope(heapPages.slice(heapHalf), heapSamples.slice(heapHalf)) / 1024;
        const heapTenth = Math.max(1, Math.floor(heapSamples.length / 10));
        const decile = (from: number) => median(samples.slice(Math.floor((samples.length * from) / 10), Math.floor((samples.length * (from + 1)) / 10))) / MB;
        // Keep ~100 evenly spaced samples for the JSON (the curve), not every page.
        const step = Math.max(1, Math.floor(samples.length / 100));
        const run: MemoryRun = {
          prefetch,
          nodeFlags,
          records,
          pages: samples.length,
          first: settings.memoryFirst,
          rssAtStartMb: round(start / MB, 1),
          peakRssMb: round(peak / MB, 1),
          rssEarlyMb: round(decile(1), 1),
          rssLateMb: round(decile(9), 1),
          growthKbPerPage: round(growth, 2),
          heapUsedEarlyMb: round(median(heapSamples.slice(heapTenth, 2 * heapTenth)) / MB, 1),
          heapUsedLateMb: round(median(heapSamples.slice(-heapTenth)) / MB, 1),
          heapGrowthKbPerPage: round(heapGrowth, 2),
          samplesMb: samples.filter((_, index) => index % step === 0).map((value) => round(value / MB, 1)),
        };
        runs.push(run);
        log(`memory prefetch=${prefetch} flags=${nodeFlags.join(' ') || 'none'}: ${records} records in ${run.pages} pages, peak ${run.peakRssMb} MB, ${run.rssEarlyMb} → ${run.rssLateMb} MB, ${run.growthKbPerPage} KB/page; heap used ${run.heapUsedEarlyMb} → ${run.heapUsedLateMb} MB, ${run.heapGrowthKbPerPage} KB/page`);
      } finally {
        await gateway.stop();
      }
    }
    return { runs };
  } finally {
    await simulators.stop();
  }
}

async function heapUsed(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text)?.[1] ?? Number.NaN);
}
