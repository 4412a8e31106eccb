import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Redis } from 'ioredis';

import { type ApiKeyCheck, createApiKeyCheck } from './auth/apiKeyAuth';
import type { Config } from './config';
import { type ContextFactory, createContextFactory, type GraphContext, type ProviderClient } from './context';
import { ErrorCode } from './errorCodes';
import { createErrorFormatter } from './errorFormatting';
import { exampleQueriesOf } from './graphiql/exampleQueries';
import { createGraphiqlHandler } from './graphiql/graphiqlHandler';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/gatewayMetrics';
import { createUpstreamCallsPlugin } from './metrics/upstreamCallsPlugin';
import type { Logger } from './logger';
import { isJsonContentType } from './http/contentType';
import { REQUEST_ID_HEADER, requestIdOf } from './http/requestId';
import { createOperationLog, errorsOfResponseBody, type OperationLog, type OperationRecord } from './logging/operationLog';
import { createOutageWarnings } from './logging/outageWarnings';
import { createOperationLogPlugin } from './plugins/operationLogPlugin';
import { createPartialErrorsPlugin } from './plugins/partialErrorsPlugin';
import { createCorsHandler } from './http/cors';
import { createReadiness, type Readiness } from './http/readiness';
import { createReadinessHandler } from './http/readinessHandler';
import { checkRequest, type DocumentLimits, documentTooComplex } from './plugins/documentLimits';
import { createQueryLimitsPlugin } from './plugins/queryLimitsPlugin';
import { NoSubgraphSdlRule } from './plugins/subgraphSdlRule';
import { createVariablesDepthPlugin } from './plugins/variablesDepthPlugin';
import { createCursorCodec } from './relay/cursor';
import { createPageCache, type PageCache } from './relay/pageCache';
import { createSharedPageCache } from './relay/sharedPageCache';
import { createRedisPageStore } from './redis/redisPageStore';
import { createSharedQueryCache } from './redis/redisQueryCache';
import { createSharedReferenceCache } from './redis/redisReferenceCache';
import { createLocalReferenceCache, type ReferenceCache } from './providers/referenceCache';
import { providerAccounts } from './runtime/providerAccounts';
import { createRequestLifetimes, type RequestLifetimes } from './requestLifetime';
import { buildSchema } from './schema';
import { traceGraphqlRequest } from './telemetry/operationSpan';
import { createOperationSpanPlugin } from './telemetry/operationSpanPlugin';

/** Largest request body accepted on /graphql; a GraphQL document has no reason to be bigger. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface GatewayDependencies {
  readonly config: Config;
  readonly logger: Logger;
  /** Every provider the graph serves, each with its process-wide client (the runtime's upstreams). */
  readonly providers: ReadonlyArray<ProviderClient>;
  /** Defaults to a fresh registry with Node's default metrics. */
  readonly metrics?: GatewayMetrics;
  /**
   * The REDIS_URL connection (src/redis/redisConnection.ts), when set: the page cache, reference
   * lists and automatic persisted queries are shared through it.
   */
  readonly redis?: Redis | undefined;
}

