import { z } from 'zod';

import { startFrontSimulator } from '../providers/front/simulator';
import type { FaultOptions } from './kit/faultPlan';
import { startIntercomSimulator } from '../providers/intercom/simulator';
import { DEFAULT_ZENDESK_CREDENTIALS, startZendeskSimulator } from '../providers/zendesk/simulator';

/**
 * `npm run simulate`: the three provider simulators alone, on fixed ports, for benchmarks and
 * manual testing (point ZENDESK_BASE_URL etc. of a gateway at them).
 */
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const rate = z.coerce.number().min(0).max(1).default(0);
const environment = z.object({
  SIMULATOR_HOST: z.string().default('127.0.0.1'),
  ZENDESK_SIMULATOR_PORT: port(4101),
  INTERCOM_SIMULATOR_PORT: port(4102),
  FRONT_SIMULATOR_PORT: port(4103),
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
  const zendesk = await startZendeskSimulator({ host, port: env.ZENDESK_SIMULATOR_PORT, faults });
  const intercom = await startIntercomSimulator({ host, port: env.INTERCOM_SIMULATOR_PORT, faults });
  const front = await startFrontSimulator({ host, port: env.FRONT_SIMULATOR_PORT, faults });
  const lines = [
    `Zendesk simulator:  ZENDESK_BASE_URL=${zendesk.url} ZENDESK_EMAIL=${DEFAULT_ZENDESK_CREDENTIALS.email} ZENDESK_API_TOKEN=${DEFAULT_ZENDESK_CREDENTIALS.apiToken}`,
    `Intercom simulator: INTERCOM_BASE_URL=${intercom.url} INTERCOM_TOKEN=sim-intercom-token`,
    `Front simulator:    FRONT_BASE_URL=${front.url} FRONT_TOKEN=sim-front-token`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = (): void => {
    void Promise.all([zendesk.close(), intercom.close(), front.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
