import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

import type { GraphQLResponse } from './testGateway';

/** `@apollo/gateway` otherwise reports usage to Apollo's servers, which these machines cannot reach. */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

export interface SubgraphEndpoint {
  readonly name: string;
  /** The subgraph's GraphQL endpoint, e.g. `http://127.0.0.1:1234/graphql`. */
  readonly url: string;
}

export interface FederationGateway {
  readonly url: string;
  /** The supergraph SDL the gateway composed from the subgraphs, as a router would read it. */
  readonly supergraphSdl: string;
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * A real Apollo Gateway on an ephemeral port: it introspects every subgraph's `_service { sdl }`,
 * composes the supergraph with `@apollo/composition` and plans queries across the subgraphs.
 */
export async function startFederationGateway(subgraphs: ReadonlyArray<SubgraphEndpoint>): Promise<FederationGateway> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: [...subgraphs] }) });
  let supergraphSdl = '';
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    supergraphSdl = coreSupergraphSdl;
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    get supergraphSdl() {
      return supergraphSdl;
    },
    async query<TData>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
      return { status: response.status, ...body };
    },
    // Stops the HTTP server and, through Apollo Server, the gateway.
    stop: () => server.stop(),
  };
}