export interface Gateway {
  /** Node's request listener: `/graphql`, `/health`, `/ready`. */
  readonly handle: RequestListener;
  readonly apollo: ApolloServer<GraphContext>;
  readonly createContext: ContextFactory;
  readonly metrics: GatewayMetrics;
  /** What /ready reports; the runtime adds its own checks (server listening, shutdown). */
  readonly readiness: Readiness;
  /**
   * Shutdown begins: read-ahead stops (this instance will serve no next request), requests in
   * flight go on.
   */
  drain(): void;
  /** Resolves when no request is running and none of their upstream calls (read-ahead included) is in flight. */
  whenIdle(): Promise<void>;
  /**
   * Stops every request's upstream work (fields still waiting fail REQUEST_ABORTED), waits for the
   * requests to end, stops Apollo. Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

/** Builds the gateway without listening: `main.ts` (and tests) attach it to an HTTP server. */
export async function createGateway(deps: GatewayDependencies): Promise<Gateway> {
  const { config, logger } = deps;
  // Depth/cost/node limits, checked before execution (issue 14).
  const queryLimits = createQueryLimitsPlugin<GraphContext>({
    limits: config.queryLimits,
    defaultPageSize: config.defaultPageSize,
    maxPageSize: config.maxPageSize,
  });
  // Built once: Apollo serves it, and GraphiQL validates its example queries against it.
  const modules = deps.providers.map((provider) => provider.module);
  const schema = buildSchema({ defaultPageSize: config.defaultPageSize, providers: modules });
  const apollo = new ApolloServer<GraphContext>({
    schema,
    introspection: config.introspection,
    // With introspection off, neither "Did you mean …?" suggestions nor the subgraph SDL may name
    // what introspection hides.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    validationRules: config.subgraphSdl ? [] : [NoSubgraphSdlRule],
    // Automatic persisted queries (on by default in Apollo Server, in a per-process cache): with
    // REDIS_URL, in Redis, so a hash registered on one instance is known to all.
    ...(deps.redis ? { persistedQueries: { cache: createSharedQueryCache(deps.redis) } } : {}),
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown; Apollo's own handler would re-raise the signal and skip our cleanup.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(),
    // Apollo's default landing page loads Sandbox from a CDN, which fails offline.
    // EXPOSE_UPSTREAM_CALLS adds each response's upstream call count (issue 13: tests, debugging).
    // The schema is a federation subgraph, for which Apollo turns on inline tracing: any client
    // sending `apollo-federation-include-trace: ftv1` would get per-field timings. Traces only serve
    // Apollo Studio usage reporting, which this offline graph does not use, so it stays off.
    // Cache control is on by default and runs a hook per resolved field to compute a response
    // cache policy; nothing here sets cache hints or caches responses (connections are live data
    // behind per-tenant credentials), so it is turned off (issue 16: ~1% of CPU under load).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      queryLimits,
      // Errors of fields that still returned data (Query.conversations with a provider down). Before
      // the operation log: plugins' willSendResponse run in this order, and the log (its line,
      // graphql_errors_total, outage warnings) reads the errors as they are sent.
      createPartialErrorsPlugin(),
      createOperationLogPlugin(),
      // Names the request's span (OpenTelemetry, off unless OTEL_* variables turn it on).
      createOperationSpanPlugin(),
      createVariablesDepthPlugin(),
      ...(config.exposeUpstreamCalls ? [createUpstreamCallsPlugin()] : []),
    ],
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
  });
  await apollo.start();
  const metrics = deps.metrics ?? createGatewayMetrics({ rateLimitHeaders: Object.fromEntries(modules.map((module) => [module.name, module.http.rateLimitHeaders])) });
  const createContext = createContextFactory({
    relay: {
      limits: { defaultPageSize: config.defaultPageSize, maxPageSize: config.maxPageSize },
      cursors: createCursorCodec(cursorKey(config, logger)),
      pageCache: createGatewayPageCache(config, metrics, deps.redis),
    },
    providers: deps.providers,
    referenceCache: createGatewayReferenceCache(config, deps.redis),
    logger,
    onUpstreamCall: (call) => metrics.observeUpstreamCall(call),
    upstreamLimits: config.upstreamLimits,
  });
  // Deadlines and cancellation of each request's upstream work (src/requestLifetime.ts).
  const lifetimes = createRequestLifetimes({ timeoutMs: config.requestDeadlineMs });
  // GraphiQL for browsers (offline bundle, see src/graphiql/); everything else goes to route().
  const checkApiKey = createApiKeyCheck(config.gatewayApiKeys);
  const graphiql = createGraphiqlHandler({ schema, introspection: config.introspection, logger, examples: exampleQueriesOf(modules) });
  const operationLog = createOperationLog({ metrics, outages: createOutageWarnings() });
  // Issue 22: /ready, and CORS preflights answered before the API-key check and Apollo's CSRF rule.
  let apolloRunning = true;
  const readiness = createReadiness(logger);
  readiness.add({ name: 'config', run: () => ({ ok: true }) });
  readiness.add({ name: 'apollo', run: () => ({ ok: apolloRunning }) });
  const ready = createReadinessHandler(readiness, logger);
  const cors = config.cors ? createCorsHandler(config.cors) : null;
  const handle: RequestListener = (req, res) => {
    // Issue 22: every response carries the request's id, and every log line of the request.
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const requestLogger = logger.child({ requestId });
    if (graphiql(req, res)) return;
    if (ready(req, res)) return;
    if (cors?.(req, res)) return;
    route(req, res, { apollo, createContext, metrics, checkApiKey, requestId, logger: requestLogger, operationLog, lifetimes, documentLimits: config.documentLimits }).catch((error: unknown) => {
      requestLogger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
      else res.destroy();
    });
  };
  let stopped: Promise<void> | undefined;
  return {
    handle,
    apollo,
    createContext,
    metrics,
    readiness,
    drain: () => lifetimes.drain(),
    whenIdle: () => lifetimes.whenIdle(),
    stop() {
      apolloRunning = false;
      lifetimes.abortAll();
      stopped ??= lifetimes.whenIdle().then(() => apollo.stop());
      return stopped;
    },
  };
}

