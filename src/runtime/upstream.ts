import type { Config, ProviderTarget } from '../config';
import type { Logger } from '../logger';
import { createHttpClient, type HttpClient } from '../providers/http/httpClient';
import type { RateLimit } from '../providers/http/rateLimit/parseRateLimit';
import type { RateLimitHeaderNames } from '../providers/http/rateLimit/rateLimitHeaders';
import type { RateBudgets } from './rateBudgets';
import type { RunningSimulator } from '../simulators/kit/simulatorServer';

/** One provider's connection for the process: a real API, or a simulator started for it. */
export interface Upstream {
  readonly client: HttpClient;
  /** Set when this runtime started a simulator because the provider has no credentials. */
  readonly simulatorUrl?: string;
  close(): Promise<void>;
}

/** What differs between providers when connecting to them. */
export interface UpstreamSpec<TCredentials> {
  readonly provider: string;
  readonly target: ProviderTarget<TCredentials>;
  /** The credentials the built-in simulator is started with, so client and simulator agree. */
  readonly simulatorCredentials: TCredentials;
  startSimulator(credentials: TCredentials, seed: number | undefined): Promise<RunningSimulator>;
  /** Auth (and version) headers; never logged. */
  headers(credentials: TCredentials): Readonly<Record<string, string>>;
  /** The account's rate budget (issue 23): `<PROVIDER>_RATE_LIMIT` if set, the provider's published default, its headers. */
  readonly rateLimit: {
    readonly configured: RateLimit | null;
    readonly published: RateLimit;
    readonly headers: RateLimitHeaderNames;
  };
}

/** A provider from config: the real API when its credentials are set, else its built-in simulator. */
export async function createUpstream<TCredentials>(
  spec: UpstreamSpec<TCredentials>,
  config: Config,
  logger: Logger,
  budgets: RateBudgets,
): Promise<Upstream> {
  const { target } = spec;
  const simulator =
    target.mode === 'simulator' ? await spec.startSimulator(spec.simulatorCredentials, config.simulatorSeed ?? undefined) : null;
  if (simulator) logger.info({ url: simulator.url }, `${spec.provider} credentials not set: serving the ${spec.provider} simulator`);
  const baseUrl = target.mode === 'remote' ? target.baseUrl : (simulator?.url ?? '');
  const headers = spec.headers(target.mode === 'remote' ? target.credentials : spec.simulatorCredentials);
  // A real account gets its published budget unless told otherwise; a built-in simulator is no
  // account, so it is limited only when a budget is set explicitly.
  const limit = spec.rateLimit.configured ?? (target.mode === 'remote' ? spec.rateLimit.published : null);
  const rateBudget =
    limit === null
      ? undefined
      : budgets.budgetFor({ provider: spec.provider, baseUrl, credential: headers.authorization ?? '', limit, headers: spec.rateLimit.headers });
  const client = createHttpClient({
    provider: spec.provider,
    baseUrl,
    headers,
    rateBudget,
    ...config.upstream,
    // Retries are logged per request, with its id (src/context.ts binds the request's logger).
  });
  return {
    client,
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    async close() {
      await client.close();
      await simulator?.close();
    },
  };
}
