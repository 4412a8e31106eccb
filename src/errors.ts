import { GraphQLError } from 'graphql';

import { ErrorCode, type ErrorDetails } from './errorCodes';

/**
 * A GraphQL error with a code from {@link ErrorCode}. Thrown by the relay engine and resolvers;
 * the error formatter passes these through unchanged and masks everything else.
 */
export class GatewayError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'GatewayError';
  }
}

export function badUserInput(message: string, details: ErrorDetails = {}): GatewayError {
  return new GatewayError(ErrorCode.BAD_USER_INPUT, message, details);
}

export function badCursor(message: string): GatewayError {
  return new GatewayError(ErrorCode.BAD_CURSOR, message);
}
