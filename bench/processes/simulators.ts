/**
 * Child process: the provider simulators the bench talks to, each behind a latency-injecting proxy,
 * plus a small control server that reads and clears the simulators' request logs.
 *
 * BENCH_SIMULATORS (JSON): { latencyMs, zendesk?: sizes, intercom?: sizes, front?: sizes,
 * rateLimits?: { <provider>: RateLimitOptions }, hideRateLimitHeaders?: boolean }; a provider left
 * out is not started, one without a rate limit is not limited; hideRateLimitHeaders: the proxies
 * drop the rate-limit headers from answers. Prints one line `BENCH_READY <json>` with, per provider, the
 * direct URL, the proxied URL (with latency) and the control URL.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startFrontSimulator } from '../../src/providers/front/simulator';
import type { FrontDatasetSizes } from '../../src/providers/front/simulator/frontSimulatorOptions';
import { startIntercomSimulator } from '../../src/providers/intercom/simulator';
import type { IntercomDatasetSizes } from '../../src/providers/intercom/simulator/intercomDataset';
import type { RateLimitOptions, RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskDatasetSizes } from '../../src/providers/zendesk/simulator';
import { type LatencyProxy, startLatencyProxy } from '../lib/latencyProxy';

interface Options {
  readonly latencyMs: number;
  readonly zendesk?: Partial<ZendeskDatasetSizes>;
  readonly intercom?: Partial<IntercomDatasetSizes>;
  readonly front?: Partial<FrontDatasetSizes>;
  readonly rateLimits?: { readonly zendesk?: RateLimitOptions; readonly intercom?: RateLimitOptions; readonly front?: RateLimitOptions };
  readonly hideRateLimitHeaders?: boolean;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.env.BENCH_SIMULATORS ?? '{"latencyMs":0}') as Options;
  const simulators: Record<string, RunningSimulator> = {};
  const limits = options.rateLimits ?? {};
  if (options.zendesk) simulators.zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, ...options.zendesk }, rateLimit: limits.zendesk });
  if (options.intercom) simulators.intercom = await startIntercomSimulator({ sizes: options.intercom as IntercomDatasetSizes, rateLimit: limits.intercom });
  if (options.front) simulators.front = await startFrontSimulator({ sizes: options.front as FrontDatasetSizes, rateLimit: limits.front });
  const proxies: Record<string, LatencyProxy> = {};
  for (const [name, simulator] of Object.entries(simulators)) proxies[name] = await startLatencyProxy(simulator.url, options.latencyMs, '127.0.0.1', { hideRateLimitHeaders: options.hideRateLimitHeaders === true });

  const control = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://control');
    const provider = url.searchParams.get('provider');
    const selected = provider === null ? Object.values(simulators) : [simulators[provider]].filter((s): s is RunningSimulator => s !== undefined);
    if (url.pathname === '/clear') {
      for (const simulator of selected) simulator.requests.clear();
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/requests') {
      const entries = selected.flatMap((simulator) => simulator.requests.entries.map((entry) => ({ method: entry.method, path: entry.path, status: entry.status })));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(entries));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', () => resolve()));
  const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;

  const ready = Object.fromEntries(Object.entries(simulators).map(([name, simulator]) => [name, { direct: simulator.url, proxied: proxies[name]?.url }]));
  process.stdout.write(`BENCH_READY ${JSON.stringify({ ...ready, control: controlUrl })}\n`);

  const stop = (): void => {
    control.close();
    void Promise.all([...Object.values(proxies).map((proxy) => proxy.close()), ...Object.values(simulators).map((simulator) => simulator.close())]).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench simulators: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
