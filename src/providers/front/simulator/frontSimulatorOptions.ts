import type { FaultOptions } from '../../../simulators/kit/faultPlan';
import type { RateLimitOptions } from '../../../simulators/kit/simulatorServer';

/** The API token a simulator accepts unless started with another. */
export const DEFAULT_FRONT_TOKEN = 'sim-front-token';

export interface FrontDatasetSizes {
  readonly conversations: number;
  readonly contacts: number;
  readonly inboxes: number;
  readonly teammates: number;
  readonly tags: number;
  readonly accounts: number;
  readonly maxMessagesPerConversation: number;
  readonly maxCommentsPerConversation: number;
}

export interface FrontSimulatorOptions {
  readonly seed: number;
  readonly sizes: FrontDatasetSizes;
  readonly token: string;
  /**
   * Host (with scheme and port) that `_pagination.next` / `_links.self` URLs are built on. Real Front
   * answers on a company-specific host (`https://yourCompany.api.frontapp.com`) that differs from the
   * request host `api2.frontapp.com`.
   */
  readonly linkBaseUrl: string;
  readonly rateLimit?: RateLimitOptions | undefined;
  /** Injected 429s, 5xx, dropped connections and latency. */
  readonly faults?: FaultOptions | undefined;
  readonly port?: number | undefined;
  readonly host?: string | undefined;
}

export const defaultFrontSizes: FrontDatasetSizes = {
  conversations: 3000,
  contacts: 4000,
  inboxes: 10,
  teammates: 25,
  tags: 50,
  accounts: 100,
  maxMessagesPerConversation: 6,
  maxCommentsPerConversation: 3,
};

/** Fills in defaults; a partial `sizes` only overrides the sizes it names. */
export function resolveFrontSimulatorOptions(options: Partial<FrontSimulatorOptions> = {}): FrontSimulatorOptions {
  return {
    seed: options.seed ?? 3,
    sizes: { ...defaultFrontSizes, ...options.sizes },
    token: options.token ?? DEFAULT_FRONT_TOKEN,
    linkBaseUrl: (options.linkBaseUrl ?? 'https://acme.api.frontapp.com').replace(/\/+$/, ''),
    rateLimit: options.rateLimit,
    faults: options.faults,
    port: options.port,
    host: options.host,
  };
}
