import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { frontEnv, intercomEnv, startTestGateway, type GraphQLResponse, type TestGateway, zendeskEnv } from './testGateway';

/** `extensions.upstreamCalls` as the gateway reports it with EXPOSE_UPSTREAM_CALLS=true. */
export interface UpstreamCallsExtension {
  readonly total: number;
  readonly byProvider: Readonly<Record<string, number>>;
  readonly byEndpoint: Readonly<Record<string, number>>;
}

/** One gateway in front of the three simulators, reporting each response's upstream calls. */
export interface RelationsGateway {
  readonly gateway: TestGateway;
  readonly zendesk: ZendeskSimulator;
  readonly intercom: IntercomSimulator;
  readonly front: FrontSimulator;
  /** Requests every simulator received since the last `clearLogs()`. */
  totalRequests(): number;
  clearLogs(): void;
  stop(): Promise<void>;
}

export async function startRelationsGateway(): Promise<RelationsGateway> {
  const [zendesk, intercom, front] = await Promise.all([startZendeskSimulator(), startIntercomSimulator(), startFrontSimulator()]);
  const gateway = await startTestGateway({
    ...zendeskEnv(zendesk),
    ...intercomEnv(intercom),
    ...frontEnv(front),
    EXPOSE_UPSTREAM_CALLS: 'true',
    // Generous request limits (issue 14) so these queries measure batching, not the guard rails.
    UPSTREAM_MAX_CALLS_PER_REQUEST: '100000',
    MAX_QUERY_COST: '10000000',
    MAX_QUERY_NODES: '100000000',
  });
  const simulators = [zendesk, intercom, front];
  return {
    gateway,
    zendesk,
    intercom,
    front,
    totalRequests: () => simulators.reduce((sum, simulator) => sum + simulator.requests.entries.length, 0),
    clearLogs: () => simulators.forEach((simulator) => simulator.requests.clear()),
    async stop() {
      await gateway.stop();
      await Promise.all(simulators.map((simulator) => simulator.close()));
    },
  };
}

/** The response's `extensions.upstreamCalls`, failing the test when it is missing. */
export function upstreamCallsOf(response: GraphQLResponse): UpstreamCallsExtension {
  const calls = response.extensions?.upstreamCalls;
  if (calls === undefined) throw new Error('no extensions.upstreamCalls in the response');
  return calls as UpstreamCallsExtension;
}

/** Requests a simulator logged whose path matches `pattern`. */
export function requestsMatching(simulator: { requests: { entries: ReadonlyArray<{ path: string }> } }, pattern: RegExp): number {
  return simulator.requests.entries.filter((entry) => pattern.test(entry.path)).length;
}

/** `ceil(count / max)`: the calls a batch endpoint needs for `count` distinct ids. */
export function batches(count: number, max: number): number {
  return Math.ceil(count / max);
}
