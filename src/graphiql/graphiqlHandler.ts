import type { IncomingMessage, ServerResponse } from 'node:http';

import type { GraphQLSchema } from 'graphql';

import type { Logger } from '../logger';
import { EXAMPLE_QUERIES, type ExampleQuery } from './exampleQueries';
import { type BundleLoad, defaultBundleDir, loadGraphiqlBundle, type StaticAsset } from './graphiqlBundle';
import { GRAPHIQL_CSP, renderGraphiqlPage, renderUnavailablePage } from './graphiqlPage';
import { prefersHtml } from './prefersHtml';
import { selectUsableExamples } from './usableExamples';

const ENDPOINT_PATH = '/graphql';
/** Where the bundle's files are served; the page links them relative to itself as `graphiql/<file>`. */
export const GRAPHIQL_ASSET_PATH = '/graphiql/';
/** Bundle file names carry a content hash, so a name never changes meaning: cache for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface GraphiqlHandlerOptions {
  /** The schema GraphQL requests are served with; examples that do not validate against it are left out. */
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /** Defaults to `<package root>/dist/graphiql`, where `npm run build:graphiql` writes. */
  readonly bundleDir?: string;
  readonly examples?: readonly ExampleQuery[];
}

/** Answers the request and returns true if it is GraphiQL's (page or asset); returns false otherwise. */
export type GraphiqlHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

interface PreparedPage {
  readonly status: number;
  readonly body: Buffer;
}

/**
 * Serves GraphiQL without anything leaving the server: the HTML page on a browser's GET /graphql
 * (GraphQL GETs, which carry `?query=` or ask for JSON, still reach Apollo and its CSRF check),
 * and the prebuilt bundle under /graphiql/ from memory, by exact file name only.
 */
export function createGraphiqlHandler(options: GraphiqlHandlerOptions): GraphiqlHandler {
  const load = loadGraphiqlBundle(options.bundleDir ?? defaultBundleDir());
  if (load.kind === 'missing') options.logger.warn({ reason: load.reason }, 'GraphiQL bundle unavailable: GET /graphql from a browser answers 503');
  const page = preparePage(load, exampleTabs(options));
  const assets = load.kind === 'ok' ? load.bundle.assets : new Map<string, StaticAsset>();
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://gateway');
    if (pathname === ENDPOINT_PATH && !searchParams.has('query') && prefersHtml(req.headers.accept)) {
      sendPage(req, res, page);
      return true;
    }
    if (!pathname.startsWith(GRAPHIQL_ASSET_PATH)) return false;
    // An exact-name lookup in memory: `..`, encoded slashes or any other path trick is just an unknown name.
    sendAsset(req, res, assets.get(pathname.slice(GRAPHIQL_ASSET_PATH.length)));
    return true;
  };
}

function exampleTabs(options: GraphiqlHandlerOptions): ReadonlyArray<{ query: string }> {
  const { usable, dropped } = selectUsableExamples(options.schema, options.examples ?? EXAMPLE_QUERIES);
  for (const { provider, reason } of dropped) options.logger.info({ provider, reason }, 'GraphiQL example left out: it does not validate against the schema');
  return usable.map(({ query }) => ({ query }));
}

function preparePage(load: BundleLoad, tabs: ReadonlyArray<{ query: string }>): PreparedPage {
  if (load.kind === 'missing') return { status: 503, body: Buffer.from(renderUnavailablePage(load.reason)) };
  const assetPath = GRAPHIQL_ASSET_PATH.slice(1);
  return { status: 200, body: Buffer.from(renderGraphiqlPage(load.bundle, assetPath, { tabs })) };
}

function sendPage(req: IncomingMessage, res: ServerResponse, page: PreparedPage): void {
  res.writeHead(page.status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': page.body.length,
    'content-security-policy': GRAPHIQL_CSP,
    // /graphql answers HTML or JSON depending on Accept; caches must not mix them up.
    vary: 'Accept',
    'cache-control': 'no-cache',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : page.body);
}

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset | undefined): void {
  if (asset === undefined) {
    const body = 'Not found\n';
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const headers = { etag: asset.etag, 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': asset.contentType, 'content-length': asset.body.length });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
