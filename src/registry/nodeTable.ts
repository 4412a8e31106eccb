import type { NodeLoader, ProviderModule } from './providerModule';

/** Where `node(id:)` and Federation's `__resolveReference` find one `Node` type. */
export interface NodeSource {
  /** The provider whose global ids name this type (checked against the id). */
  readonly provider: string;
  readonly loader: NodeLoader;
}

/** Every `Node` type of the graph, by GraphQL type name, from the provider modules' `graph.nodes`. */
export type NodeTable = ReadonlyMap<string, NodeSource>;

export function createNodeTable(modules: ReadonlyArray<ProviderModule>): NodeTable {
  const table = new Map<string, NodeSource>();
  for (const module of modules) {
    for (const [typename, loader] of Object.entries(module.graph.nodes)) {
      const claimed = table.get(typename);
      if (claimed !== undefined) throw new Error(`Node type ${typename} is declared by both ${claimed.provider} and ${module.name}`);
      table.set(typename, { provider: module.name, loader });
    }
  }
  return table;
}
