import { lazyRecord } from './lazyRecord';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { createFrontProvider, type FrontProvider } from './providers/front/frontProvider';
import type { HttpClient, UpstreamCall } from './providers/http/httpClient';
import { createUpstreamBudget, type UpstreamLimits } from './providers/http/upstreamBudget';
import { createIntercomProvider, type IntercomProvider } from './providers/intercom/intercomProvider';
import { createZendeskProvider, type ZendeskProvider } from './providers/zendesk/zendeskProvider';
import type { RelayOptions } from './relay/resolveConnection';

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

export function createContextFactory(deps: ContextDependencies): () => GraphContext {
  return () => {
    const calls: UpstreamCall[] = [];
    const observe = (call: UpstreamCall): void => {
      calls.push(call);
      deps.onUpstreamCall?.(call);
    };
    const budget = createUpstreamBudget(deps.upstreamLimits);
    // Built on first use: most requests touch one provider.
    const providers = lazyRecord<Pick<GraphContext, 'zendesk' | 'front' | 'intercom'>>({
      zendesk: () => createZendeskProvider(deps.clients.zendesk.bind(observe, budget)),
      front: () => createFrontProvider(deps.clients.front.bind(observe, budget)),
      intercom: () => createIntercomProvider(deps.clients.intercom.bind(observe, budget)),
    });
    return lazyRecord<GraphContext>({
      relay: () => deps.relay,
      zendesk: () => providers.zendesk,
      front: () => providers.front,
      intercom: () => providers.intercom,
      loaders: () => createLoaders(providers),
      upstreamCalls: () => calls,
    });
  };
}