/**
 * One cache per gateway = per set of provider credentials (see pageCache.ts); with REDIS_URL it is
 * shared with the other instances of the same accounts (sharedPageCache.ts).
 */
function createGatewayPageCache(config: Config, metrics: GatewayMetrics, redis: Redis | undefined): PageCache | undefined {
  if (!config.pageCache.enabled) return undefined;
  const options = { ...config.pageCache, onTake: (found: boolean) => metrics.observePageCacheTake(found) };
  if (redis === undefined) return createPageCache(options);
  return createSharedPageCache({ ...options, store: createRedisPageStore(redis), namespaceOf: providerAccounts(config) });
}

/** Reference lists kept between requests (REFERENCE_CACHE_TTL_MS), shared through Redis when set. */
function createGatewayReferenceCache(config: Config, redis: Redis | undefined): ReferenceCache | undefined {
  if (config.referenceCacheTtlMs === 0) return undefined;
  const local = createLocalReferenceCache(config.referenceCacheTtlMs);
  if (redis === undefined) return local;
  return createSharedReferenceCache({ redis, ttlMs: config.referenceCacheTtlMs, namespaceOf: providerAccounts(config), fallback: local });
}

function cursorKey(config: Config, logger: Logger): Buffer {
  if (config.cursorSecret !== null) return Buffer.from(config.cursorSecret, 'utf8');
  logger.warn('CURSOR_SECRET is not set: using a random key, so cursors will not survive a restart or work across instances');
  return randomBytes(32);
}

interface Routes {
  readonly apollo: ApolloServer<GraphContext>;
  readonly createContext: ContextFactory;
  readonly lifetimes: RequestLifetimes;
  readonly metrics: GatewayMetrics;
  /** null: GATEWAY_API_KEYS unset, no auth. */
  readonly checkApiKey: ApiKeyCheck | null;
  readonly requestId: string;
  /** The request's logger (carries its requestId). */
  readonly logger: Logger;
  readonly operationLog: OperationLog;
  readonly documentLimits: DocumentLimits;
}

/**
 * With GATEWAY_API_KEYS set, /graphql and /metrics need `Authorization: Bearer <key>`: /metrics
 * names endpoints and rate-limit headroom, and Prometheus can send a bearer token. /health stays
 * open for load balancers, and so do the GraphiQL page and assets (static, no data: its requests
 * go to /graphql, with the key set in GraphiQL's Headers tab).
 */
function needsApiKey(pathname: string): boolean {
  return pathname === '/graphql' || pathname === '/metrics';
}

