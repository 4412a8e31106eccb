import { z } from 'zod';

import { PROVIDER_MODULES } from '../registry/providerRegistry';
import type { FaultOptions } from './kit/faultPlan';
import type { RunningSimulator } from './kit/simulatorServer';

/**
 * `npm run simulate`: every registered provider's simulator alone, on fixed ports
 * (`<NAME>_SIMULATOR_PORT`, else the module's default), for benchmarks and manual testing: it
 * prints the variables that point a gateway at each. The entry point reads the registry to find
 * the simulators; the simulators themselves know nothing of the gateway.
 */
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const rate = z.coerce.number().min(0).max(1).default(0);
const portVariable = (name: string): string => `${name.toUpperCase()}_SIMULATOR_PORT`;
const environment = z.object({
  SIMULATOR_HOST: z.string().default('127.0.0.1'),
  ...Object.fromEntries(PROVIDER_MODULES.map((module) => [portVariable(module.name), port(module.simulator.defaultPort)])),
  // Fault injection (src/simulators/kit/faultPlan.ts); all off by default.
  SIMULATOR_FAULT_SEED: z.coerce.number().int().min(0).default(0),
  SIMULATOR_FAULT_429_RATE: rate,
  SIMULATOR_FAULT_RETRY_AFTER_SECONDS: z.coerce.number().int().min(0).max(3600).default(1),
  SIMULATOR_FAULT_5XX_RATE: rate,
  SIMULATOR_FAULT_DROP_RATE: rate,
  SIMULATOR_LATENCY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
});

function faultsFrom(env: z.infer<typeof environment>): FaultOptions {
  return {
    seed: env.SIMULATOR_FAULT_SEED,
    rateLimitedRate: env.SIMULATOR_FAULT_429_RATE,
    retryAfterSeconds: env.SIMULATOR_FAULT_RETRY_AFTER_SECONDS,
    serverErrorRate: env.SIMULATOR_FAULT_5XX_RATE,
    dropRate: env.SIMULATOR_FAULT_DROP_RATE,
    latencyMs: env.SIMULATOR_LATENCY_MS,
  };
}

async function main(): Promise<void> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) process.stderr.write(`config error: ${issue.path.join('.')}: ${issue.message}\n`);
    process.exit(1);
  }
  const env = parsed.data;
  const host = env.SIMULATOR_HOST;
  const faults = faultsFrom(env);
  const ports = env as Readonly<Record<string, unknown>>;
  const running: RunningSimulator[] = [];
  for (const module of PROVIDER_MODULES) {
    const simulatorPort = ports[portVariable(module.name)];
    const simulator = await module.simulator.start({ host, port: typeof simulatorPort === 'number' ? simulatorPort : module.simulator.defaultPort, faults });
    running.push(simulator);
    const variables = Object.entries(module.simulator.gatewayVariables(simulator.url)).map(([name, value]) => `${name}=${value}`);
    process.stdout.write(`${`${module.title} simulator:`.padEnd(20)}${variables.join(' ')}\n`);
  }
  const stop = (): void => {
    void Promise.all(running.map((simulator) => simulator.close())).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
