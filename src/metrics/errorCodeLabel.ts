import { ApolloServerErrorCode } from '@apollo/server/errors';

import { ErrorCode } from '../errorCodes';

/** Every code a response of this gateway can carry: ours and Apollo Server's. */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

/**
 * The `code` label of an error: a known code, else `other`. Codes come from our code and Apollo's,
 * but a label set must stay bounded whatever a future resolver or library throws.
 */
export function errorCodeLabel(code: string): string {
  return KNOWN_ERROR_CODES.has(code) ? code : 'other';
}
