import { randomUUID } from 'node:crypto';

import type { GraphQLError } from 'graphql';

import { createLoaders, type Loaders } from './loaders/createLoaders';
import { createLogger, type Logger } from './logger';
import { createOperationRecord, type OperationRecord } from './logging/operationLog';
import { logUpstreamCall, logUpstreamRetry } from './logging/upstreamCallLog';
import { lazyRecord } from './lazyRecord';
import type { BindOptions, HttpClient, UpstreamCall, UpstreamHttp } from './providers/http/httpClient';
import { createUpstreamBudget, type UpstreamLimits } from './providers/http/upstreamBudget';
import { noReferenceCache, type ReferenceCache } from './providers/referenceCache';
import type { ProviderModule } from './registry/providerModule';
import type { RelayOptions } from './relay/resolveConnection';
import { createRequestLifetime, type RequestLifetime } from './requestLifetime';

/**
 * Each provider's API for one request, by module name: `context.providers.zendesk`. Empty here:
 * each provider declares its own member in its folder (src/providers/<provider>/graph/contextTypes.ts),
 * and the context fills them from the registry, so this file names no provider.
 */
export interface ProviderApis {}

/** What every resolver receives: built fresh for each GraphQL request, never shared between them. */
export interface GraphContext {
  readonly relay: RelayOptions;
  /** Each provider's paginators and lookups, built on first use in the request. */
  readonly providers: ProviderApis;
  /** This request's DataLoaders over the providers above (relations, `node`/`nodes`); never shared. */
  readonly loaders: Loaders;
  /** Every upstream call this request made, in order (accounting, logs, tests). */
  readonly upstreamCalls: ReadonlyArray<UpstreamCall>;
  /** The request's id (`x-request-id`), echoed in its response and on each of its log lines. */
  readonly requestId: string;
  /** The request's logger: every line carries its requestId. */
  readonly logger: Logger;
  /** What the request's one log line is made of (src/plugins/operationLogPlugin.ts fills it). */
  readonly operationRecord: OperationRecord;
  /**
   * Errors of a field that still returned data (a merged connection serving the providers that
   * answered): added to the response's `errors` by src/plugins/partialErrorsPlugin.ts.
   */
  reportPartialError(error: GraphQLError): void;
  readonly partialErrors: ReadonlyArray<GraphQLError>;
  /**
   * The result is known: this request's own upstream calls and retry waits still running are
   * stopped (read-ahead for the next request goes on). Resolves once each has settled, so
   * `upstreamCalls` then holds every attempt this request sent.
   */
  endUpstreamWork(): Promise<void>;
}

/** Who a context is built for; see {@link GraphContext}. */
export interface RequestDetails {
  readonly requestId: string;
  readonly logger: Logger;
  readonly operationRecord: OperationRecord;
}

/** A provider module with its process-wide HTTP client (keep-alive pool), shared by all requests. */
export interface ProviderClient {
  readonly module: ProviderModule;
  readonly client: HttpClient;
}

export interface ContextDependencies {
  readonly relay: RelayOptions;
  /** Every provider the graph serves (the registry's, each with its client). */
  readonly providers: ReadonlyArray<ProviderClient>;
  /** Reference lists kept between requests (REFERENCE_CACHE_TTL_MS); none when omitted. */
  readonly referenceCache?: ReferenceCache | undefined;
  /** Process-wide observer (metrics); the per-request log is kept in the context. */
  readonly onUpstreamCall?: (call: UpstreamCall) => void;
  /** Caps on upstream calls and retries per GraphQL request, shared by all providers; none when omitted. */
  readonly upstreamLimits?: UpstreamLimits;
  /** Logs of a context built without {@link RequestDetails} (tests, direct executeOperation); silent when omitted. */
  readonly logger?: Logger;
}

