import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorCode } from '../errorCodes';

/**
 * How deep a request's variable values may nest (each object or list is one level). graphql-js
 * coerces variable values recursively (`coerceInputValue`, several stack frames per level): a
 * filter variable nested ~1,000 levels deep overflowed the stack, which Apollo answered as
 * INTERNAL_SERVER_ERROR. The deepest input this schema accepts is an Intercom search filter with
 * its 2 levels of groups (`{ and: [{ or: [{ values: [...] }] }] }`, 6 levels), so 32 refuses
 * nothing a valid query needs.
 */
export const MAX_VARIABLES_DEPTH = 32;

/**
 * Refuses a request whose variables nest deeper than {@link MAX_VARIABLES_DEPTH} with BAD_USER_INPUT
 * (HTTP 400), after the operation is resolved and before execution coerces the variables, so no
 * resolver and no provider runs for it.
 */
export function createVariablesDepthPlugin<TContext extends BaseContext>(maxDepth: number = MAX_VARIABLES_DEPTH): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            if (nestsDeeperThan(value, maxDepth)) {
              throw new GraphQLError(`Variable \`$${name}\` is nested more than ${maxDepth} levels deep; no input of this API needs that.`, {
                extensions: { code: ErrorCode.BAD_USER_INPUT, maxDepth, http: { status: 400 } },
              });
            }
          }
        },
      };
    },
  };
}

/**
 * Walks with an explicit stack, not recursion: the value is exactly the kind of input that would
 * overflow a recursive walk. Stops at the first level over the limit; otherwise visits each value
 * once, bounded by the request body's size limit.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ readonly value: unknown; readonly depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > maxDepth) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth });
  }
  return false;
}
