import { createLoaders, type Loaders } from './loaders/createLoaders';
import { createFrontProvider, type FrontProvider } from './providers/front/frontProvider';
import type { HttpClient, UpstreamCall, UpstreamHttp } from './providers/http/httpClient';
import { createUpstreamBudget, type UpstreamLimits } from './providers/http/upstreamBudget';
import { createIntercomProvider, type IntercomProvider } from './providers/intercom/intercomProvider';
import { createZendeskProvider, type ZendeskProvider } from './providers/zendesk/zendeskProvider';
import type { RelayOptions } from './relay/resolveConnection';
import { createRequestLifetime, type RequestLifetime } from './requestLifetime';

/** What every resolver receives: built fresh for each GraphQL request, never shared between them. */
export interface GraphContext {
  readonly relay: RelayOptions;
  readonly zendesk: ZendeskProvider;
  readonly front: FrontProvider;
  readonly intercom: IntercomProvider;
  /** This request's DataLoaders over the providers above (relations, `node`/`nodes`); never shared. */
  readonly loaders: Loaders;
  /** Every upstream call this request made, in order (accounting, logs, tests). */
  readonly upstreamCalls: ReadonlyArray<UpstreamCall>;
  /**
   * The result is known: this request's own upstream calls and retry waits still running are
   * stopped (read-ahead for the next request goes on). Resolves once each has settled, so
   * `upstreamCalls` then holds every attempt this request sent.
   */
  endUpstreamWork(): Promise<void>;
}

/** The process-wide HTTP client of each provider (keep-alive pools), shared by all requests. */
export interface UpstreamClients {
  readonly zendesk: HttpClient;
  readonly front: HttpClient;
  readonly intercom: HttpClient;
}

export interface ContextDependencies {
  readonly relay: RelayOptions;
  readonly clients: UpstreamClients;
  /** Process-wide observer (metrics); the per-request log is kept in the context. */
  readonly onUpstreamCall?: (call: UpstreamCall) => void;
  /** Caps on upstream calls and retries per GraphQL request, shared by all providers; none when omitted. */
  readonly upstreamLimits?: UpstreamLimits;
}

/** One request's state; a context and every copy of it share the same scope. */
interface RequestScope {
  readonly deps: ContextDependencies;
  /** A provider's HTTP view for this request: its calls recorded here, drawn from this request's budget. */
  readonly bind: (client: HttpClient) => UpstreamHttp;
  readonly calls: ReadonlyArray<UpstreamCall>;
  readonly lifetime: RequestLifetime;
  /** Built on first use, then kept for the rest of the request. */
  zendesk?: ZendeskProvider;
  front?: FrontProvider;
  intercom?: IntercomProvider;
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

  get zendesk(): ZendeskProvider {
    const { scope } = this;
    return (scope.zendesk ??= createZendeskProvider(scope.bind(scope.deps.clients.zendesk)));
  }

  get front(): FrontProvider {
    const { scope } = this;
    return (scope.front ??= createFrontProvider(scope.bind(scope.deps.clients.front)));
  }

  get intercom(): IntercomProvider {
    const { scope } = this;
    return (scope.intercom ??= createIntercomProvider(scope.bind(scope.deps.clients.intercom)));
  }

  get loaders(): Loaders {
    return (this.scope.loaders ??= createLoaders(this));
  }

  get upstreamCalls(): ReadonlyArray<UpstreamCall> {
    return this.scope.calls;
  }

  endUpstreamWork(): Promise<void> {
    return this.scope.lifetime.responded();
  }
}

/**
 * Builds one request's context. `lifetime` (made by the server per HTTP request) stops its upstream
 * calls on disconnect, deadline, shutdown and once its response is built; without one, the
 * context's calls stop only through `endUpstreamWork`.
 */
export type ContextFactory = (lifetime?: RequestLifetime) => GraphContext;

export function createContextFactory(deps: ContextDependencies): ContextFactory {
  return (lifetime = createRequestLifetime({ timeoutMs: null })) => {
    const calls: UpstreamCall[] = [];
    const observe = (call: UpstreamCall): void => {
      calls.push(call);
      deps.onUpstreamCall?.(call);
    };
    const budget = createUpstreamBudget(deps.upstreamLimits);
    return new RequestContext({ deps, bind: (client) => client.bind(observe, budget, lifetime), calls, lifetime });
  };
}
