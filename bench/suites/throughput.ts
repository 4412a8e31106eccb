import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';

import { type ProfileSummary, summarizeCpuProfile } from '../lib/cpuProfile';
import { CREDENTIALS, GATEWAY_NODE_FLAGS, startGateway, startSimulators } from '../lib/harness';
import { type BenchProcess, startBenchProcess } from '../lib/processes';
import type { BenchSettings } from '../lib/settings';
import { median, round } from '../lib/stats';

export const THROUGHPUT_QUERY = '{ zendesk { tickets(first: 10) { edges { node { id } } } } }';
type Target = 'gateway' | 'handwritten' | 'bare';

export interface ThroughputRun {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly mismatches: number;
  /** CPU the server process used per answered request, ms (user + system, /proc): less noisy than req/s on a shared machine. */
  readonly serverCpuMsPerRequest: number;
}

export interface ThroughputResult {
  readonly connections: number;
  readonly seconds: number;
  readonly rounds: number;
  readonly query: string;
  readonly runs: Record<Target, ReadonlyArray<ThroughputRun>>;
  readonly median: Record<Target, { requestsPerSecond: number; p50Ms: number; p99Ms: number; serverCpuMsPerRequest: number }>;
  /** gateway / handwritten, pair by pair per round. */
  readonly ratioVsHandwritten: { min: number; median: number; max: number };
  readonly ratioVsBare: { min: number; median: number; max: number };
  /** Server CPU per request, gateway / handwritten, pair by pair per round (below 1: the gateway spends less). */
  readonly cpuRatioVsHandwritten: { min: number; median: number; max: number };
  readonly profiles: Partial<Record<'gateway' | 'handwritten', ProfileSummary & { file: string; requestsPerSecondWhileProfiled: number }>>;
}

async function load(url: string, connections: number, seconds: number, expectBody?: string, cpuSeconds: () => number = () => Number.NaN): Promise<ThroughputRun> {
  const cpuBefore = cpuSeconds();
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: THROUGHPUT_QUERY }),
    connections,
    duration: seconds,
    ...(expectBody === undefined ? {} : { expectBody }),
  });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    mismatches: (result as unknown as { mismatches?: number }).mismatches ?? 0,
    serverCpuMsPerRequest: round(((cpuSeconds() - cpuBefore) * 1000) / Math.max(1, result.requests.total), 3),
  };
}

/** One answer, checked: ten edges and no errors. Returns the exact body, which every later answer must equal. */
async function expectedBody(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: THROUGHPUT_QUERY }) });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: { zendesk?: { tickets?: { edges?: unknown[] } } }; errors?: unknown };
  if (response.status !== 200 || body.errors || body.data?.zendesk?.tickets?.edges?.length !== 10) throw new Error(`${url}: unexpected answer ${text.slice(0, 300)}`);
  return text;
}

