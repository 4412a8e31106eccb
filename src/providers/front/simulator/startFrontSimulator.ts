import { resolveSizes, startSimulator, type SeededSimulator } from '../../../simulators/kit/startSimulator';
import { authorizeFrontRequest } from './authorizeFrontRequest';
import { createFrontDataset } from './createFrontDataset';
import type { FrontDataset } from './frontDataset';
import { createFrontLinks } from './frontLinks';
import { frontRateLimitFormat } from './frontRateLimitFormat';
import { createFrontRouter } from './frontRouter';
import {
  DEFAULT_FRONT_LINK_BASE_URL,
  DEFAULT_FRONT_SEED,
  DEFAULT_FRONT_TOKEN,
  defaultFrontSizes,
  type FrontDatasetSizes,
  type FrontSimulatorOptions,
} from './frontSimulatorOptions';
import { createPageTokenCodec } from './pageTokenCodec';

export type FrontSimulator = SeededSimulator<FrontDataset, FrontDatasetSizes>;

export function startFrontSimulator(options: FrontSimulatorOptions = {}): Promise<FrontSimulator> {
  const seed = options.seed ?? DEFAULT_FRONT_SEED;
  const token = options.token ?? DEFAULT_FRONT_TOKEN;
  // Records' `_links` point at the company host, not at the simulator, whatever port it listens on.
  const linkBaseUrl = (options.linkBaseUrl ?? DEFAULT_FRONT_LINK_BASE_URL).replace(/\/+$/, '');
  return startSimulator(
    {
      name: 'front',
      seed,
      sizes: resolveSizes(defaultFrontSizes, options.sizes),
      dataset: (datasetSeed, sizes) => createFrontDataset(datasetSeed, sizes, linkBaseUrl),
      router: (data) =>
        createFrontRouter({
          data,
          links: createFrontLinks(linkBaseUrl),
          // Keyed by the seed and token only, so tokens outlive a restart with the same options.
          tokens: createPageTokenCodec(`${seed}/${token}`),
        }),
      authorize: authorizeFrontRequest(token),
      rateLimitFormat: frontRateLimitFormat,
    },
    options,
  );
}
