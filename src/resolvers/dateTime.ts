import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isoFromText } from '../providers/isoTime';

/**
 * ISO 8601 in UTC, whatever the provider sent: models already hold that form (src/providers/isoTime.ts
 * converts each provider's time), and client input is read into it with the same function.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize(value) {
    const iso = typeof value === 'string' ? isoFromText(value) : null;
    if (iso === null) throw new GraphQLError(`DateTime cannot represent ${typeof value}`);
    return iso;
  },
  parseValue(value) {
    const iso = typeof value === 'string' ? isoFromText(value) : null;
    if (iso === null) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return iso;
  },
  parseLiteral(ast) {
    const iso = ast.kind === Kind.STRING ? isoFromText(ast.value) : null;
    if (iso === null) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return iso;
  },
});
