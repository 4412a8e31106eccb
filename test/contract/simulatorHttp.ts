import { createHttpClient, type HttpClient, type UpstreamHttp, type UpstreamRequest } from '../../src/providers/http/httpClient';
import type { RunningSimulator } from '../../src/simulators/kit/simulatorServer';

/** An HTTP view of a running simulator, as a GraphQL request gets one, recording what the paginators send. */
export interface SimulatorHttp {
  readonly http: UpstreamHttp;
  /** Every request the paginators made, with query and body (the simulator log has no body: Intercom's searches page in it). */
  readonly sent: UpstreamRequest[];
  close(): Promise<void>;
}

/** The auth (and version) headers the runtime sends each provider (src/runtime/*Upstream.ts), with the simulators' default credentials. */
export const SIMULATOR_HEADERS = {
  zendesk: { authorization: `Basic ${Buffer.from('agent@example.com/token:sim-zendesk-token').toString('base64')}` },
  intercom: { authorization: 'Bearer sim-intercom-token', 'intercom-version': '2.16' },
  front: { authorization: 'Bearer sim-front-token' },
} as const;

export function simulatorHttp(provider: keyof typeof SIMULATOR_HEADERS, simulator: Pick<RunningSimulator, 'url'>): SimulatorHttp {
  const client: HttpClient = createHttpClient({
    provider,
    baseUrl: simulator.url,
    headers: SIMULATOR_HEADERS[provider],
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
    },
    close: () => client.close(),
  };
}
