import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphContext } from '../context';
import type { UpstreamCall } from '../providers/http/httpClient';

/** What one GraphQL request cost upstream, as `extensions.upstreamCalls` carries it. */
export interface UpstreamCallSummary {
  readonly total: number;
  /** Calls per provider (`zendesk`, `intercom`, `front`); providers not called are absent. */
  readonly byProvider: Readonly<Record<string, number>>;
  /** Calls per provider endpoint label (`zendesk GET /api/v2/users/show_many`). */
  readonly byEndpoint: Readonly<Record<string, number>>;
}

/** Counts a request's upstream calls (each retry, when there are any, is a call of its own). */
export function summariseUpstreamCalls(calls: ReadonlyArray<UpstreamCall>): UpstreamCallSummary {
  const byProvider: Record<string, number> = {};
  const byEndpoint: Record<string, number> = {};
  for (const call of calls) {
    byProvider[call.provider] = (byProvider[call.provider] ?? 0) + 1;
    const endpoint = `${call.provider} ${call.endpoint}`;
    byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
  }
  return { total: calls.length, byProvider, byEndpoint };
}

/**
 * Adds `extensions.upstreamCalls` to each single-result response: the per-request count that tests
 * (and a developer in GraphiQL) compare with what the simulators received. Off unless
 * EXPOSE_UPSTREAM_CALLS=true: in production it would tell clients about the gateway's traffic. The
 * process-wide counts are on /metrics either way.
 *
 * The count is taken once the request's own upstream work has ended: calls still running for fields
 * whose parent already failed, and their retries, are stopped first, an attempt cut off in flight
 * counting as one (it may have reached the provider), so the count does not fall short of what the
 * providers received. Read-ahead for the next request
 * (PREFETCH_PAGES) goes on past the response; only its attempts finished by then are in it.
 */
export function createUpstreamCallsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          await contextValue.endUpstreamWork();
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, upstreamCalls: summariseUpstreamCalls(contextValue.upstreamCalls) };
        },
      };
    },
  };
}
