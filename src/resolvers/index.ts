import type { Resolvers } from '../__generated__/resolversTypes';
import { DateTimeScalar } from './dateTime';

/** The graph's own resolvers, apart from any provider's (each module brings its own). */
export const sharedResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: { ok: () => true },
};