export async function runThroughput(settings: BenchSettings, resultsDir: string, log: (line: string) => void): Promise<ThroughputResult> {
  const simulators = await startSimulators({ zendesk: { tickets: 1000, users: 50, organizations: 10, groups: 5, articles: 10, maxCommentsPerTicket: 1 } }, 0);
  const zendesk = simulators.ready.zendesk?.direct ?? '';
  const production = { NODE_ENV: 'production' };
  const handwrittenEnv = { ...production, ZENDESK_BASE_URL: zendesk, ZENDESK_EMAIL: CREDENTIALS.zendeskEmail, ZENDESK_API_TOKEN: CREDENTIALS.zendeskToken };
  const start = (target: Target, nodeArgs: ReadonlyArray<string> = []): Promise<BenchProcess<{ url: string }>> =>
    target === 'gateway'
      ? startGateway(simulators.ready, { via: 'direct', prefetch: false, production: true }, [...GATEWAY_NODE_FLAGS, ...nodeArgs])
      : startBenchProcess('handwrittenServer', target === 'bare' ? { ...production, BENCH_MODE: 'memory' } : handwrittenEnv, nodeArgs);
  const servers: Partial<Record<Target, BenchProcess<{ url: string }>>> = {};
  try {
    const targets: Target[] = ['gateway', 'handwritten', 'bare'];
    const bodies: Partial<Record<Target, string>> = {};
    for (const target of targets) {
      const server = await start(target);
      servers[target] = server;
      bodies[target] = await expectedBody(server.ready.url);
    }
    const ids = (text: string | undefined) => JSON.stringify((JSON.parse(text ?? '{}') as { data: unknown }).data);
    if (ids(bodies.gateway) !== ids(bodies.handwritten)) throw new Error('gateway and hand-written server disagree on the answer');

    const runs: Record<Target, ThroughputRun[]> = { gateway: [], handwritten: [], bare: [] };
    for (const target of targets) {
      const server = servers[target];
      if (server && settings.warmupSeconds > 0) await load(server.ready.url, settings.connections, settings.warmupSeconds);
    }
    for (let roundIndex = 0; roundIndex < settings.throughputRounds; roundIndex += 1) {
      const order = targets.map((_, index) => targets[(index + roundIndex) % targets.length] as Target);
      for (const target of order) {
        const server = servers[target];
        if (!server) continue;
        const run = await load(server.ready.url, settings.connections, settings.throughputSeconds, bodies[target], () => server.cpuSeconds());
        runs[target].push(run);
        log(`throughput ${target} round ${roundIndex + 1}: ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, server CPU ${run.serverCpuMsPerRequest} ms/request (non2xx ${run.non2xx}, errors ${run.errors}, mismatches ${run.mismatches})`);
      }
    }
    const pairRatios = (other: Target) => runs.gateway.map((run, index) => run.requestsPerSecond / (runs[other][index]?.requestsPerSecond ?? Number.NaN));
    const summary = (values: number[]) => ({ min: round(Math.min(...values), 3), median: round(median(values), 3), max: round(Math.max(...values), 3) });
    const medianOf = (target: Target) => ({
      requestsPerSecond: round(median(runs[target].map((run) => run.requestsPerSecond)), 0),
      p50Ms: median(runs[target].map((run) => run.p50Ms)),
      p99Ms: median(runs[target].map((run) => run.p99Ms)),
      serverCpuMsPerRequest: round(median(runs[target].map((run) => run.serverCpuMsPerRequest)), 3),
    });
    await Promise.all(Object.values(servers).map((server) => server?.stop()));

    const profiles: ThroughputResult['profiles'] = {};
    if (settings.profileSeconds > 0) {
      for (const target of ['gateway', 'handwritten'] as const) {
        const dir = path.join(resultsDir, 'profiles', target);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const server = await start(target, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
        await load(server.ready.url, settings.connections, 1);
        const run = await load(server.ready.url, settings.connections, settings.profileSeconds);
        await server.stop();
        const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
        if (!file) {
          log(`throughput: no CPU profile written for ${target}`);
          continue;
        }
        profiles[target] = { file: path.relative(process.cwd(), path.join(dir, file)), requestsPerSecondWhileProfiled: run.requestsPerSecond, ...summarizeCpuProfile(path.join(dir, file), settings.profileSeconds * 1000 + 250) };
        log(`throughput: profiled ${target} (${run.requestsPerSecond} req/s under the profiler)`);
      }
    }
    return {
      connections: settings.connections,
      seconds: settings.throughputSeconds,
      rounds: settings.throughputRounds,
      query: THROUGHPUT_QUERY,
      runs,
      median: { gateway: medianOf('gateway'), handwritten: medianOf('handwritten'), bare: medianOf('bare') },
      ratioVsHandwritten: summary(pairRatios('handwritten')),
      ratioVsBare: summary(pairRatios('bare')),
      cpuRatioVsHandwritten: summary(runs.gateway.map((run, index) => run.serverCpuMsPerRequest / (runs.handwritten[index]?.serverCpuMsPerRequest ?? Number.NaN))),
      profiles,
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server?.stop()));
    await simulators.stop();
  }
}
