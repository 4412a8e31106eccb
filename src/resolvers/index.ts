import type { Resolvers } from '../__generated__/resolversTypes';
import { DateTimeScalar } from './dateTime';
import { frontResolvers } from './frontResolvers';
import { intercomResolvers } from './intercomResolvers';
import { nodeResolvers } from './nodeResolvers';
import { zendeskResolvers } from './zendeskResolvers';

/** Each provider contributes its own resolver map; `makeExecutableSchema` merges the list. */
export const resolvers: ReadonlyArray<Resolvers> = [
  {
    DateTime: DateTimeScalar,
    Query: { ok: () => true },
  },
  zendeskResolvers,
  frontResolvers,
  intercomResolvers,
  nodeResolvers,
];
