import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, type GraphQLSchema, Kind, parse } from 'graphql';

import { checkInboxTypes, withInboxFanOut } from './inbox/inboxSchema';
import { createInboxResolvers } from './inbox/inboxResolvers';
import { withAssumedPageSize } from './listSizing';
import { projectRoot } from './projectRoot';
import { createNodeTable } from './registry/nodeTable';
import type { ProviderModule } from './registry/providerModule';
import { PROVIDER_MODULES } from './registry/providerRegistry';
import { sharedResolvers } from './resolvers';
import { createEntityResolvers } from './resolvers/entityResolvers';
import { createNodeResolvers } from './resolvers/nodeResolvers';
import { checkNodeTypes } from './schemaChecks';

/** The Apollo Federation `@link`: only the subgraph build reads it. */
const FEDERATION_SDL = 'federation.graphql';

/**
 * The graph's SDL: the shared part from schema/*.graphql at the project root (schema-first; found
 * from src/ or dist/src/), then each provider module's own. Plain GraphQL, valid without
 * federation's `@link`. It carries the cost directives `@cost` and `@listSize`, which
 * schema/costDirectives.graphql defines for it.
 */
export function readTypeDefs(providers: ReadonlyArray<ProviderModule> = PROVIDER_MODULES): ReadonlyArray<string> {
  return [...readSchemaFiles().filter((file) => file.name !== FEDERATION_SDL).map((file) => file.sdl), ...providers.map((provider) => provider.graph.typeDefs)];
}

/** schema/federation.graphql: the `@link` to Federation 2.9 that imports `@key`, `@cost` and `@listSize`. */
export function readFederationTypeDefs(): string {
  const file = readSchemaFiles().find((entry) => entry.name === FEDERATION_SDL);
  if (!file) throw new Error(`schema/${FEDERATION_SDL} not found`);
  return file.sdl;
}

/** A module without SDL: `buildSubgraphSchema` applies every module's resolvers to the one schema built from all SDL. */
const NO_TYPE_DEFS: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

export interface SchemaOptions {
  /** DEFAULT_PAGE_SIZE, published as every connection's `@listSize(assumedSize:)` (the SDL files say 20). */
  readonly defaultPageSize?: number;
  /** The providers it serves; the registry's by default. */
  readonly providers?: ReadonlyArray<ProviderModule>;
}

/**
 * The schema /graphql serves: the graph, built as an Apollo Federation 2 subgraph, so the same
 * endpoint answers clients that know nothing about federation and gateways (`_service { sdl }`,
 * `_entities`). `buildSubgraphSchema` adds those two root fields, Federation's directives and the
 * types they use (`_Any`, `_Entity`, `_Service`, `link__*`, `federation__*`; README, "Federation").
 */
export function buildSchema(options: SchemaOptions = {}): GraphQLSchema {
  const providers = options.providers ?? PROVIDER_MODULES;
  const document = withInboxFanOut(parse([...readTypeDefs(providers), readFederationTypeDefs()].join('\n')), providers);
  const typeDefs = options.defaultPageSize === undefined ? document : withAssumedPageSize(document, options.defaultPageSize);
  const nodes = createNodeTable(providers);
  // Federation's reference resolvers (`__resolveReference`) last.
  const resolverMaps = [
    sharedResolvers,
    ...providers.map((provider) => provider.graph.resolvers),
    createInboxResolvers(providers),
    createNodeResolvers(nodes),
    createEntityResolvers(nodes),
  ];
  const schema = buildSubgraphSchema([{ typeDefs }, ...resolverMaps.map((resolvers) => ({ typeDefs: NO_TYPE_DEFS, resolvers }))]);
  checkNodeTypes(schema, nodes);
  checkInboxTypes(schema, providers);
  return schema;
}

interface SchemaFile {
  readonly name: string;
  readonly sdl: string;
}

function readSchemaFiles(): ReadonlyArray<SchemaFile> {
  const dir = join(projectRoot(__dirname), 'schema');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ name, sdl: readFileSync(join(dir, name), 'utf8') }));
}
