import type { FaultOptions } from './faultPlan';
import type { RateLimitOptions } from './rateLimit';
import type { RateLimitFormat } from './rateLimitFormat';
import type { Router } from './router';
import type { SimRequest } from './simRequest';
import type { SimResponse } from './simResponse';
import { listenSimulator, type RunningSimulator } from './simulatorServer';

/** What every simulator's `startXSimulator(options)` takes; each adds its credentials and `sizes`. */
export interface SimulatorStartOptions {
  readonly host?: string | undefined;
  /** 0 or absent: any free port. */
  readonly port?: number | undefined;
  /** The data set's seed: same seed and sizes, same records. */
  readonly seed?: number | undefined;
  /** Injected 429s, 5xx, dropped connections and latency. */
  readonly faults?: FaultOptions | undefined;
  /** The simulator's own rate limit, answered in the provider's 429 format; off when absent. */
  readonly rateLimit?: RateLimitOptions | undefined;
}

/** A running simulator and the records it serves, built from `(seed, sizes)` with the kit's random. */
export interface SeededSimulator<Data, Sizes> extends RunningSimulator {
  readonly seed: number;
  readonly sizes: Sizes;
  readonly data: Data;
}

/** What a provider declares; the kit does the serving. */
export interface SimulatorDefinition<Data, Sizes> {
  readonly name: string;
  readonly seed: number;
  readonly sizes: Sizes;
  /** The data set, built once the server listens because some providers' record URLs point at it. */
  dataset(seed: number, sizes: Sizes, url: string): Data;
  router(data: Data, url: string): Router;
  /** Returns a response to send instead of routing (401), or null when the request may pass. */
  authorize(request: SimRequest): SimResponse | null;
  readonly rateLimitFormat: RateLimitFormat;
}

export async function startSimulator<Data, Sizes>(
  definition: SimulatorDefinition<Data, Sizes>,
  options: SimulatorStartOptions,
): Promise<SeededSimulator<Data, Sizes>> {
  const listening = await listenSimulator({
    name: definition.name,
    authorize: (request) => definition.authorize(request),
    rateLimitFormat: definition.rateLimitFormat,
    rateLimit: options.rateLimit,
    faults: options.faults,
    port: options.port,
    host: options.host,
  });
  const { simulator } = listening;
  const data = definition.dataset(definition.seed, definition.sizes, simulator.url);
  listening.serve(definition.router(data, simulator.url));
  return {
    url: simulator.url,
    port: simulator.port,
    requests: simulator.requests,
    close: () => simulator.close(),
    seed: definition.seed,
    sizes: definition.sizes,
    data,
  };
}

/** A partial `sizes` overrides only the sizes it names. */
export function resolveSizes<Sizes extends object>(defaults: Sizes, given: Partial<Sizes> | undefined): Sizes {
  return { ...defaults, ...given };
}
