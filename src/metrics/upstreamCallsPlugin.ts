import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphContext } from '../context';
import { summariseUpstreamCalls } from './upstreamCallSummary';

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
