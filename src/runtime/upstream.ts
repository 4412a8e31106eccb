import type { Config } from '../config';
import type { Logger } from '../logger';
import { createHttpClient, type HttpClient } from '../providers/http/httpClient';
import type { ProviderModule } from '../registry/providerModule';
import type { RateBudgets } from './rateBudgets';

/** One provider's connection for the process: a real API, or a simulator started for it. */
export interface Upstream {
  readonly module: ProviderModule;
  readonly client: HttpClient;
  /** Set when this runtime started a simulator because the provider has no credentials. */
  readonly simulatorUrl?: string;
  close(): Promise<void>;
}

/** A provider from config: the real API when its credentials are set, else its built-in simulator. */
export async function createUpstream(module: ProviderModule, config: Config, logger: Logger, budgets: RateBudgets): Promise<Upstream> {
  const target = config.providers[module.name];
  if (target === undefined) throw new Error(`no configuration for provider ${module.name}`);
  const simulator = target.mode === 'simulator' ? await module.simulator.start(config.simulatorSeed === null ? {} : { seed: config.simulatorSeed }) : null;
  if (simulator) logger.info({ url: simulator.url }, `${module.title} credentials not set: serving the ${module.title} simulator`);
  const baseUrl = target.mode === 'remote' ? target.baseUrl : (simulator?.url ?? '');
  // A real account gets its published budget unless told otherwise; a built-in simulator is no
  // account, so it is limited only when a budget is set explicitly.
  const limit = config.rateBudgets.limits[module.name] ?? (target.mode === 'remote' ? module.http.defaultRateLimit : null);
  const rateBudget =
    limit === null
      ? undefined
      : budgets.budgetFor({ provider: module.name, baseUrl, credential: target.headers.authorization ?? '', limit, headers: module.http.rateLimitHeaders });
  const client = createHttpClient({
    provider: module.name,
    baseUrl,
    headers: target.headers,
    readErrorFields: module.http.readErrorFields,
    rateBudget,
    ...config.upstream,
    // Retries are logged per request, with its id (src/context.ts binds the request's logger).
  });
  return {
    module,
    client,
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    async close() {
      await client.close();
      await simulator?.close();
    },
  };
}

/** Starts every provider's upstream together; if one fails, the others are closed before failing. */
export async function startUpstreams(
  modules: ReadonlyArray<ProviderModule>,
  config: Config,
  logger: Logger,
  budgets: RateBudgets,
): Promise<ReadonlyArray<Upstream>> {
  const started = await Promise.allSettled(modules.map((module) => createUpstream(module, config, logger, budgets)));
  const upstreams = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure === undefined) return upstreams;
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  throw failure.status === 'rejected' ? failure.reason : new Error('an upstream failed to start');
}
