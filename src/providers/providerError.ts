import type { ErrorCode, ErrorDetails } from '../errorCodes';

/**
 * An error raised below the GraphQL layer (paginators, HTTP client). Providers know no GraphQL, so
 * this is a plain Error carrying its code; the server's error formatter turns it into a
 * GraphQL error with `extensions.code`. Messages are written for the API's users: they say what
 * happened and what to do, and never include a credential or an upstream response body.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}