/** One request's state; a context and every copy of it share the same scope. */
interface RequestScope {
  readonly deps: ContextDependencies;
  /** A provider's HTTP view for this request: its calls recorded here, drawn from this request's budget. */
  readonly bind: (client: HttpClient) => UpstreamHttp;
  readonly calls: ReadonlyArray<UpstreamCall>;
  readonly request: RequestDetails;
  readonly lifetime: RequestLifetime;
  readonly partialErrors: GraphQLError[];
  /** Built on first use, then kept for the rest of the request. */
  providers?: ProviderApis;
  loaders?: Loaders;
}

/**
 * Providers and loaders are built on first use: most requests touch one provider, and profiling
 * (bench/) showed per-request construction costing ~15% of the gateway's CPU. Apollo Server
 * shallow-copies the context of every operation (`Object.assign(Object.create(proto), context)`),
 * which would call every own getter; so the lazy members are prototype getters over one shared
 * scope, the only own property, which the copy shares.
 */
class RequestContext implements GraphContext {
  constructor(private readonly scope: RequestScope) {}

  get relay(): RelayOptions {
    return this.scope.deps.relay;
  }

  get providers(): ProviderApis {
    const { scope } = this;
    return (scope.providers ??= providerApis(scope));
  }

  get loaders(): Loaders {
    const { scope } = this;
    return (scope.loaders ??= createLoaders(scope.deps.providers.map(({ module }) => module), this.providers));
  }

  get upstreamCalls(): ReadonlyArray<UpstreamCall> {
    return this.scope.calls;
  }

  get requestId(): string {
    return this.scope.request.requestId;
  }

  get logger(): Logger {
    return this.scope.request.logger;
  }

  get operationRecord(): OperationRecord {
    return this.scope.request.operationRecord;
  }

  reportPartialError(error: GraphQLError): void {
    this.scope.partialErrors.push(error);
  }

  get partialErrors(): ReadonlyArray<GraphQLError> {
    return this.scope.partialErrors;
  }

  endUpstreamWork(): Promise<void> {
    return this.scope.lifetime.responded();
  }
}

/**
 * Builds one request's context. `request` carries its id, logger and log record (a standalone id
 * and the dependencies' logger without one). `lifetime` (made by the server per HTTP request) stops
 * its upstream calls on disconnect, deadline, shutdown and once its response is built; without one,
 * the context's calls stop only through `endUpstreamWork`.
 */
export type ContextFactory = (request?: RequestDetails, lifetime?: RequestLifetime) => GraphContext;

export function createContextFactory(deps: ContextDependencies): ContextFactory {
  const fallbackLogger = deps.logger ?? createLogger('silent');
  return (given, lifetime = createRequestLifetime({ timeoutMs: null })) => {
    const request = given ?? standaloneRequest(fallbackLogger);
    const calls: UpstreamCall[] = [];
    const { logger } = request;
    const observe = (call: UpstreamCall): void => {
      calls.push(call);
      deps.onUpstreamCall?.(call);
      logUpstreamCall(logger, call);
    };
    const budget = createUpstreamBudget(deps.upstreamLimits);
    const bindOptions: BindOptions = { onRetry: (event) => logUpstreamRetry(logger, event), lifetime };
    return new RequestContext({ deps, bind: (client) => client.bind(observe, budget, bindOptions), calls, request, lifetime, partialErrors: [] });
  };
}

/**
 * Each provider's API, built on its first use in the request (most requests touch one provider).
 * The record is keyed by module name, which is what each provider's `ProviderApis` member
 * declares; the cast is the one place the registry's runtime list meets those declarations.
 */
function providerApis(scope: RequestScope): ProviderApis {
  const factories = Object.fromEntries(scope.deps.providers.map(({ module, client }) => [module.name, () => module.createApi(scope.bind(client), scope.deps.referenceCache ?? noReferenceCache)]));
  return lazyRecord(factories) as unknown as ProviderApis;
}

/** A context built outside an HTTP request (tests, `executeOperation`) still has an id and a logger. */
function standaloneRequest(logger: Logger): RequestDetails {
  const requestId = randomUUID();
  return { requestId, logger: logger.child({ requestId }), operationRecord: createOperationRecord() };
}
