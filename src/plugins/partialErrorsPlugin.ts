import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphContext } from '../context';

/**
 * Adds the errors of fields that still returned data (`GraphContext.reportPartialError`) to the
 * response's `errors`, after those graphql-js collected. GraphQL has no way for a resolver to return
 * both a value and an error for its field; a merged connection that serves the providers that
 * answered needs exactly that, so its resolver reports each failed provider here, with its path.
 * Reported errors are coded GraphQLErrors built by our own code (never an upstream body), so they
 * are sent as formatted, like the error formatter passes such errors through.
 */
export function createPartialErrorsPlugin(): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const reported = contextValue.partialErrors;
          if (reported.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...reported.map((error) => error.toJSON())];
        },
      };
    },
  };
}
