import { createFrontProvider, type FrontProvider } from './providers/front/frontProvider';
import type { HttpClient, UpstreamCall } from './providers/http/httpClient';
import { createIntercomProvider, type IntercomProvider } from './providers/intercom/intercomProvider';
import { createZendeskProvider, type ZendeskProvider } from './providers/zendesk/zendeskProvider';
import type { RelayOptions } from './relay/resolveConnection';

/** What every resolver receives: built fresh for each GraphQL request, never shared between them. */
export interface GraphContext {
  readonly relay: RelayOptions;
  readonly zendesk: ZendeskProvider;
  readonly front: FrontProvider;
  readonly intercom: IntercomProvider;
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
}

export function createContextFactory(deps: ContextDependencies): () => GraphContext {
  return () => {
    const calls: UpstreamCall[] = [];
    const observe = (call: UpstreamCall): void => {
      calls.push(call);
      deps.onUpstreamCall?.(call);
    };
    return {
      relay: deps.relay,
      zendesk: createZendeskProvider(deps.clients.zendesk.bind(observe)),
      front: createFrontProvider(deps.clients.front.bind(observe)),
      intercom: createIntercomProvider(deps.clients.intercom.bind(observe)),
      upstreamCalls: calls,
    };
  };
}
