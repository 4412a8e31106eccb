import type { Maybe, ResolverTypeWrapper, Resolvers } from '../__generated__/resolversTypes';
import { badUserInput } from '../errors';
import type { Loaders } from '../loaders/createLoaders';
import { fromGlobalId } from '../relay/globalId';
import { lookupNativeId } from './nodeId';
import { NODE_SOURCES, type NodeModel, type NodeSource } from './nodeSources';
import { nodeTypeOf, tagNodeType, type NodeTypename, type TaggedNode } from './nodeType';

/** A decoded global id whose type this graph serves. */
interface NodeRef {
  readonly typename: NodeTypename;
  readonly source: NodeSource;
  readonly nativeId: string;
}

/**
 * `Query.node`, `Query.nodes` and `Node.__resolveType` (Relay Object Identification). Lookups go
 * through the request's loaders: one batch per type for all the ids of a tick, and a record a list
 * already returned in this request (primed) costs nothing.
 */
export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, args, context) => loadNode(toNodeRef(args.id), context.loaders),
    // Every id is decoded before anything loads: one malformed id fails the field with no upstream call.
    nodes: (_parent, args, context) => args.ids.map(toNodeRef).map((ref) => asListItem(loadNode(ref, context.loaders))),
  },
  Node: {
    __resolveType: (parent) => nodeTypeOf(parent),
  },
};

function isNodeTypename(type: string): type is NodeTypename {
  return Object.prototype.hasOwnProperty.call(NODE_SOURCES, type);
}

/** BAD_USER_INPUT for a malformed id, a type this graph does not serve, a type under the wrong provider, or a native id no record can have. */
function toNodeRef(id: string): NodeRef {
  const parts = fromGlobalId(id);
  if (!isNodeTypename(parts.type) || NODE_SOURCES[parts.type].provider !== parts.provider) {
    throw badUserInput(`Not an id of this API: \`${parts.provider}:${parts.type}\` is not a type it serves. Pass an \`id\` this API returned.`);
  }
  return { typename: parts.type, source: NODE_SOURCES[parts.type], nativeId: lookupNativeId(parts.nativeId) };
}

/**
 * graphql-js completes each list item on its own, promise or not (`completeListValue`), so a lookup
 * that fails nulls its own item with an error and leaves the others. The generated types admit
 * `T | Promise<T> | null` per item but not `Promise<T | null>`; this is the one place that widens them.
 */
function asListItem(item: Promise<TaggedNode<NodeModel> | null>): Maybe<ResolverTypeWrapper<NodeModel>> {
  return item as Promise<NodeModel>;
}

async function loadNode(ref: NodeRef, loaders: Loaders): Promise<TaggedNode<NodeModel> | null> {
  if (ref.source.loader === null) return null;
  const model = await ref.source.loader(loaders).load(ref.nativeId);
  return model === null ? null : tagNodeType(model, ref.typename);
}
