import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

import type { GraphContext } from '../context';
import { isUnexpectedError } from '../errorFormatting';

/**
 * Feeds the request's operation log (src/logging/operationLog.ts) from inside Apollo: the operation's
 * name and type once resolved, and the errors as they are sent (formatted, so masked errors count as
 * INTERNAL_SERVER_ERROR). Unexpected errors are logged here in full, on the request's logger, so
 * their line carries the request id; errors with a code (input errors, provider failures) are not
 * logged one by one: they are counted in the operation's line.
 */
export function createOperationLogPlugin(): ApolloServerPlugin<GraphContext> {
  // Keeps no state of its own, so one listener serves every request.
  const listener: GraphQLRequestListener<GraphContext> = {
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) {
        if (isUnexpectedError(error)) contextValue.logger.error({ err: unwrapResolverError(error), path: error.path }, 'unexpected error while resolving');
      }
    },
    async willSendResponse({ contextValue, operation, operationName, request, response }) {
      const record = contextValue.operationRecord;
      record.operationName = operationName ?? request.operationName ?? null;
      record.operationType = operation?.operation ?? null;
      const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
      record.errors = result.errors ?? [];
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
