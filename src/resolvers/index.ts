import type { Resolvers } from '../__generated__/resolversTypes';
import { DateTimeScalar } from './dateTime';
import { entityResolvers } from './entityResolvers';
import { frontResolvers } from './frontResolvers';
import { intercomResolvers } from './intercomResolvers';
import { nodeResolvers } from './nodeResolvers';
import { zendeskResolvers } from './zendeskResolvers';

/**
 * Each provider contributes its own resolver map; `buildSchema` applies the list in order, with
 * federation's reference resolvers (`__resolveReference`) last.
 */
export const resolvers: ReadonlyArray<Resolvers> = [
  {
    DateTime: DateTimeScalar,
    Query: { ok: () => true },
  },
  zendeskResolvers,
  frontResolvers,
  intercomResolvers,
  nodeResolvers,
  entityResolvers,
];
