// Layer rules of the gateway (issue 21), checked by `npm run lint` and in CI (.ci/run).
// Paths are relative to the directory depcruise runs in (the repository root; the rules' own test,
// test/lint/layers.test.ts, runs it in test/fixtures/layers, a small tree with the same layout).
// Data flows one way: GraphQL args → relay engine → provider paginator → HTTP client → provider,
// and the simulators stand for the providers, so they know nothing of the gateway.
//
// A provider is one folder, src/providers/<provider>/ (README, "Adding a provider"):
//   api/        paginators, batch lookups, models: the provider side, no GraphQL;
//   graph/      its SDL, resolvers and node sources: the GraphQL side of the gateway;
//   simulator/  its simulator, built on src/simulators/kit: nothing of the gateway;
//   config.ts   its environment variables (provider-side: zod only);
//   module.ts   the ProviderModule that ties them together, listed in src/registry/providerRegistry.ts.
// The rest of src/providers (types.ts, http/, the shared paginators) is provider-side too.

// The parts of a provider's folder that are not provider-side.
const providerGatewayParts = '^src/providers/[^/]+/(graph/|module\\.ts$)';
// Everything a simulator may be built from: the kit and the provider simulators themselves.
const simulatorModules = '^src/(simulators/|providers/[^/]+/simulator/)';

// Every GraphQL/Apollo npm package: graphql itself, Apollo Server/subgraph/gateway, graphql-tools.
// Matched resolved (node_modules/graphql/index.js) and unresolved (a bare `graphql`), so an import
// the resolver misses cannot slip past the rule.
const graphqlPackages = '(^|node_modules/)(graphql|@apollo/[^/]+|@graphql-tools/[^/]+)(/|$)';

// The gateway's GraphQL side: resolvers, Apollo plugins, the server, the schema and the
// per-request context (which holds loaders and the GraphQL request's lifetime).
const gatewayGraphqlModules = '^src/(resolvers/|plugins/|server\\.ts$|schema\\.ts$|context\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'relay-imports-no-provider',
      severity: 'error',
      comment:
        'The relay engine (src/relay) knows no provider: it drives any paginator through the ' +
        'Paginator/Page contract. That contract lives in src/providers/types.ts today, so that ' +
        'one file is allowed (and only it); every other src/providers module is forbidden.',
      from: { path: '^src/relay/' },
      to: { path: '^src/providers/', pathNot: '^src/providers/types\\.ts$' },
    },
    {
      name: 'providers-import-no-graphql',
      severity: 'error',
      comment:
        'Providers (src/providers, but for each folder\'s graph/ and module.ts) turn "native token + page size" into native pages and know ' +
        'nothing of GraphQL: no graphql, @apollo/* or @graphql-tools/* package, and none of the ' +
        "gateway's GraphQL modules (resolvers, plugins, server, schema, context).",
      from: { path: '^src/providers/', pathNot: [providerGatewayParts, simulatorModules] },
      to: { path: [graphqlPackages, gatewayGraphqlModules] },
    },
    {
      name: 'providers-reach-no-graphql',
      severity: 'error',
      comment:
        'Nor through another module: a provider importing a gateway file that imports graphql ' +
        '(src/errors.ts does) would pull GraphQL in all the same.',
      from: { path: '^src/providers/', pathNot: [providerGatewayParts, simulatorModules] },
      to: { path: [graphqlPackages, gatewayGraphqlModules], reachable: true },
    },
    {
      name: 'simulators-import-no-gateway',
      severity: 'error',
      comment:
        'Simulators (src/simulators/kit and each src/providers/<provider>/simulator) stand in for ' +
        'the providers, so they know nothing of the gateway: they import only the kit, simulator ' +
        'modules, Node built-ins and npm packages other than GraphQL/Apollo ones. ' +
        'src/simulators/main.ts, the `npm run simulate` entry point, reads the registry to find them.',
      from: { path: simulatorModules, pathNot: '^src/simulators/main\\.ts$' },
      to: { path: ['^src/', graphqlPackages], pathNot: simulatorModules },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere in src/: a layer that imports itself back has no direction.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    // type-only imports (`import type`) count: the relay engine must not even know a provider's types.
    tsPreCompilationDeps: true,
    // Only the edges out of our own files matter; not descending into npm packages keeps it fast.
    doNotFollow: { path: 'node_modules' },
    // Resolve packages through their `exports` maps as Node does (the default ignores them, and then
    // subpath imports such as graphiql/style.css do not resolve).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
