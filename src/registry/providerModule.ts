import type { GraphQLSchemaModule } from '@apollo/subgraph/dist/schema-helper';

import type { RecordLoader } from '../loaders/createBatchLoader';
import type { ProviderInbox } from '../inbox/inboxContract';
import type { Loaders } from '../loaders/createLoaders';
import type { UpstreamHttp } from '../providers/http/httpClient';
import type { ErrorFields } from '../providers/http/errorBodyFields';
import type { RateLimit } from '../providers/http/rateLimit/parseRateLimit';
import type { RateLimitHeaderNames } from '../providers/http/rateLimit/rateLimitHeaders';
import type { ReferenceCache } from '../providers/referenceCache';
import type { RunningSimulator } from '../simulators/kit/simulatorServer';
import type { SimulatorStartOptions } from '../simulators/kit/startSimulator';
import type { ProviderConfig } from './providerConfig';

/**
 * Everything the gateway knows about one provider, declared in the provider's own folder
 * (src/providers/<provider>/module.ts) and listed once in src/registry/providerRegistry.ts. The
 * config, the runtime, the per-request context and loaders, `node`/`nodes`, `_entities`, the
 * metrics, GraphiQL and `npm run simulate` iterate over the registry; none of them names a provider.
 *
 * `TApi` is what the module's resolvers reach as `context.providers.<name>`: its paginators and its
 * batch lookups (`byId`, one DataLoader each, reached as `context.loaders.<name>.<lookup>`).
 */
export interface ProviderModule<TApi extends ProviderApi = ProviderApi> {
  /**
   * Lower-case identifier: the root field of its namespace, the provider part of its global ids,
   * the `provider` label of metrics and logs, and (upper-cased) the prefix of its variables.
   */
  readonly name: string;
  /** How people write it (`Zendesk`), in logs and messages. */
  readonly title: string;
  readonly config: ProviderConfig;
  readonly http: ProviderHttp;
  /**
   * Its paginators and batch lookups over one request's HTTP view (the view records and limits that
   * request's calls). `referenceCache` keeps small reference lists between requests
   * (REFERENCE_CACHE_TTL_MS); a provider with none ignores it.
   */
  createApi(http: UpstreamHttp, referenceCache: ReferenceCache): TApi;
  readonly graph: ProviderGraph;
  /**
   * Its conversations in the merged inbox (`Query.conversations`), if it has any: a list sorted by
   * update time, newest first, and the type that implements `SupportConversation` (README, "One inbox").
   */
  readonly inbox?: ProviderInbox<TApi>;
  readonly simulator: ProviderSimulator;
}

/** A provider's API for one request: at least its batch lookups, each a `BatchFetch` keyed by native id. */
export interface ProviderApi {
  readonly byId: object;
}

/** How the HTTP client, the rate budget and the metrics treat this provider's calls. */
export interface ProviderHttp {
  /** Its error body shapes: the code (kind) and the message, before redaction. */
  readErrorFields(body: unknown): ErrorFields;
  /**
   * Its published rate limit for the smallest plan (src/providers/<p>/api/rateLimit.ts, with the
   * source): a real account's budget unless `<NAME>_RATE_LIMIT` says otherwise.
   */
  readonly defaultRateLimit: RateLimit;
  /** Its rate-limit response headers, lower-case: they tighten the budget and feed `upstream_ratelimit_*`. */
  readonly rateLimitHeaders: RateLimitHeaderNames;
}

/** A resolver map as Apollo's `buildSubgraphSchema` accepts it. */
export type ResolverMap = NonNullable<GraphQLSchemaModule['resolvers']>;

/** Loads one `Node` type by native id through the request's loaders; `null`: the provider has no lookup by id. */
export type NodeLoader = ((loaders: Loaders) => RecordLoader<object>) | null;

/** A provider's share of the schema. */
export interface ProviderGraph {
  /** Its SDL: the namespace type, extending `Query` with one field named after the provider. */
  readonly typeDefs: string;
  /**
   * Its resolvers, as `buildSubgraphSchema` takes them (typed by codegen for the built-in providers:
   * `Resolvers` from src/__generated__, whose context is src/context.ts's `GraphContext`).
   */
  readonly resolvers: ResolverMap;
  /**
   * Every type of its SDL that implements `Node`, with its lookup. Each is a Federation entity
   * keyed by `id` too (`@key(fields: "id")`, `resolvable: false` where the lookup is `null`).
   */
  readonly nodes: Readonly<Record<string, NodeLoader>>;
  /** Queries GraphiQL opens with, one tab each (shown only if valid against the served schema). */
  readonly examples: ReadonlyArray<string>;
}

/** The provider's built-in simulator: what `npm start` serves without credentials, and `npm run simulate` runs. */
export interface ProviderSimulator {
  /** Started with the credentials its module's `config.target` gives in simulator mode. */
  start(options: SimulatorStartOptions): Promise<RunningSimulator>;
  /** `npm run simulate`'s port for it when `<NAME>_SIMULATOR_PORT` is not set. */
  readonly defaultPort: number;
  /** The variables that point a gateway at a running simulator as if it were the real API. */
  gatewayVariables(url: string): Readonly<Record<string, string>>;
}