function sendUnauthorized(res: ServerResponse): void {
  res.setHeader('www-authenticate', 'Bearer realm="helpdesk-graph"');
  sendJson(res, 401, {
    errors: [{ message: 'Missing or invalid API key: send Authorization: Bearer <key>.', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
  });
}

async function route(req: IncomingMessage, res: ServerResponse, routes: Routes): Promise<void> {
  const { metrics } = routes;
  const url = new URL(req.url ?? '/', 'http://gateway');
  if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  let apiKeyId: string | null = null;
  if (routes.checkApiKey && needsApiKey(url.pathname)) {
    apiKeyId = routes.checkApiKey(req.headers.authorization);
    if (apiKeyId === null) {
      routes.logger.info({ method: req.method, path: url.pathname, status: 401 }, 'request refused: missing or invalid API key');
      sendUnauthorized(res);
      return;
    }
  }
  if (url.pathname === '/metrics' && req.method === 'GET') {
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
    return;
  }
  if (url.pathname === '/graphql') {
    await traceGraphqlRequest(req, res, () =>
      routes.operationLog.observe({ logger: routes.logger, apiKeyId }, res, (record) => serveGraphql(req, res, url, routes, record)),
    );
    return;
  }
  sendJson(res, 404, { error: 'Not found', graphql: '/graphql', health: '/health', ready: '/ready', metrics: '/metrics' });
}

async function serveGraphql(req: IncomingMessage, res: ServerResponse, url: URL, routes: Routes, record: OperationRecord): Promise<void> {
  const { apollo, createContext } = routes;
  const body = await readBody(req);
  if (body.kind === 'aborted') {
    // The client went away (or Node's HTTP_REQUEST_TIMEOUT_MS cut a slow upload) mid-body: nobody
    // is left to answer, and it is the client's doing, not a server fault worth a stack trace.
    routes.logger.debug({ method: req.method, received: body.received }, 'request body aborted by the client');
    return;
  }
  if (body.kind === 'too-large') {
    sendErrors(res, 413, [{ message: `Request body over ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }], record);
    return;
  }
  if (body.kind === 'invalid-json') {
    sendErrors(res, 400, [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }], record);
    return;
  }
  // Issue 20: size limits of the query text, before Apollo hashes, parses or validates it (see documentLimits.ts).
  const exceeded = checkRequest(body.value, url.searchParams, routes.documentLimits);
  if (exceeded !== null) {
    sendErrors(res, 400, [documentTooComplex(exceeded)], record);
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const lifetime = routes.lifetimes.start();
  // The response's close, not the request's: `req` emits 'close' as soon as its body has been read
  // (Node >= 16). A response that closes unfinished lost its client, so its work is for no one.
  const onClose = (): void => {
    if (!res.writableFinished) lifetime.abandon();
  };
  if (res.destroyed) lifetime.abandon();
  else res.once('close', onClose);
  try {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: body.value },
      context: async () => {
        const context = createContext({ requestId: routes.requestId, logger: routes.logger, operationRecord: record }, lifetime);
        record.upstreamCalls = context.upstreamCalls;
        return context;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Apollo's HTTP layer answers malformed requests without running plugins: their errors are read here.
      if (record.errors === null && res.statusCode >= 400) record.errors = errorsOfResponseBody(response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } finally {
    // The result is complete: calls still running for it (fields whose parent already failed) stop.
    lifetime.finish();
  }
}

type Body = { kind: 'ok'; value: unknown } | { kind: 'too-large' } | { kind: 'invalid-json' } | { kind: 'aborted'; received: number };

/** Collects the body with plain stream events: an async iterator per request cost measurably more under load (bench/). */
function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      // Answer at once and drain the rest unread, so the 413 can still be sent on this socket.
      req.off('data', onData);
      req.off('end', onEnd);
      req.resume();
      resolve({ kind: 'too-large' });
    };
    const onEnd = (): void => resolve(parseBody(req, chunks, size));
    // An aborted upload emits 'error' (ECONNRESET "aborted") or only 'close', never 'end'; a
    // promise already settled by 'end' ignores both.
    const onAborted = (): void => resolve({ kind: 'aborted', received: size });
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onAborted);
    req.once('close', onAborted);
  });
}

function parseBody(req: IncomingMessage, chunks: ReadonlyArray<Buffer>, size: number): Body {
  if (size === 0) return { kind: 'ok', value: undefined };
  const text = Buffer.concat(chunks, size).toString('utf8');
  // Apollo's CSRF prevention relies on the content type; anything not JSON is handed over raw.
  if (!isJsonContentType(req.headers['content-type'])) return { kind: 'ok', value: text };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid-json' };
  }
}

/** An error answer made here, before Apollo: recorded for the operation's log line too. */
function sendErrors(res: ServerResponse, status: number, errors: ReadonlyArray<GraphQLFormattedError>, record: OperationRecord): void {
  record.errors = errors;
  sendJson(res, status, { errors });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const payload = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
