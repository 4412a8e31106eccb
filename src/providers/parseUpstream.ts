import type { z } from 'zod';

import { ErrorCode } from '../errorCodes';
import { ProviderError } from './providerError';

/**
 * Checks an upstream body against the shape we rely on. A mismatch is the provider's fault, not the
 * client's: UPSTREAM_ERROR, naming the endpoint and the offending paths but never the values.
 */
export function parseUpstream<TSchema extends z.ZodType>(
  schema: TSchema,
  body: unknown,
  provider: string,
  endpoint: string,
): z.infer<TSchema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const paths = result.error.issues
    .slice(0, 3)
    .map((issue) => issue.path.join('.') || '(root)')
    .join(', ');
  throw new ProviderError(ErrorCode.UPSTREAM_ERROR, `${provider} answered ${endpoint} with an unexpected shape (at ${paths}).`, {
    provider,
  });
}
