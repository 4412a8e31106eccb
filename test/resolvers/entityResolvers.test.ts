import { assertInterfaceType, buildSchema as buildPlainSchema, Kind, parse } from 'graphql';

import { createNodeTable } from '../../src/registry/nodeTable';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { buildSchema, readTypeDefs } from '../../src/schema';

const NODE_SOURCES = Object.fromEntries(createNodeTable(PROVIDER_MODULES));

/** `type X … @key(fields: "id"[, resolvable: false])` of the provider SDL, by type. */
function federationKeys(): Map<string, { fields: string; resolvable: boolean }> {
  const keys = new Map<string, { fields: string; resolvable: boolean }>();
  for (const definition of parse(readTypeDefs().join('\n')).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const argument = (name: string) => directive.arguments?.find((entry) => entry.name.value === name)?.value;
      const fields = argument('fields');
      const resolvable = argument('resolvable');
      keys.set(definition.name.value, {
        fields: fields?.kind === Kind.STRING ? fields.value : '?',
        resolvable: !(resolvable?.kind === Kind.BOOLEAN && !resolvable.value),
      });
    }
  }
  return keys;
}

describe('federation entities', () => {
  it('keeps the provider SDL plain GraphQL: it builds without any federation directive', () => {
    expect(() => buildPlainSchema(readTypeDefs().join('\n'))).not.toThrow();
  });

  it('keys every Node type by id, resolvable exactly when node(id:) can load it', () => {
    const plain = buildPlainSchema(readTypeDefs().join('\n'));
    const nodeTypes = plain.getImplementations(assertInterfaceType(plain.getType('Node'))).objects.map((type) => type.name);
    expect(nodeTypes.sort()).toEqual(Object.keys(NODE_SOURCES).sort());
    const keys = federationKeys();
    expect([...keys.keys()].sort()).toEqual(nodeTypes.sort());
    for (const [typename, source] of Object.entries(NODE_SOURCES)) {
      expect({ typename, ...keys.get(typename) }).toEqual({ typename, fields: 'id', resolvable: source.loader !== null });
    }
  });

  it('gives every entity a reference resolver in the served schema (unresolvable ones answer null)', () => {
    const schema = buildSchema();
    for (const typename of federationKeys().keys()) {
      // Where @apollo/subgraph keeps a type's `__resolveReference` (buildSchemaFromSDL.js).
      const apollo = schema.getType(typename)?.extensions.apollo as { subgraph?: { resolveReference?: unknown } } | undefined;
      expect({ typename, resolver: typeof apollo?.subgraph?.resolveReference }).toEqual({ typename, resolver: 'function' });
    }
  });

  it('serves the federation root fields next to the graph’s own', () => {
    const fields = Object.keys(buildSchema().getQueryType()?.getFields() ?? {}).sort();
    expect(fields).toEqual(['_entities', '_service', 'conversations', 'front', 'intercom', 'node', 'nodes', 'ok', 'zendesk']);
  });
});
