import { buildSchema, type FragmentDefinitionNode, getIntrospectionQuery, Kind, type OperationDefinitionNode, parse } from 'graphql';

import { measureQuery, type QueryMeasure } from '../../src/plugins/measureQuery';
import { readTypeDefs } from '../../src/schema';

const schema = buildSchema(readTypeDefs().join('\n'));

function measure(query: string, variables: Record<string, unknown> = {}): QueryMeasure {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return measureQuery({ schema, operation, fragments, variables, defaultPageSize: 20, maxPageSize: 500 });
}

describe('measureQuery', () => {
  it('multiplies page sizes down nested connections', () => {
    expect(measure('{ zendesk { tickets(first: 10) { nodes { comments(first: 5) { nodes { nativeId } } } } } }')).toEqual({ depth: 6, cost: 11, nodes: 60 });
  });

  it('assumes the default page size where neither first nor last is given', () => {
    expect(measure('{ zendesk { tickets { edges { node { comments { totalCount } } } } } }')).toEqual({ depth: 6, cost: 21, nodes: 420 });
  });

  it('reads first/last from variables, then from variable defaults, then falls back to the default page size', () => {
    const query = 'query Q($n: Int, $m: Int = 9) { zendesk { a: tickets(first: $n) { totalCount } b: users(last: $m) { totalCount } } }';
    expect(measure(query, { n: 7 })).toEqual({ depth: 3, cost: 2, nodes: 16 });
    expect(measure(query, { n: 7, m: 3 })).toEqual({ depth: 3, cost: 2, nodes: 10 });
    expect(measure(query, {})).toEqual({ depth: 3, cost: 2, nodes: 29 });
    // Uncoerced input of the wrong type is left to execution to refuse; the estimate uses the default.
    expect(measure(query, { n: 'many' })).toEqual({ depth: 3, cost: 2, nodes: 29 });
  });

  it('follows fragments and inline fragments, adding no depth for them', () => {
    const query = `
      fragment Comments on ZendeskTicket { comments(last: 4) { nodes { nativeId } } }
      { zendesk { tickets(first: 10) { nodes { ...Comments ... on ZendeskTicket { other: comments(first: 2) { totalCount } } } } } }`;
    expect(measure(query)).toEqual({ depth: 6, cost: 21, nodes: 70 });
  });

  it('stops the estimate at the maximum page size (larger counts are refused when the field runs)', () => {
    expect(measure('{ zendesk { tickets(first: 100000) { totalCount } } }')).toEqual({ depth: 3, cost: 1, nodes: 500 });
  });

  it('lets introspection through for free', () => {
    expect(measure(getIntrospectionQuery())).toEqual({ depth: 0, cost: 0, nodes: 0 });
  });
});
