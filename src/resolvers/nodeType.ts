/**
 * Models are plain provider records and do not say which GraphQL type they are (a Zendesk user and
 * an organization share `nativeId`, `name`, `createdAt`…). `node`/`nodes` know the type from the id
 * they decoded, so they hand GraphQL a copy tagged under a symbol: invisible to field resolution and
 * to clients, and read back by `Node.__resolveType`. No state is kept anywhere.
 */
const NODE_TYPE: unique symbol = Symbol('nodeType');

export type TaggedNode<TModel extends object> = TModel & { readonly [NODE_TYPE]: string };

export function tagNodeType<TModel extends object>(model: TModel, typename: string): TaggedNode<TModel> {
  return { ...model, [NODE_TYPE]: typename };
}

/** The tag {@link tagNodeType} set, or `null` for an untagged value. */
export function nodeTypeOf(value: object): string | null {
  return NODE_TYPE in value ? (value as TaggedNode<object>)[NODE_TYPE] : null;
}
