import { type RunningSimulator, startSimulatorServer } from '../../../simulators/kit/simulatorServer';
import { authorizeFrontRequest } from './authorizeFrontRequest';
import { createFrontDataset } from './createFrontDataset';
import { createFrontRoutes } from './createFrontRoutes';
import { frontErrorBody } from './frontError';
import { createFrontLinks } from './frontLinks';
import type { FrontDataset } from './frontDataset';
import { type FrontSimulatorOptions, resolveFrontSimulatorOptions } from './frontSimulatorOptions';
import { createPageTokenCodec } from './pageTokenCodec';

export interface FrontSimulator extends RunningSimulator {
  readonly data: FrontDataset;
}

export async function startFrontSimulator(options: Partial<FrontSimulatorOptions> = {}): Promise<FrontSimulator> {
  const resolved = resolveFrontSimulatorOptions(options);
  const data = createFrontDataset(resolved.seed, resolved.sizes, resolved.linkBaseUrl);
  const links = createFrontLinks(resolved.linkBaseUrl);
  // Keyed by the seed and token only, so tokens outlive a restart with the same options.
  const tokens = createPageTokenCodec(`${resolved.seed}/${resolved.token}`);
  const server = await startSimulatorServer({
    name: 'front',
    routes: createFrontRoutes({ data, links, tokens }),
    authorize: authorizeFrontRequest(resolved.token),
    rateLimitedBody: () => frontErrorBody(429, 'Rate limit exceeded, retry after the delay in Retry-After'),
    rateLimit: resolved.rateLimit,
    faults: resolved.faults,
    port: resolved.port,
    host: resolved.host,
  });
  return {
    url: server.url,
    port: server.port,
    requests: server.requests,
    close: () => server.close(),
    data,
  };
}
