import { createHttpClient, type HttpClient, type UpstreamHttp, type UpstreamRequest } from '../../src/providers/http/httpClient';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';
import { loadConfig } from '../../src/config';
import type { ProviderModule } from '../../src/registry/providerModule';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';

/** An HTTP view of a running simulator, as a GraphQL request gets one, recording what the paginators send. */
export interface SimulatorHttp {
  readonly http: UpstreamHttp;
  /** Every request the paginators made, with query and body (the simulator log has no body: Intercom's searches page in it). */
  readonly sent: UpstreamRequest[];
  close(): Promise<void>;
}

/** A registered provider's module, by name. */
function moduleNamed(provider: string): ProviderModule {
  const module = PROVIDER_MODULES.find((candidate) => candidate.name === provider);
  if (module === undefined) throw new Error(`no provider module ${provider}`);
  return module;
}

/** The client the runtime builds for a provider in simulator mode: its module's headers and error reader. */
export function simulatorHttp(provider: 'zendesk' | 'intercom' | 'front', simulator: Pick<RunningSimulator, 'url'>): SimulatorHttp {
  const module = moduleNamed(provider);
  const target = loadConfig({}).providers[provider];
  if (target === undefined) throw new Error(`no target for ${provider}`);
  const client: HttpClient = createHttpClient({
    provider,
    baseUrl: simulator.url,
    headers: target.headers,
    readErrorFields: module.http.readErrorFields,
    connectTimeoutMs: 5_000,
    requestTimeoutMs: 10_000,
    connections: 4,
  });
  const bound = client.bind(() => undefined);
  const sent: UpstreamRequest[] = [];
  return {
    sent,
    http: {
      requestJson(request) {
        sent.push(request);
        return bound.requestJson(request);
      },
      requestResponse(request) {
        sent.push(request);
        return bound.requestResponse(request);
      },
    },
    close: () => client.close(),
  };
}
