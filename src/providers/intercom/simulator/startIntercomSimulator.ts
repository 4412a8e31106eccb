import type { FaultOptions } from '../../../simulators/kit/faultPlan';
import { startSimulatorServer, type RateLimitOptions, type RunningSimulator } from '../../../simulators/kit/simulatorServer';
import { authorizeIntercomRequest } from './authorizeIntercomRequest';
import { companyRoutes } from './companyRoutes';
import { createIntercomDataset } from './createIntercomDataset';
import { directoryRoutes } from './directoryRoutes';
import { fallbackRoutes } from './fallbackRoutes';
import type { IntercomDataset, IntercomDatasetSizes } from './intercomDataset';
import { intercomErrorBody } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';
import { listRoutes } from './listRoutes';
import { createRecordMutator, type MutableKind, type RecordMutation } from './recordMutator';
import { retrieveRoutes } from './retrieveRoutes';
import { searchRoutes } from './searchRoutes';

export interface IntercomSimulatorOptions {
  seed: number;
  sizes: IntercomDatasetSizes;
  token: string;
  /** Emit `pages.per_page` as a string ("5"), as the seed's list examples do; the spec says integer. */
  perPageAsString: boolean;
  rateLimit?: RateLimitOptions;
  /** Injected 429s, 5xx, dropped connections and latency. */
  faults?: FaultOptions;
  /**
   * Every Nth list or search request for conversations (or contacts) first gives one random record
   * of that kind a new `updated_at` ("now"), so a traversal meets the stateless-cursor warning.
   */
  mutateEveryNRequests?: number;
  port?: number;
  host?: string;
}

export interface IntercomSimulator extends RunningSimulator {
  /** The records, as the API returns them, for tests to compare with. Touches change them in place. */
  readonly data: IntercomDataset;
  /** Changes `updated_at` of a record (default: "now", newer than every other) so later pages see it moved. */
  touch(kind: 'conversation' | 'contact', id: string, changes?: { updated_at?: number }): void;
  /** Every touch and automatic mutation so far, oldest first. */
  readonly mutations: ReadonlyArray<RecordMutation>;
}

export const defaultIntercomSimulatorOptions: IntercomSimulatorOptions = {
  seed: 2,
  sizes: { conversations: 2000, contacts: 5000, companies: 300, admins: 15, teams: 5, tags: 40, tickets: 500 },
  token: 'sim-intercom-token',
  perPageAsString: false,
};

/** The 429 body: Intercom's error list with a `rate_limit_exceeded` code and a message. */
function rateLimitedBody(): unknown {
  return intercomErrorBody('rate_limit_exceeded', 'Exceeded rate limit, retry after the time in the Retry-After header');
}

export async function startIntercomSimulator(options: Partial<IntercomSimulatorOptions> = {}): Promise<IntercomSimulator> {
  const settings: IntercomSimulatorOptions = {
    ...defaultIntercomSimulatorOptions,
    ...options,
    sizes: { ...defaultIntercomSimulatorOptions.sizes, ...options.sizes },
  };
  const dataset = createIntercomDataset(settings.seed, settings.sizes);
  const mutator = createRecordMutator(dataset, settings.seed, settings.mutateEveryNRequests);
  const context: IntercomRouteContext = { dataset, perPageFormat: settings.perPageAsString ? 'string' : 'integer', mutator };
  const server = await startSimulatorServer({
    name: 'intercom',
    routes: [
      ...listRoutes(context),
      ...searchRoutes(context),
      ...companyRoutes(context),
      ...directoryRoutes(context),
      ...retrieveRoutes(context),
      ...fallbackRoutes(),
    ],
    authorize: authorizeIntercomRequest(settings.token),
    rateLimitedBody,
    rateLimit: settings.rateLimit,
    faults: settings.faults,
    port: settings.port,
    host: settings.host,
  });
  return {
    url: server.url,
    port: server.port,
    requests: server.requests,
    close: () => server.close(),
    data: dataset,
    touch: (kind: MutableKind, id: string, changes?: { updated_at?: number }) => mutator.touch(kind, id, changes),
    mutations: mutator.mutations,
  };
}
