import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { stitchSchemas } from '@graphql-tools/stitch';
import { schemaFromExecutor } from '@graphql-tools/wrap';
import { graphql, type GraphQLSchema } from 'graphql';

import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/** A tiny local schema, stitched next to the remote helpdesk graph into one gateway schema. */
const localSchema = makeExecutableSchema({
  typeDefs: 'type Query { gatewayName: String! }',
  resolvers: { Query: { gatewayName: () => 'stitching-test' } },
});

const PAGE = `query ($first: Int!, $after: String) {
  gatewayName
  zendesk {
    organizations(first: $first, after: $after) {
      edges { cursor node { id nativeId name } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface OrganizationsPage {
  readonly gatewayName: string;
  readonly zendesk: {
    readonly organizations: {
      readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: { readonly id: string; readonly nativeId: string; readonly name: string } }>;
      readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    };
  };
}

describe('schema stitching: the helpdesk graph as a remote schema in a @graphql-tools/stitch gateway', () => {
  let zendesk: ZendeskSimulator;
  let helpdesk: TestGateway;
  let stitched: GraphQLSchema;

  beforeAll(async () => {
    zendesk = await startZendeskSimulator();
    helpdesk = await startTestGateway(zendeskEnv(zendesk));
    // The remote schema is introspected over HTTP, and every delegated query goes the same way.
    const executor = buildHTTPExecutor({ endpoint: `${helpdesk.runtime.url}/graphql` });
    stitched = stitchSchemas({ subschemas: [{ schema: await schemaFromExecutor(executor), executor }, localSchema] });
  });
  afterAll(async () => {
    await helpdesk?.stop();
    await zendesk?.close();
  });

  it('pages a connection forward through the stitched schema: every record once, in order, with cursors that resume', async () => {
    zendesk.requests.clear();
    const names: string[] = [];
    const nativeIds: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await graphql({ schema: stitched, source: PAGE, variableValues: { first: 30, after } });
      expect(result.errors).toBeUndefined();
      const data = result.data as unknown as OrganizationsPage;
      expect(data.gatewayName).toBe('stitching-test');
      const { edges, pageInfo } = data.zendesk.organizations;
      nativeIds.push(...edges.map((edge) => edge.node.nativeId));
      names.push(...edges.map((edge) => edge.node.name));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor);
      after = pageInfo.endCursor;
    }

    const expected = [...zendesk.data.organizations].sort((a, b) => a.id - b.id);
    expect(nativeIds).toEqual(expected.map((organization) => String(organization.id)));
    expect(names).toEqual(expected.map((organization) => organization.name));
    expect(pages).toBe(Math.ceil(expected.length / 30));
    // One native page per GraphQL page: stitching adds no provider call.
    expect(zendesk.requests.entries.filter((entry) => entry.path.startsWith('/api/v2/organizations'))).toHaveLength(pages);
  });
});
