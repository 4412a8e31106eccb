import type { Maybe, ResolverTypeWrapper, Resolvers, ResolversParentTypes } from '../__generated__/resolversTypes';
import { badUserInput } from '../errors';
import type { Loaders } from '../loaders/createLoaders';
import type { NodeSource, NodeTable } from '../registry/nodeTable';
import { fromGlobalId } from '../relay/globalId';
import { lookupNativeId } from './nodeId';
import { nodeTypeOf, tagNodeType, type TaggedNode } from './nodeType';

/** The model of any `Node` type (the union codegen maps the interface to). */
type NodeModel = ResolversParentTypes['Node'];

/** A decoded global id whose type this graph serves. */
interface NodeRef {
  readonly typename: string;
  readonly source: NodeSource;
  readonly nativeId: string;
}

/**
 * `Query.node`, `Query.nodes` and `Node.__resolveType` (Relay Object Identification) over every
 * provider module's node types. Lookups go through the request's loaders: one batch per type for
 * all the ids of a tick, and a record a list already returned in this request (primed) costs nothing.
 */
export function createNodeResolvers(nodes: NodeTable): Resolvers {
  /** BAD_USER_INPUT for a malformed id, a type this graph does not serve, a type under the wrong provider, or a native id no record can have. */
  const toNodeRef = (id: string): NodeRef => {
    const parts = fromGlobalId(id);
    const source = nodes.get(parts.type);
    if (source === undefined || source.provider !== parts.provider) {
      throw badUserInput(`Not an id of this API: \`${parts.provider}:${parts.type}\` is not a type it serves. Pass an \`id\` this API returned.`);
    }
    return { typename: parts.type, source, nativeId: lookupNativeId(parts.nativeId) };
  };
  return {
    Query: {
      node: (_parent, args, context) => asNode(loadNode(toNodeRef(args.id), context.loaders)),
      // Every id is decoded before anything loads: one malformed id fails the field with no upstream call.
      nodes: (_parent, args, context) => args.ids.map(toNodeRef).map((ref) => asNode(loadNode(ref, context.loaders))),
    },
    Node: {
      __resolveType: (parent) => nodeTypeOf(parent) as NodeTypenameOfSchema | null,
    },
  };
}

/**
 * The type names codegen knows. A module outside codegen (a test's provider) has names it does not;
 * graphql-js checks the name against the schema either way.
 */
type NodeTypenameOfSchema = Exclude<Awaited<ReturnType<NonNullable<Resolvers['Node']>['__resolveType']>>, null | undefined>;

/**
 * graphql-js completes each list item on its own, promise or not (`completeListValue`), so a lookup
 * that fails nulls its own item with an error and leaves the others. The generated types admit
 * `T | Promise<T> | null` per item but not `Promise<T | null>`, and know only codegen's models;
 * this is the one place that widens them.
 */
function asNode(item: Promise<TaggedNode<object> | null>): Maybe<ResolverTypeWrapper<NodeModel>> {
  return item as unknown as Promise<NodeModel>;
}

async function loadNode(ref: NodeRef, loaders: Loaders): Promise<TaggedNode<object> | null> {
  if (ref.source.loader === null) return null;
  const model = await ref.source.loader(loaders).load(ref.nativeId);
  return model === null ? null : tagNodeType(model, ref.typename);
}
