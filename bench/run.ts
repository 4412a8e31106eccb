/**
 * `npm run bench`: the issue-16 benchmark suite against the simulators. Writes
 * bench/results/latest.json and prints a markdown table. Settings: bench/lib/settings.ts (env vars).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type BenchResults, renderMarkdown } from './lib/report';
import { loadBenchSettings } from './lib/settings';
import { runInboxMerge } from './suites/inboxMerge';
import { runBudget } from './suites/budget';
import { runMemory } from './suites/memory';
import { runThroughput } from './suites/throughput';
import { runTraversalTime } from './suites/traversalTime';
import { runUpstreamCalls } from './suites/upstreamCalls';

async function main(): Promise<void> {
  const settings = loadBenchSettings(process.env);
  const resultsDir = path.resolve(process.cwd(), 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const started = Date.now();
  const log = (line: string): void => {
    process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  };
  const results: BenchResults = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
    },
    settings: { ...settings },
    code: codeVersion(),
    startedAt: new Date(started).toISOString(),
  };
  if (settings.suites.includes('calls')) results.calls = await runUpstreamCalls(settings, log);
  if (settings.suites.includes('traversal')) results.traversal = await runTraversalTime(settings, log);
  if (settings.suites.includes('throughput')) results.throughput = await runThroughput(settings, resultsDir, log);
  if (settings.suites.includes('memory')) results.memory = await runMemory(settings, log);
  if (settings.suites.includes('inbox')) results.inbox = await runInboxMerge(settings, log);
  if (settings.suites.includes('budget')) results.budget = await runBudget(settings, log);
  const final = { ...results, machine: { ...results.machine, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) }, durationSeconds: Math.round((Date.now() - started) / 1000) };
  const file = path.join(resultsDir, process.env.BENCH_OUTPUT ?? 'latest.json');
  writeFileSync(file, `${JSON.stringify(final, null, 2)}\n`);
  const markdown = renderMarkdown(final);
  writeFileSync(file.replace(/\.json$/, '.md'), `${markdown}\n`);
  process.stdout.write(`${markdown}\n\n(${final.durationSeconds} s; ${path.relative(process.cwd(), file)})\n`);
}

/** The commit measured, and whether the work tree had uncommitted changes (the bench runs the work tree). */
function codeVersion(): { commit: string; dirty: boolean } | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'schema', 'package.json'], { encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
