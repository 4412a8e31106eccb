import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type FragmentDefinitionNode, GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';

import { ErrorCode } from '../errorCodes';
import { measureQuery, type QueryMeasure } from './measureQuery';

/** Config: MAX_QUERY_DEPTH, MAX_QUERY_COST, MAX_QUERY_NODES. */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxNodes: number;
}

export interface QueryLimitsPluginOptions {
  readonly limits: QueryLimits;
  /** The engine's page sizes, which the estimate assumes for connections without `first`/`last`. */
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}

/**
 * Refuses a query whose depth, cost or node count (see measureQuery.ts) is over its limit with
 * QUERY_TOO_COMPLEX, after validation and before execution, so no provider is ever called for it.
 * The error carries the measured values and the limits, so a client can see what to cut.
 */
export function createQueryLimitsPlugin<TContext extends BaseContext>(options: QueryLimitsPluginOptions): ApolloServerPlugin<TContext> {
  // Apollo Server keeps one parsed document per query text, so an operation without variables
  // measures the same every time: measured once, while Apollo keeps the document.
  const withoutVariables = new WeakMap<OperationDefinitionNode, QueryMeasure>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const constant = (operation.variableDefinitions?.length ?? 0) === 0;
          let measure = constant ? withoutVariables.get(operation) : undefined;
          if (measure === undefined) {
            const fragments: Record<string, FragmentDefinitionNode> = {};
            for (const definition of document.definitions) {
              if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
            }
            measure = measureQuery({
              schema,
              operation,
              fragments,
              variables: request.variables ?? {},
              defaultPageSize: options.defaultPageSize,
              maxPageSize: options.maxPageSize,
            });
            if (constant) withoutVariables.set(operation, measure);
          }
          const problem = firstExceeded(measure, options.limits);
          if (problem !== null) throw queryTooComplex(problem, measure, options.limits);
        },
      };
    },
  };
}

function firstExceeded(measure: QueryMeasure, limits: QueryLimits): string | null {
  if (measure.depth > limits.maxDepth) return `depth ${measure.depth} is over the limit of ${limits.maxDepth}`;
  if (measure.cost > limits.maxCost) {
    return `estimated cost ${measure.cost} (connection pages and id lookups, multiplied down nested connections) is over the limit of ${limits.maxCost}`;
  }
  if (measure.nodes > limits.maxNodes) return `it may return ${measure.nodes} nodes, over the limit of ${limits.maxNodes}`;
  return null;
}

function queryTooComplex(problem: string, measure: QueryMeasure, limits: QueryLimits): GraphQLError {
  return new GraphQLError(`Query too complex: ${problem}. Ask for smaller pages (first/last), fewer ids or fewer nested connections.`, {
    extensions: {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      depth: measure.depth,
      cost: measure.cost,
      nodes: measure.nodes,
      maxDepth: limits.maxDepth,
      maxCost: limits.maxCost,
      maxNodes: limits.maxNodes,
      // Apollo turns this into the HTTP status and drops it from the response (a plugin error is 500 otherwise).
      http: { status: 400 },
    },
  });
}
