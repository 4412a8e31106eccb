import type { Resolvers } from '../__generated__/resolversTypes';
import type { GraphContext } from '../context';
import { fromGlobalId } from '../relay/globalId';
import { lookupNativeId } from './nodeId';
import { NODE_SOURCES, type NodeModelOf } from './nodeSources';
import { tagNodeType, type NodeTypename, type TaggedNode } from './nodeType';

/**
 * Apollo Federation reference resolvers: how a gateway's `_entities` call turns `{ __typename, id }`
 * representations into records. They read through the request's loaders exactly as `node(id:)`
 * does, so `@apollo/subgraph`, which calls every representation's resolver in the same tick, gets
 * one batch per type (50 Zendesk tickets: one `tickets/show_many` call) and records already loaded
 * or primed in the request cost nothing.
 *
 * An id that is not a global id at all fails its own entity with `BAD_USER_INPUT` (the calling
 * subgraph holds something this API never returned), and so does one whose native id is `.` or `..`
 * (no record can have it, and it would address another upstream path); a well-formed id of another
 * type, or of nothing the provider knows, is `null`: there is no such entity.
 */
export function resolveEntity<TTypename extends NodeTypename>(typename: TTypename) {
  return async (reference: { readonly id: string }, context: GraphContext): Promise<TaggedNode<NodeModelOf<TTypename>> | null> => {
    const parts = fromGlobalId(reference.id);
    const source = NODE_SOURCES[typename];
    if (parts.type !== typename || parts.provider !== source.provider || source.loader === null) return null;
    const model = await source.loader(context.loaders).load(lookupNativeId(parts.nativeId));
    // A copy tagged with its type, as node(id:) returns: `@apollo/subgraph` then writes `__typename`
    // onto the object it receives, which must not be the loader's cached record.
    return model === null ? null : tagNodeType(model, typename);
  };
}

/**
 * One entry per `@key(fields: "id")` type of schema/ (codegen types
 * `__resolveReference` only for resolvable keys; test/resolvers/entityResolvers.test.ts checks this list
 * against the SDL and NODE_SOURCES).
 */
export const entityResolvers: Resolvers = {
  ZendeskTicket: { __resolveReference: resolveEntity('ZendeskTicket') },
  ZendeskUser: { __resolveReference: resolveEntity('ZendeskUser') },
  ZendeskOrganization: { __resolveReference: resolveEntity('ZendeskOrganization') },
  ZendeskGroup: { __resolveReference: resolveEntity('ZendeskGroup') },
  IntercomConversation: { __resolveReference: resolveEntity('IntercomConversation') },
  IntercomContact: { __resolveReference: resolveEntity('IntercomContact') },
  IntercomCompany: { __resolveReference: resolveEntity('IntercomCompany') },
  IntercomTicket: { __resolveReference: resolveEntity('IntercomTicket') },
  IntercomAdmin: { __resolveReference: resolveEntity('IntercomAdmin') },
  IntercomTeam: { __resolveReference: resolveEntity('IntercomTeam') },
  IntercomTag: { __resolveReference: resolveEntity('IntercomTag') },
  FrontConversation: { __resolveReference: resolveEntity('FrontConversation') },
  FrontContact: { __resolveReference: resolveEntity('FrontContact') },
  FrontAccount: { __resolveReference: resolveEntity('FrontAccount') },
  FrontTeammate: { __resolveReference: resolveEntity('FrontTeammate') },
  FrontInbox: { __resolveReference: resolveEntity('FrontInbox') },
  FrontTag: { __resolveReference: resolveEntity('FrontTag') },
};

/**
 * `resolvable: false` entities (comments, messages, articles: no lookup by id). Gateways never ask
 * for them, but without a resolver `@apollo/subgraph` would echo a hand-written representation
 * back as if it were a record (fields computed from nothing); this answers `null` instead. Outside
 * the generated types on purpose: codegen gives these types no `__resolveReference`.
 */
export function unresolvableEntityResolvers(): Record<string, { __resolveReference: () => null }> {
  const unresolvable = (Object.keys(NODE_SOURCES) as NodeTypename[]).filter((typename) => NODE_SOURCES[typename].loader === null);
  return Object.fromEntries(unresolvable.map((typename) => [typename, { __resolveReference: () => null }]));
}
