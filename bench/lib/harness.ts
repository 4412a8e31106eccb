import type { RateLimitOptions } from '../../src/simulators/kit/simulatorServer';
import { type BenchProcess, startBenchProcess } from './processes';

export interface SimulatorEndpoints {
  readonly direct: string;
  readonly proxied: string;
}

export interface SimulatorsReady {
  readonly zendesk?: SimulatorEndpoints;
  readonly intercom?: SimulatorEndpoints;
  readonly front?: SimulatorEndpoints;
  readonly control: string;
}

export interface SimulatorSizes {
  readonly zendesk?: Record<string, number>;
  readonly intercom?: Record<string, number>;
  readonly front?: Record<string, number>;
}

export const CREDENTIALS = {
  zendeskEmail: 'agent@example.com',
  zendeskToken: 'sim-zendesk-token',
  intercomToken: 'sim-intercom-token',
  frontToken: 'sim-front-token',
} as const;

export const ZENDESK_AUTHORIZATION = `Basic ${Buffer.from(`${CREDENTIALS.zendeskEmail}/token:${CREDENTIALS.zendeskToken}`).toString('base64')}`;

export interface SimulatorLimits {
  /** Each simulator's own rate limit; none: not limited. */
  readonly rateLimits?: Partial<Record<'zendesk' | 'intercom' | 'front', RateLimitOptions>>;
  /** The proxies drop the rate-limit headers from answers (the `proxied` URLs only). */
  readonly hideRateLimitHeaders?: boolean;
}

/** The simulators in a child process, each behind a proxy adding `latencyMs` per call; limited only where `limits` says. */
export function startSimulators(sizes: SimulatorSizes, latencyMs: number, limits: SimulatorLimits = {}): Promise<BenchProcess<SimulatorsReady>> {
  return startBenchProcess<SimulatorsReady>('simulators', { BENCH_SIMULATORS: JSON.stringify({ latencyMs, ...sizes, ...limits }) }, ['--max-old-space-size=8192']);
}

/** A port nothing listens on: providers a measurement does not use point here (so the gateway starts no in-process simulator for them). */
const UNUSED = 'http://127.0.0.1:9';

export interface GatewayOptions {
  readonly via: 'proxied' | 'direct';
  readonly prefetch: boolean;
  readonly production?: boolean;
  readonly extraEnv?: Record<string, string>;
}

export function gatewayEnv(simulators: SimulatorsReady, options: GatewayOptions): Record<string, string> {
  const base = (endpoints: SimulatorEndpoints | undefined) => (endpoints ? endpoints[options.via] : UNUSED);
  return {
    NODE_ENV: options.production ? 'production' : 'development',
    LOG_LEVEL: 'silent',
    MAX_PAGE_SIZE: '1000',
    CURSOR_SECRET: 'bench-cursor-secret-0123456789abcdef-0123456789',
    PREFETCH_PAGES: options.prefetch ? 'true' : 'false',
    ZENDESK_BASE_URL: base(simulators.zendesk),
    ZENDESK_EMAIL: CREDENTIALS.zendeskEmail,
    ZENDESK_API_TOKEN: CREDENTIALS.zendeskToken,
    INTERCOM_BASE_URL: base(simulators.intercom),
    INTERCOM_TOKEN: CREDENTIALS.intercomToken,
    FRONT_BASE_URL: base(simulators.front),
    FRONT_TOKEN: CREDENTIALS.frontToken,
    // The simulators stand in for accounts, which would get the providers' published budgets
    // (issue 23; Front: 50 calls a minute): the bench measures the gateway, not those limits.
    ZENDESK_RATE_LIMIT: '1000000/1s',
    INTERCOM_RATE_LIMIT: '1000000/1s',
    FRONT_RATE_LIMIT: '1000000/1s',
    ...options.extraEnv,
  };
}

export interface GatewayReady {
  readonly url: string;
}

/**
 * The Node flags `npm start` runs the gateway with (package.json), so the bench measures the process
 * production runs. `--max-old-space-size=1024`: V8 sizes the old generation's growth between full
 * GCs from the heap limit; with Node's default on a large host, dead pages piled up (memory suite).
 */
export const GATEWAY_NODE_FLAGS: ReadonlyArray<string> = ['--max-old-space-size=1024'];

export function startGateway(
  simulators: SimulatorsReady,
  options: GatewayOptions,
  nodeArgs: ReadonlyArray<string> = GATEWAY_NODE_FLAGS,
): Promise<BenchProcess<GatewayReady>> {
  return startBenchProcess<GatewayReady>('gateway', gatewayEnv(simulators, options), nodeArgs);
}

export interface LoggedCall {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export async function clearCalls(simulators: SimulatorsReady): Promise<void> {
  await fetch(`${simulators.control}/clear`);
}

export async function readCalls(simulators: SimulatorsReady): Promise<LoggedCall[]> {
  return (await (await fetch(`${simulators.control}/requests`)).json()) as LoggedCall[];
}

export interface GraphQLResult<TData> {
  readonly data?: TData | null;
  readonly errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

export async function graphql<TData>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<TData>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<TData>;
}

export interface PageOf<TNode> {
  readonly edges: ReadonlyArray<{ readonly node: TNode }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/** `{ ns { field(first, after, ...args) { edges { node { <selection> } } pageInfo } } }` */
export function pageQuery(namespace: string, field: string, selection: string, extraArgs = ''): string {
  return `query Page($first: Int!, $after: String) { ${namespace} { ${field}(first: $first, after: $after${extraArgs ? `, ${extraArgs}` : ''}) {
    edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } } }`;
}

export async function fetchGraphQLPage<TNode>(url: string, query: string, namespace: string, field: string, first: number, after: string | null): Promise<PageOf<TNode>> {
  const result = await graphql<Record<string, Record<string, PageOf<TNode>>>>(url, query, { first, after });
  if (result.errors && result.errors.length > 0) {
    const error = new Error(`GraphQL errors: ${JSON.stringify(result.errors).slice(0, 500)}`) as Error & { code?: string };
    error.code = result.errors[0]?.extensions?.code;
    throw error;
  }
  const page = result.data?.[namespace]?.[field];
  if (!page) throw new Error(`no ${namespace}.${field} in the response`);
  return page;
}
