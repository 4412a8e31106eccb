import { z } from 'zod';

import { flag, integer, optionalText } from './configValues';
import { type CorsPolicy, corsPolicyFrom, parseCorsOrigins } from './http/corsPolicy';
import { DEFAULT_MAX_BODY_BYTES } from './providers/http/readBody';
import { parseRateLimit, type RateLimit } from './providers/http/rateLimit/parseRateLimit';
import type { RetryOptions } from './providers/http/retryPolicy';
import type { UpstreamLimits } from './providers/http/upstreamBudget';
import type { DocumentLimits } from './plugins/documentLimits';
import type { QueryLimits } from './plugins/queryLimitsPlugin';
import type { ProviderTarget } from './registry/providerConfig';
import type { ProviderModule } from './registry/providerModule';
import { PROVIDER_MODULES } from './registry/providerRegistry';
import { parseSimulatedProviders, simulationProblems, unknownProviderVariables } from './runtime/productionGuard';

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  /** `null`: a random per-process key (cursors then stop working across restarts and instances). */
  readonly cursorSecret: string | null;
  readonly introspection: boolean;
  /** Whether `_service { sdl }` answers (Federation routers read the subgraph schema with it). */
  readonly subgraphSdl: boolean;
  /** How long a client may take to send its request headers, and the whole request (slow-body defence). */
  readonly http: { readonly headersTimeoutMs: number; readonly requestTimeoutMs: number };
  readonly upstream: {
    readonly connectTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly connections: number;
    /** Largest upstream body read (issue 20); see DEFAULT_MAX_BODY_BYTES for the default's margin. */
    readonly maxBodyBytes: number;
    /** How one upstream call is retried (issue 14). */
    readonly retry: RetryOptions;
  };
  /**
   * REQUEST_TIMEOUT_MS: how long one GraphQL request's upstream work may take in all, from when its
   * body was read; then its calls and retries stop and the fields still waiting fail REQUEST_TIMEOUT.
   */
  readonly requestDeadlineMs: number;
  /** What one GraphQL request may spend upstream, all providers together (issue 14). */
  readonly upstreamLimits: UpstreamLimits;
  /** Depth/cost/node limits checked before execution (issue 14). */
  readonly queryLimits: QueryLimits;
  /** Size limits of the query text, checked before it is parsed (issue 20). */
  readonly documentLimits: DocumentLimits;
  /** GATEWAY_API_KEYS; empty: /graphql is open. Secrets: never logged or echoed. */
  readonly gatewayApiKeys: ReadonlyArray<string>;
  readonly simulatorSeed: number | null;
  /** Keep/prefetch the page the next request of a traversal reads (see src/relay/pageCache.ts). */
  readonly pageCache: {
    readonly enabled: boolean;
    readonly maxEntries: number;
    readonly ttlMs: number;
    readonly prefetchDepth: number;
    /** With REDIS_URL: how long a request waits for a page another instance is reading ahead. */
    readonly waitMs: number;
  };
  /** REFERENCE_CACHE_TTL_MS: how long reference lists are kept between requests (src/providers/referenceCache.ts); 0: not kept. */
  readonly referenceCacheTtlMs: number;
  /** REDIS_URL (issue 23): state shared between instances; `null`: each process keeps its own. Holds a password: never logged. */
  readonly redisUrl: string | null;
  /** Where each registered provider's calls go, by module name (each module reads its own variables). */
  readonly providers: Readonly<Record<string, ProviderTarget>>;
  /** Add `extensions.upstreamCalls` (this request's provider calls) to every GraphQL response. */
  readonly exposeUpstreamCalls: boolean;
  /** CORS_ORIGINS / CORS_CREDENTIALS; null: same-origin only, no CORS headers (issue 22). */
  readonly cors: CorsPolicy | null;
  /** How long /ready answers 503 after a shutdown signal before the server closes (issue 22). */
  readonly shutdownDrainMs: number;
  /** Per-provider rate budgets (issue 23; README, "Rate budgets"). */
  readonly rateBudgets: {
    /** RATE_LIMIT_MAX_WAIT_MS: a call waits its turn this long at most, else fails UPSTREAM_RATE_LIMITED at once. */
    readonly maxWaitMs: number;
    /**
     * `<PROVIDER>_RATE_LIMIT` by provider name; null when unset: the provider's published default
     * (its module's `http.defaultRateLimit`).
     */
    readonly limits: Readonly<Record<string, RateLimit | null>>;
  };
  /** Settings worth a look that do not stop the process (unknown provider variables outside production); logged at startup. */
  readonly warnings: ReadonlyArray<string>;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: ReadonlyArray<string>) {
    super(`Invalid configuration:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }
}

/** `<PROVIDER>_RATE_LIMIT`: `<requests>/<seconds>s`; null when unset. */
const rateLimit = optionalText.transform((value, ctx) => {
  if (value === undefined) return null;
  const parsed = parseRateLimit(value);
  if (parsed.ok) return parsed.limit;
  ctx.addIssue({ code: 'custom', message: parsed.problem });
  return z.NEVER;
});

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).optional().default('development'),
  PORT: integer(0, 65535, 4000),
  HOST: optionalText.default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().default('info'),
  DEFAULT_PAGE_SIZE: integer(1, 10_000, 20),
  MAX_PAGE_SIZE: integer(1, 10_000, 500),
  CURSOR_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, {
    message: 'must be at least 32 characters (use e.g. `openssl rand -base64 48`)',
  }),
  INTROSPECTION: flag(true),
  SUBGRAPH_SDL: flag(false),
  HTTP_HEADERS_TIMEOUT_MS: integer(1, 600_000, 10_000),
  HTTP_REQUEST_TIMEOUT_MS: integer(1, 3_600_000, 30_000),
  UPSTREAM_CONNECT_TIMEOUT_MS: integer(1, 600_000, 5_000),
  UPSTREAM_TIMEOUT_MS: integer(1, 600_000, 30_000),
  UPSTREAM_CONNECTIONS: integer(1, 1_000, 16),
  UPSTREAM_MAX_BODY_BYTES: integer(1, 1024 * 1024 * 1024, DEFAULT_MAX_BODY_BYTES),
  REQUEST_TIMEOUT_MS: integer(1, 3_600_000, 60_000),
  UPSTREAM_MAX_RETRIES: integer(0, 100, 3),
  UPSTREAM_RETRY_BASE_DELAY_MS: integer(0, 60_000, 200),
  UPSTREAM_RETRY_MAX_DELAY_MS: integer(0, 600_000, 5_000),
  UPSTREAM_MAX_RETRY_AFTER_MS: integer(0, 3_600_000, 10_000),
  UPSTREAM_RETRY_BUDGET: integer(0, 100_000, 10),
  UPSTREAM_MAX_CALLS_PER_REQUEST: integer(1, 1_000_000, 250),
  MAX_QUERY_DEPTH: integer(1, 1_000, 15),
  MAX_QUERY_COST: integer(1, 10_000_000, 250),
  MAX_QUERY_NODES: integer(1, 100_000_000, 20_000),
  // Document limits (issue 20): GraphiQL's introspection query is ~2,100 characters and ~190 tokens.
  MAX_QUERY_LENGTH: integer(1, 1_048_576, 100_000),
  MAX_QUERY_TOKENS: integer(1, 100_000, 15_000),
  MAX_QUERY_ALIASES: integer(0, 100_000, 100),
  GATEWAY_API_KEYS: optionalText.transform((value, ctx) => {
    const keys = (value ?? '').split(',').map((key) => key.trim()).filter((key) => key.length > 0);
    // Only the rule is reported, never a key.
    if (keys.some((key) => key.length < 16)) ctx.addIssue({ code: 'custom', message: 'each comma-separated key must be at least 16 characters' });
    return keys;
  }),
  PREFETCH_PAGES: flag(true),
  PAGE_CACHE_MAX_ENTRIES: integer(1, 1_000_000, 1_000),
  PAGE_CACHE_TTL_MS: integer(1, 3_600_000, 30_000),
  PREFETCH_DEPTH: integer(1, 10, 2),
  PAGE_CACHE_WAIT_MS: integer(0, 60_000, 1_000),
  REFERENCE_CACHE_TTL_MS: integer(0, 86_400_000, 0),
  // Only the rule is reported, never the value (it may hold a password).
  REDIS_URL: optionalText.refine((value) => value === undefined || /^rediss?:\/\/\S+$/.test(value), {
    message: 'must be a redis:// or rediss:// URL',
  }),
  SIMULATOR_SEED: optionalText.refine((value) => value === undefined || /^\d+$/.test(value), { message: 'must be a non-negative integer' }),
  EXPOSE_UPSTREAM_CALLS: flag(false),
  CORS_ORIGINS: optionalText.transform((value, ctx) => {
    if (value === undefined) return undefined;
    const parsed = parseCorsOrigins(value);
    if (parsed.ok) return parsed.origins;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }),
  CORS_CREDENTIALS: flag(false),
  SHUTDOWN_DRAIN_MS: integer(0, 600_000, 0),
  // Issue 23: 10 s, the longest Retry-After we wait for (UPSTREAM_MAX_RETRY_AFTER_MS); see README.
  RATE_LIMIT_MAX_WAIT_MS: integer(0, 600_000, 10_000),
  SIMULATE_PROVIDERS: optionalText,
});

/** The rate budget variable every provider gets (issue 23): the gateway's, not the module's. */
const rateLimitVariable = (provider: ProviderModule): string => `${provider.name.toUpperCase()}_RATE_LIMIT`;

function rateLimitOf(vars: Readonly<Record<string, unknown>>, provider: ProviderModule): RateLimit | null {
  // Validated by `rateLimit` in loadConfig's schema.
  return (vars[rateLimitVariable(provider)] as RateLimit | null | undefined) ?? null;
}

/** Every variable the gateway (or `npm run simulate`, src/simulators/main.ts) reads, the providers' own included. */
function knownVariables(providers: ReadonlyArray<ProviderModule>): string[] {
  return [
    ...Object.keys(environment.shape),
    ...providers.flatMap((provider) => [
      ...Object.keys(provider.config.variables),
      rateLimitVariable(provider),
      `${provider.name.toUpperCase()}_SIMULATOR_PORT`,
    ]),
  ];
}

/**
 * Reads the configuration from environment variables: the gateway's own and those of every
 * provider module in `providers` (the registry's). Every problem is reported at once, one line per
 * variable, and a secret's value is never echoed.
 */
export function loadConfig(env: NodeJS.ProcessEnv, providers: ReadonlyArray<ProviderModule> = PROVIDER_MODULES): Config {
  const schema = environment.extend(
    Object.assign({}, ...providers.map((provider) => ({ ...provider.config.variables, [rateLimitVariable(provider)]: rateLimit }))) as z.ZodRawShape,
  );
  const known = knownVariables(providers);
  const names = providers.map((provider) => provider.name);
  const parsed = schema.safeParse(env);
  const simulated = parseSimulatedProviders(typeof env.SIMULATE_PROVIDERS === 'string' ? env.SIMULATE_PROVIDERS : undefined, names);
  if (!parsed.success || !simulated.ok) {
    const typos = env.NODE_ENV === 'production' ? unknownProviderVariables(env, known, names) : [];
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError([...issues, ...(simulated.ok ? [] : [`SIMULATE_PROVIDERS: ${simulated.problem}`]), ...typos]);
  }
  const problems: string[] = [];
  // The gateway's own variables, typed; each provider module reads its own from `parsed.data`.
  const vars = environment.parse(env);
  const production = vars.NODE_ENV === 'production';
  // Issue 22: a misspelt provider variable is a typo, not "no credentials"; production refuses it below.
  const unknownVariables = unknownProviderVariables(env, known, names);
  // Introspection stays on in development; in production only when asked for explicitly.
  const introspection = vars.NODE_ENV === 'production' ? env.INTROSPECTION !== undefined && vars.INTROSPECTION : vars.INTROSPECTION;
  const config: Config = {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    logLevel: vars.LOG_LEVEL,
    defaultPageSize: vars.DEFAULT_PAGE_SIZE,
    maxPageSize: vars.MAX_PAGE_SIZE,
    cursorSecret: vars.CURSOR_SECRET ?? null,
    introspection,
    // `_service { sdl }` is the whole schema, like introspection: it follows that setting unless
    // SUBGRAPH_SDL says otherwise (a router composing this subgraph at runtime needs it).
    subgraphSdl: env.SUBGRAPH_SDL !== undefined && env.SUBGRAPH_SDL.trim() !== '' ? vars.SUBGRAPH_SDL : introspection,
    http: { headersTimeoutMs: vars.HTTP_HEADERS_TIMEOUT_MS, requestTimeoutMs: vars.HTTP_REQUEST_TIMEOUT_MS },
    upstream: {
      connectTimeoutMs: vars.UPSTREAM_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: vars.UPSTREAM_TIMEOUT_MS,
      connections: vars.UPSTREAM_CONNECTIONS,
      maxBodyBytes: vars.UPSTREAM_MAX_BODY_BYTES,
      retry: {
        maxRetries: vars.UPSTREAM_MAX_RETRIES,
        baseDelayMs: vars.UPSTREAM_RETRY_BASE_DELAY_MS,
        maxDelayMs: vars.UPSTREAM_RETRY_MAX_DELAY_MS,
        maxRetryAfterMs: vars.UPSTREAM_MAX_RETRY_AFTER_MS,
      },
    },
    requestDeadlineMs: vars.REQUEST_TIMEOUT_MS,
    upstreamLimits: { maxCalls: vars.UPSTREAM_MAX_CALLS_PER_REQUEST, retries: vars.UPSTREAM_RETRY_BUDGET },
    queryLimits: { maxDepth: vars.MAX_QUERY_DEPTH, maxCost: vars.MAX_QUERY_COST, maxNodes: vars.MAX_QUERY_NODES },
    documentLimits: { maxLength: vars.MAX_QUERY_LENGTH, maxTokens: vars.MAX_QUERY_TOKENS, maxAliases: vars.MAX_QUERY_ALIASES },
    gatewayApiKeys: vars.GATEWAY_API_KEYS,
    simulatorSeed: vars.SIMULATOR_SEED === undefined ? null : Number(vars.SIMULATOR_SEED),
    pageCache: {
      enabled: vars.PREFETCH_PAGES,
      maxEntries: vars.PAGE_CACHE_MAX_ENTRIES,
      ttlMs: vars.PAGE_CACHE_TTL_MS,
      prefetchDepth: vars.PREFETCH_DEPTH,
      waitMs: vars.PAGE_CACHE_WAIT_MS,
    },
    referenceCacheTtlMs: vars.REFERENCE_CACHE_TTL_MS,
    redisUrl: vars.REDIS_URL ?? null,
    providers: Object.fromEntries(providers.map((provider) => [provider.name, provider.config.target(parsed.data, problems)])),
    exposeUpstreamCalls: vars.EXPOSE_UPSTREAM_CALLS,
    cors: corsPolicyFrom(
      { origins: vars.CORS_ORIGINS, credentials: vars.CORS_CREDENTIALS, production, apiKeysSet: vars.GATEWAY_API_KEYS.length > 0 },
      problems,
    ),
    shutdownDrainMs: vars.SHUTDOWN_DRAIN_MS,
    rateBudgets: {
      maxWaitMs: vars.RATE_LIMIT_MAX_WAIT_MS,
      limits: Object.fromEntries(providers.map((provider) => [provider.name, rateLimitOf(parsed.data, provider)])),
    },
    warnings: production ? [] : unknownVariables,
  };
  // Issue 22: production never falls back to a simulator unasked.
  const credentials = providers.map((provider) => ({
    name: provider.name,
    variables: provider.config.credentialVariables,
    set: provider.config.credentialsSet(parsed.data),
  }));
  problems.push(...simulationProblems({ production, credentials, simulate: simulated.providers }));
  if (production) problems.push(...unknownVariables);
  // Node refuses a headers timeout longer than the request timeout it is part of.
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    problems.push(`HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs})`);
  }
  if (config.defaultPageSize > config.maxPageSize) {
    problems.push(`DEFAULT_PAGE_SIZE: must not exceed MAX_PAGE_SIZE (${config.maxPageSize})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
