import type { InboxResult } from '../suites/inboxMerge';
import type { BudgetResult } from '../suites/budget';
import type { CallsResult } from '../suites/upstreamCalls';
import { GROWTH_TARGET_KB_PER_PAGE, type MemoryResult, PEAK_TARGET_MB } from '../suites/memory';
import type { ThroughputResult } from '../suites/throughput';
import type { TraversalResult } from '../suites/traversalTime';

export interface BenchResults {
  readonly machine: Record<string, unknown>;
  readonly settings: Record<string, unknown>;
  readonly code?: { commit: string; dirty: boolean } | null;
  readonly startedAt: string;
  readonly durationSeconds?: number;
  calls?: CallsResult;
  traversal?: TraversalResult;
  throughput?: ThroughputResult;
  memory?: MemoryResult;
  inbox?: InboxResult;
  budget?: BudgetResult;
}

const verdict = (met: boolean) => (met ? 'met' : '**MISSED**');
const fmt = (value: number, digits = 2) => value.toFixed(digits);

export function renderMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(`## Bench results (${results.startedAt.slice(0, 10)}, ${String(m.cpus)} × ${String(m.cpuModel)}, ${String(m.memoryGb)} GB, Node ${String(m.node)}; load average at start ${JSON.stringify(m.loadAverageAtStart)}, at end ${JSON.stringify(m.loadAverageAtEnd)}; code ${results.code ? `${results.code.commit}${results.code.dirty ? ' + uncommitted changes' : ''}` : 'unknown'})`, '');

  if (results.calls) {
    const rows = results.calls.rows;
    const worst = Math.max(...rows.map((row) => Math.max(row.ratio.prefetchOff, row.ratio.prefetchOn)));
    lines.push(`### 1. Upstream calls per full traversal ÷ theoretical minimum (target 1.00 everywhere: ${verdict(worst <= 1.0001)})`, '');
    const sizes = [...new Set(rows.map((row) => row.first))];
    lines.push(`| resource | records | ${sizes.map((size) => `first ${size}: calls/min (off · on)`).join(' | ')} |`);
    lines.push(`| --- | ---: | ${sizes.map(() => '---:').join(' | ')} |`);
    for (const resource of [...new Set(rows.map((row) => row.resource))]) {
      const of = rows.filter((row) => row.resource === resource);
      const cells = sizes.map((size) => {
        const row = of.find((candidate) => candidate.first === size);
        if (!row) return '–';
        const flag = Math.max(row.ratio.prefetchOff, row.ratio.prefetchOn) > 1.0001 ? ' ⚠' : '';
        return `${row.calls.prefetchOff}·${row.calls.prefetchOn}/${row.minimum} = ${fmt(row.ratio.prefetchOff)}·${fmt(row.ratio.prefetchOn)}${flag}`;
      });
      const ended = of.some((row) => row.ended !== 'end') ? ` (ends ${of.find((row) => row.ended !== 'end')?.ended})` : '';
      lines.push(`| ${resource}${ended} | ${of[0]?.records ?? 0} | ${cells.join(' | ')} |`);
    }
    lines.push('', '"off · on": PREFETCH_PAGES=false · true. Minimum: per GraphQL page ceil(records / provider max) calls (Zendesk/Front 100, Intercom 150), + Zendesk\'s empty call after an exactly full last page, for Front every native page (of one size, Front tying a token to its limit) that the GraphQL page overlaps, best page-number window per page for offset lists, one call per request for unpaged lists.', '');
    if (results.calls.relations.length > 0) {
      lines.push('| follow-up relation (pages of first: 100) | pages | calls | minimum | ratio | how the minimum is counted |', '| --- | ---: | ---: | ---: | ---: | --- |');
      for (const row of results.calls.relations) lines.push(`| ${row.relation} | ${row.graphqlPages} | ${row.calls} | ${row.minimum} | ${fmt(row.ratio)}${row.ratio > 1.0001 ? ' **MISSED**' : ''} | ${row.note} |`);
      lines.push('');
    }
    if (results.calls.relationsSkipped) lines.push(`Relations ${results.calls.relationsSkipped}.`, '');
  }

  if (results.traversal) {
    const t = results.traversal;
    lines.push(`### 2. Traversal time, GraphQL (first: 100) ÷ plain REST loop, ${t.latencyMs} ms per upstream call, ${t.rounds} rounds (min / median / max of the pair ratios)`, '');
    lines.push('| provider | records | client work | REST loop (median) | prefetch off (`PREFETCH_PAGES=false`, the default before issue 23) | prefetch on (the default: adaptive read-ahead) | target | verdict |', '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const row of t.rows) {
      const busy = row.clientWorkMs > 0;
      const target = busy ? 'on < 1.00' : '≤ 1.05';
      const met = busy ? row.ratioPrefetchOn.median < 1 : row.ratioPrefetchOn.median <= 1.05 || row.ratioPrefetchOff.median <= 1.05;
      const r = (x: { min: number; median: number; max: number }) => `${fmt(x.min)} / **${fmt(x.median)}** / ${fmt(x.max)}`;
      lines.push(`| ${row.provider} | ${row.records} | ${row.clientWorkMs} ms | ${row.medianMs.rest} ms | ${r(row.ratioPrefetchOff)} | ${r(row.ratioPrefetchOn)} | ${target} | ${verdict(met)}${!busy && row.ratioPrefetchOff.median > 1.05 ? ' (off: missed)' : ''} |`);
    }
    lines.push('');
  }

  if (results.throughput) {
    const t = results.throughput;
    lines.push(`### 3. Throughput, \`${t.query}\`, ${t.connections} connections, ${t.seconds} s × ${t.rounds} rounds, NODE_ENV=production, zero-latency simulator in its own process`, '');
    lines.push('| server | req/s (median) | p50 ms | p99 ms | server CPU per request |', '| --- | ---: | ---: | ---: | ---: |');
    const label = { gateway: 'this gateway', handwritten: '(a) hand-written Apollo Server 5 + fetch', bare: '(b) bare Apollo Server, from memory (ceiling)' } as const;
    for (const target of ['gateway', 'handwritten', 'bare'] as const) {
      const row = t.median[target];
      lines.push(`| ${label[target]} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.serverCpuMsPerRequest} ms |`);
    }
    lines.push('', `gateway ÷ (a): ${fmt(t.ratioVsHandwritten.min)} / **${fmt(t.ratioVsHandwritten.median)}** / ${fmt(t.ratioVsHandwritten.max)} (min / median / max per round; target ≥ 1.00: ${verdict(t.ratioVsHandwritten.median >= 1)}); gateway ÷ (b): **${fmt(t.ratioVsBare.median)}**. Server CPU per request, gateway ÷ (a): ${fmt(t.cpuRatioVsHandwritten.min)} / **${fmt(t.cpuRatioVsHandwritten.median)}** / ${fmt(t.cpuRatioVsHandwritten.max)} (below 1: the gateway spends less CPU per answer; the three processes share 2 cores with autocannon, so req/s also reflects how the cores are shared).`, '');
    for (const target of ['gateway', 'handwritten'] as const) {
      const profile = t.profiles[target];
      if (!profile) continue;
      const shares = profile.inclusiveByCategory.slice(0, 10).map((row) => `${row.category} ${(row.share * 100).toFixed(0)}%`);
      lines.push(`Profile of ${target} (${profile.busyMs} ms busy; inclusive share of busy time): ${shares.join(', ')}.`, '');
    }
  }

  if (results.memory) {
    lines.push(`### 4. Gateway RSS while traversing ${results.memory.runs[0]?.records ?? 0} Zendesk tickets (target: peak < ${PEAK_TARGET_MB} MB and flat: < ${GROWTH_TARGET_KB_PER_PAGE} KB per page over the second half of the pages)`, '');
    lines.push('| prefetch | node flags | pages × first | RSS at start | peak RSS | RSS 2nd decile → last decile | RSS growth per page, 2nd half | V8 heap used, 2nd → last decile | heap growth per page, 2nd half | verdict |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const run of results.memory.runs) {
      const met = run.peakRssMb < PEAK_TARGET_MB && run.growthKbPerPage < GROWTH_TARGET_KB_PER_PAGE;
      lines.push(`| ${run.prefetch ? 'on' : 'off'} | ${run.nodeFlags.length === 0 ? 'none (V8 defaults)' : `\`${run.nodeFlags.join(' ')}\` (npm start)`} | ${run.pages} × ${run.first} | ${run.rssAtStartMb} MB | ${run.peakRssMb} MB | ${run.rssEarlyMb} → ${run.rssLateMb} MB | ${run.growthKbPerPage} KB | ${run.heapUsedEarlyMb} → ${run.heapUsedLateMb} MB | ${run.heapGrowthKbPerPage} KB | ${verdict(met)} |`);
    }
    lines.push('');
  }

  if (results.inbox) {
    const inbox = results.inbox;
    const minimums = (['zendesk', 'intercom', 'front'] as const).map((provider) => `${provider} ${inbox.records[provider]} records: ${inbox.singleMinimums[provider]}`);
    lines.push(`### 5. Merged inbox (\`conversations\`), default settings (read-ahead on), ${inbox.latencyMs} ms per upstream call, ${inbox.rounds} rounds (min / median / max)`, '');
    lines.push('| first | records | GraphQL requests | upstream calls per merged traversal | sum of single minimums | calls ÷ minimum (target ≤ 1.10) | merged (median) | Zendesk / Intercom / Front alone (median) | merged ÷ slowest single | merged ÷ sum of singles |');
    lines.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |');
    const r = (x: { min: number; median: number; max: number }) => `${fmt(x.min)} / **${fmt(x.median)}** / ${fmt(x.max)}`;
    for (const row of inbox.rows) {
      lines.push(
        `| ${row.first} | ${row.records} | ${row.graphqlRequests} | ${row.mergedCalls.join(', ')} | ${row.minimum} | ${r(row.callRatio)} ${verdict(row.callRatio.max <= 1.1)} | ${row.medianMs.merged} ms | ${row.medianMs.zendesk} / ${row.medianMs.intercom} / ${row.medianMs.front} ms | ${r(row.timeRatio)} | ${r(row.timeRatioToSum)} |`,
      );
    }
    lines.push('', `Single minimums (each whole list at the provider's largest page): ${minimums.join(', ')}. "Alone": \`conversations(providers: [P])\`, the same list, page size and engine, on a second gateway (no page cache shared with the merged one); each round times the four traversals back to back in rotated order.`, '');
  }

  if (results.budget) {
    const b = results.budget;
    const limit = `${b.limit.requests}/${b.limit.perSeconds}s`;
    lines.push(`### 6. Rate budget, two instances sharing one Redis: \`${b.resource}\`, simulator limited to ${limit} (${b.limit.window} window), ${b.clients} clients alternating instances, ${b.latencyMs} ms per upstream call, RATE_LIMIT_MAX_WAIT_MS=${b.maxWaitMs}`, '');
    lines.push('| variant | rate limit set | seconds | calls admitted | admitted/s ÷ limit (utilisation) | admitted ÷ most the provider admits | 429s | other statuses | GraphQL pages | GraphQL errors by code | verdict (≥ 0.90 of what the provider admits, no 429) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | --- |');
    for (const run of b.runs) {
      const other = Object.entries(run.otherStatuses).map(([status, count]) => `${status}: ${count}`).join(', ') || '–';
      const errors = Object.entries(run.errorsByCode).map(([code, count]) => `${code}: ${count}`).join(', ') || '–';
      lines.push(`| ${run.variant} | \`${run.configured}\` | ${run.seconds} | ${run.admitted} | ${fmt(run.utilisation)} | ${run.admitted}/${run.allowance} = ${fmt(run.allowanceUsed)} | ${run.rateLimited} | ${other} | ${run.graphqlPages} | ${errors} | ${verdict(run.allowanceUsed >= 0.9 && run.rateLimited === 0)} |`);
    }
    lines.push('', `"Most the provider admits": ${limit} × the windows the drive touched (a window opens with the first call); admitted/s ÷ limit exceeds 1 in a short run because the first window is spent at once. "No budget": the rate limit variable at 1,000,000/1s; the gateway still learns the limit from the provider's rate-limit headers (issue 23). "Headers hidden": the bench's proxy drops those headers, so only a 429's Retry-After is left: as before issue 23.`, '');
  }
  return lines.join('\n');
}
