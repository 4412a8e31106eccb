import { type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';

import type { NodeTable } from './registry/nodeTable';

/**
 * The modules' node tables and their SDL must agree: every type that implements `Node` has a source
 * (else `node(id:)` could never return it and `_entities` could not resolve it), and every source
 * names a `Node` type of the schema. Checked when the schema is built, so a provider that forgets
 * one fails at startup, naming the type, instead of answering `null` for it in production.
 */
export function checkNodeTypes(schema: GraphQLSchema, nodes: NodeTable): void {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
  const implementing = new Set(schema.getPossibleTypes(node).map((type) => type.name));
  const problems = [
    ...[...implementing].filter((name) => !nodes.has(name)).map((name) => `${name} implements Node but no provider module lists it in graph.nodes`),
    ...[...nodes.keys()].filter((name) => !implementing.has(name)).map((name) => {
      const type = schema.getType(name);
      return `${name} is listed in graph.nodes of ${nodes.get(name)?.provider ?? '?'} but ${isObjectType(type) ? 'does not implement Node' : 'is not an object type of the schema'}`;
    }),
  ];
  if (problems.length > 0) throw new Error(`Node types and provider modules disagree:\n  ${problems.join('\n  ')}`);
}
