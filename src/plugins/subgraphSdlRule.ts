import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses `Query._service` (the Federation subgraph SDL) where it must not be served. `_service
 * { sdl }` returns the whole schema, so with introspection off (production) it would undo that
 * setting; SUBGRAPH_SDL=true turns it back on for a router that composes this subgraph at runtime.
 * A validation rule, like graphql-js's NoSchemaIntrospectionCustomRule that Apollo applies for
 * introspection: the operation is refused before anything runs.
 */
export const NoSubgraphSdlRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== '_service' || context.getParentType() !== context.getSchema().getQueryType()) return;
    context.reportError(
      new GraphQLError('The subgraph schema (`_service`) is not available here: it follows INTROSPECTION unless SUBGRAPH_SDL=true.', {
        nodes: node,
      }),
    );
  },
});
