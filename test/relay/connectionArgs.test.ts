import { GraphQLError } from 'graphql';

import { type ConnectionArgs, planConnection } from '../../src/relay/connectionArgs';

const limits = { defaultPageSize: 20, maxPageSize: 500 };

function rejection(args: ConnectionArgs): { code: unknown; message: string } | null {
  try {
    planConnection(args, limits);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, message: error.message };
  }
}

describe('planConnection', () => {
  it('defaults to the configured page size, forward', () => {
    expect(planConnection({}, limits)).toEqual({ direction: 'forward', count: 20, after: null });
  });

  it('plans forward with first/after and backward with last/before', () => {
    expect(planConnection({ first: 7, after: 'c' }, limits)).toEqual({ direction: 'forward', count: 7, after: 'c' });
    expect(planConnection({ last: 3, before: 'c' }, limits)).toEqual({ direction: 'backward', count: 3, before: 'c' });
    expect(planConnection({ before: 'c' }, limits)).toEqual({ direction: 'backward', count: 20, before: 'c' });
    expect(planConnection({ first: 0 }, limits)).toEqual({ direction: 'forward', count: 0, after: null });
    expect(planConnection({ first: 500 }, limits)).toEqual({ direction: 'forward', count: 500, after: null });
  });

  it.each<[string, ConnectionArgs, RegExp]>([
    ['negative first', { first: -1 }, /`first` must be a non-negative integer, got -1/],
    ['negative last', { last: -5 }, /`last` must be a non-negative integer/],
    ['first over the cap', { first: 501 }, /`first` must be at most 500, got 501/],
    ['last over the cap', { last: 10_000 }, /`last` must be at most 500/],
    ['first with last', { first: 1, last: 1 }, /either `first` or `last`/],
    ['after with before', { first: 1, after: 'a', before: 'b' }, /either `after` or `before`/],
    ['last with after', { last: 1, after: 'a' }, /`after` pages forward/],
    ['first with before', { first: 1, before: 'b' }, /`before` pages backward/],
  ])('refuses %s with BAD_USER_INPUT', (_name, args, message) => {
    const refused = rejection(args);
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.message).toMatch(message);
  });
});
