import { resolveSizes, startSimulator, type SeededSimulator, type SimulatorStartOptions } from '../../../simulators/kit/startSimulator';
import { authorizeIntercomRequest } from './authorizeIntercomRequest';
import { createIntercomDataset, DEFAULT_ARTICLES, DEFAULT_DATA_ATTRIBUTES, DEFAULT_SEGMENTS } from './createIntercomDataset';
import type { IntercomDataset, IntercomDatasetSizes } from './intercomDataset';
import { intercomRateLimitFormat } from './intercomRateLimitFormat';
import { createIntercomRouter } from './intercomRouter';
import { createRecordMutator, type MutableKind, type RecordMutation, type RecordMutator } from './recordMutator';

export interface IntercomSimulatorOptions extends SimulatorStartOptions {
  /** Only the sizes named here differ from the defaults. */
  readonly sizes?: Partial<IntercomDatasetSizes> | undefined;
  readonly token?: string | undefined;
  /** Emit `pages.per_page` as a string ("5"), as the seed's list examples do; the spec says integer. */
  readonly perPageAsString?: boolean | undefined;
  /**
   * Every Nth list or search request for conversations (or contacts) first gives one random record
   * of that kind a new `updated_at` ("now"), so a traversal meets the stateless-cursor warning.
   */
  readonly mutateEveryNRequests?: number | undefined;
}

export interface IntercomSimulator extends SeededSimulator<IntercomDataset, IntercomDatasetSizes> {
  /** Changes `updated_at` of a record (default: "now", newer than every other) so later pages see it moved. */
  touch(kind: 'conversation' | 'contact', id: string, changes?: { updated_at?: number }): void;
  /** Every touch and automatic mutation so far, oldest first. */
  readonly mutations: ReadonlyArray<RecordMutation>;
}

export const defaultIntercomSimulatorOptions: {
  readonly seed: number;
  readonly sizes: IntercomDatasetSizes;
  readonly token: string;
  readonly perPageAsString: boolean;
} = {
  seed: 2,
  sizes: { conversations: 2000, contacts: 5000, companies: 300, admins: 15, teams: 5, tags: 40, tickets: 500, segments: DEFAULT_SEGMENTS, dataAttributes: DEFAULT_DATA_ATTRIBUTES, articles: DEFAULT_ARTICLES },
  token: 'sim-intercom-token',
  perPageAsString: false,
};

export async function startIntercomSimulator(options: IntercomSimulatorOptions = {}): Promise<IntercomSimulator> {
  const defaults = defaultIntercomSimulatorOptions;
  const seed = options.seed ?? defaults.seed;
  let mutator: RecordMutator | undefined;
  const simulator = await startSimulator(
    {
      name: 'intercom',
      seed,
      sizes: resolveSizes(defaults.sizes, options.sizes),
      dataset: (datasetSeed, sizes) => createIntercomDataset(datasetSeed, sizes),
      router: (dataset) => {
        mutator = createRecordMutator(dataset, seed, options.mutateEveryNRequests);
        const perPageFormat = options.perPageAsString ?? defaults.perPageAsString ? 'string' : 'integer';
        return createIntercomRouter({ dataset, perPageFormat, mutator });
      },
      authorize: authorizeIntercomRequest(options.token ?? defaults.token),
      rateLimitFormat: intercomRateLimitFormat,
    },
    options,
  );
  const mutations = mutator;
  if (!mutations) throw new Error('the Intercom router was not built');
  return {
    ...simulator,
    touch: (kind: MutableKind, id: string, changes?: { updated_at?: number }) => mutations.touch(kind, id, changes),
    mutations: mutations.mutations,
  };
}
