import type { DestinationStream } from 'pino';

import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { ProviderModule } from '../../src/registry/providerModule';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { type Runtime, startRuntime } from '../../src/runtime/startRuntime';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  readonly status: number;
  readonly data?: TData | null;
  readonly errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** Response extensions (`upstreamCalls` with EXPOSE_UPSTREAM_CALLS=true). */
  readonly extensions?: Record<string, unknown>;
}

export interface TestGateway {
  readonly runtime: Runtime;
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * Tests point the gateway at simulators as if they were real accounts, which would give them the
 * providers' published budgets (Front: 50 calls a minute). Tests about something else must not be
 * throttled, so the helper lifts them; tests of the budgets set their own.
 */
function unlimitedRateBudgets(providers: ReadonlyArray<ProviderModule>): Readonly<Record<string, string>> {
  return Object.fromEntries(providers.map((provider) => [`${provider.name.toUpperCase()}_RATE_LIMIT`, '1000000/1s']));
}

/**
 * Starts the real HTTP server on an ephemeral port, configured from environment-style variables
 * exactly as `npm start` is (tests point ZENDESK_BASE_URL at a simulator they started). With
 * `logTo`, every log line down to trace level goes there (tests that read the logs); else silent.
 */
export async function startTestGateway(
  env: Record<string, string>,
  logTo?: DestinationStream,
  providers: ReadonlyArray<ProviderModule> = PROVIDER_MODULES,
): Promise<TestGateway> {
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', CURSOR_SECRET: 'integration-test-secret-0123456789abcdef', ...unlimitedRateBudgets(providers), ...env },
    providers,
  );
  const runtime = await startRuntime(config, logTo ? createLogger('trace', logTo) : createLogger('silent'), providers);
  return {
    runtime,
    async query<TData>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${runtime.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
      return { status: response.status, ...body };
    },
    stop: () => runtime.stop(),
  };
}

/** Zendesk env vars that point the gateway at a simulator as if it were the real API. */
export function zendeskEnv(simulator: Pick<RunningSimulator, 'url'>): Record<string, string> {
  return { ZENDESK_BASE_URL: simulator.url, ZENDESK_EMAIL: 'agent@example.com', ZENDESK_API_TOKEN: 'sim-zendesk-token' };
}

/**
 * Front env vars that point the gateway at a simulator as if it were the real API; `token` must be
 * the one the simulator was started with (its default is 'sim-front-token').
 */
export function frontEnv(simulator: RunningSimulator, token = 'sim-front-token'): Record<string, string> {
  return { FRONT_BASE_URL: simulator.url, FRONT_TOKEN: token };
}

/** Intercom env vars that point the gateway at a simulator as if it were the real API. */
export function intercomEnv(simulator: RunningSimulator): Record<string, string> {
  return { INTERCOM_BASE_URL: simulator.url, INTERCOM_TOKEN: 'sim-intercom-token' };
}

/** Upstream requests a simulator received whose path starts with `prefix`. */
export function callsTo(simulator: RunningSimulator, prefix: string): number {
  return simulator.requests.entries.filter((entry) => entry.path.startsWith(prefix)).length;
}

/**
 * Waits until the read-ahead a response started (PREFETCH_PAGES, on by default) has reached the
 * simulator: its log stops growing and the gateway has no upstream call in flight.
 */
export async function readAheadSettled(gateway: TestGateway, simulator: Pick<RunningSimulator, 'requests'>): Promise<void> {
  let seen = -1;
  while (seen !== simulator.requests.entries.length) {
    seen = simulator.requests.entries.length;
    await gateway.runtime.gateway.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
