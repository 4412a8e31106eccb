import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Providers disagree on time: Zendesk sends ISO 8601 strings, Intercom unix seconds, Front
 * fractional unix seconds. The graph always serves ISO 8601 in UTC.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize(value) {
    if (typeof value === 'number') return new Date(value * 1000).toISOString();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new GraphQLError(`DateTime cannot represent ${typeof value}`);
  },
  parseValue(value) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new GraphQLError('DateTime must be an ISO 8601 string');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && !Number.isNaN(Date.parse(ast.value))) return new Date(ast.value).toISOString();
    throw new GraphQLError('DateTime must be an ISO 8601 string');
  },
});
