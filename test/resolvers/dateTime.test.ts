import { GraphQLError, Kind } from 'graphql';

import { DateTimeScalar } from '../../src/resolvers/dateTime';

describe('DateTimeScalar', () => {
  it('serves ISO 8601 in UTC and refuses what is no date', () => {
    expect(DateTimeScalar.serialize('2024-02-14T18:01:21+01:00')).toBe('2024-02-14T17:01:21.000Z');
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(GraphQLError);
    // Models hold ISO text only (src/providers/isoTime.ts): a number is a bug, not a time.
    expect(() => DateTimeScalar.serialize(1707930081)).toThrow('DateTime cannot represent number');
  });

  it('reads client input, as a variable or a literal, into the same form', () => {
    expect(DateTimeScalar.parseValue('2024-02-14T17:01:21Z')).toBe('2024-02-14T17:01:21.000Z');
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-14T17:01:21Z' })).toBe('2024-02-14T17:01:21.000Z');
    expect(() => DateTimeScalar.parseValue(1707930081)).toThrow('DateTime must be an ISO 8601 string');
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow('DateTime must be an ISO 8601 string');
  });
});
