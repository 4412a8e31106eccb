import type { NodeResolvers } from '../__generated__/resolversTypes';

/** Every GraphQL type that implements `Node`, as the generated resolver types list them. */
export type NodeTypename = Exclude<Awaited<ReturnType<NodeResolvers['__resolveType']>>, null | undefined>;

/**
 * Models are plain provider records and do not say which GraphQL type they are (a Zendesk user and
 * an organization share `nativeId`, `name`, `createdAt`…). `node`/`nodes` know the type from the id
 * they decoded, so they hand GraphQL a copy tagged under a symbol: invisible to field resolution and
 * to clients, and read back by `Node.__resolveType`. No state is kept anywhere.
 */
const NODE_TYPE: unique symbol = Symbol('nodeType');

export type TaggedNode<TModel extends object> = TModel & { readonly [NODE_TYPE]: NodeTypename };

export function tagNodeType<TModel extends object>(model: TModel, typename: NodeTypename): TaggedNode<TModel> {
  return { ...model, [NODE_TYPE]: typename };
}

/** The tag {@link tagNodeType} set, or `null` for an untagged value. */
export function nodeTypeOf(value: object): NodeTypename | null {
  return NODE_TYPE in value ? (value as TaggedNode<object>)[NODE_TYPE] : null;
}
