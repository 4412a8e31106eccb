import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

import { ErrorCode } from './errorCodes';
import { isProviderError } from './providers/providerError';

/**
 * An error that no code of ours or of graphql-js raised on purpose: a bug, or a library failing.
 * It is masked in responses and logged in full (src/plugins/operationLogPlugin.ts, with the request id).
 */
export function isUnexpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return !isProviderError(original) && !(original instanceof GraphQLError);
}

/**
 * Apollo's `formatError`: our own coded errors pass through, provider errors get their code, and
 * anything unexpected is masked as INTERNAL_SERVER_ERROR (an unexpected message can carry upstream
 * data or internals).
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isProviderError(original)) {
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...original.details, code: original.code },
      };
    }
    if (!isUnexpectedError(error)) return formatted;
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
