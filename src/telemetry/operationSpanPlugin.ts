import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { activeOperationTrace } from './operationSpan';
import { ATTR_GRAPHQL_OPERATION_NAME, ATTR_GRAPHQL_OPERATION_TYPE, ATTR_REQUEST_ID } from './spanAttributes';

/**
 * Names the request's span (operationSpan.ts) as the GraphQL semantic conventions say, once Apollo
 * has resolved the operation: `query ListTickets` with `graphql.operation.type` and
 * `graphql.operation.name`. The document itself (`graphql.document`) is not recorded: its literals
 * can hold personal data (search queries, emails). A response with errors marks the span as failed,
 * `error.type` being the first error's code as the client received it.
 *
 * With tracing off it costs one lookup in an empty context per request, and adds no hook.
 */
export function createOperationSpanPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const operation = activeOperationTrace();
      if (!operation) return undefined;
      const requestId = requestIdOf(contextValue);
      if (requestId !== undefined) operation.span.setAttribute(ATTR_REQUEST_ID, requestId);
      return {
        async didResolveOperation({ operation: definition }) {
          if (!definition) return;
          const type = definition.operation;
          const name = definition.name?.value;
          operation.span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
          if (name !== undefined) operation.span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, name);
          operation.span.updateName(name !== undefined ? `${type} ${name}` : type);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const [first] = response.body.singleResult.errors ?? [];
          if (first === undefined) return;
          const code = first.extensions?.['code'];
          operation.errorType ??= typeof code === 'string' ? code : 'GRAPHQL_ERROR';
        },
      };
    },
  };
}

/** The request's id, when the context carries one (`requestId`: the request-id work adds it to GraphContext). */
function requestIdOf(contextValue: BaseContext): string | undefined {
  return 'requestId' in contextValue && typeof contextValue.requestId === 'string' ? contextValue.requestId : undefined;
}
