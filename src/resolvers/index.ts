import type { Resolvers } from '../__generated__/resolversTypes';
import { DateTimeScalar } from './dateTime';
import { entityResolvers } from './entityResolvers';
import { frontResolvers } from '../providers/front/graph/resolvers';
import { intercomResolvers } from '../providers/intercom/graph/resolvers';
import { nodeResolvers } from './nodeResolvers';
import { zendeskResolvers } from '../providers/zendesk/graph/resolvers';

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
