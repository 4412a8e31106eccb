import type { GraphContext } from '../context';
import type { ResolverMap } from '../registry/providerModule';
import type { NodeSource, NodeTable } from '../registry/nodeTable';
import { fromGlobalId } from '../relay/globalId';
import { lookupNativeId } from './nodeId';
import { tagNodeType, type TaggedNode } from './nodeType';

/**
 * Apollo Federation reference resolvers: how a gateway's `_entities` call turns `{ __typename, id }`
 * representations into records, one per `Node` type of every provider module (each is an entity
 * keyed by `id`). They read through the request's loaders exactly as `node(id:)` does, so
 * `@apollo/subgraph`, which calls every representation's resolver in the same tick, gets one batch
 * per type (50 Zendesk tickets: one `tickets/show_many` call) and records already loaded or primed
 * in the request cost nothing.
 *
 * An id that is not a global id at all fails its own entity with `BAD_USER_INPUT` (the calling
 * subgraph holds something this API never returned), and so does one whose native id is `.` or `..`
 * (no record can have it, and it would address another upstream path); a well-formed id of another
 * type, or of nothing the provider knows, is `null`: there is no such entity.
 *
 * Types without a lookup (`resolvable: false`: comments, messages, audits) answer `null`: gateways
 * never ask for them, but without a resolver `@apollo/subgraph` would echo a hand-written
 * representation back as if it were a record (fields computed from nothing).
 *
 * Typed apart from codegen's `Resolvers` on purpose: a module outside codegen (a test's provider)
 * has entities too, and codegen gives `resolvable: false` types no `__resolveReference`.
 */
export function createEntityResolvers(nodes: NodeTable): ResolverMap {
  return Object.fromEntries([...nodes].map(([typename, source]) => [typename, { __resolveReference: resolveEntity(typename, source) }]));
}

function resolveEntity(typename: string, source: NodeSource) {
  return async (reference: { readonly id: string }, context: GraphContext): Promise<TaggedNode<object> | null> => {
    if (source.loader === null) return null;
    const parts = fromGlobalId(reference.id);
    if (parts.type !== typename || parts.provider !== source.provider) return null;
    const model = await source.loader(context.loaders).load(lookupNativeId(parts.nativeId));
    // A copy tagged with its type, as node(id:) returns: `@apollo/subgraph` then writes `__typename`
    // onto the object it receives, which must not be the loader's cached record.
    return model === null ? null : tagNodeType(model, typename);
  };
}
