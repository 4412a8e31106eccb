import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { GraphQLSchema } from 'graphql';

import { negotiateContentCoding } from '../http/acceptEncoding';
import { ifNoneMatchNames } from '../http/entityTag';
import type { Logger } from '../logger';
import { type AssetEncodings, createAssetEncodings } from './assetEncodings';
import type { ExampleQuery } from './exampleQueries';
import { type BundleLoad, defaultBundleDir, loadGraphiqlBundle } from './graphiqlBundle';
import { GRAPHIQL_CSP, renderGraphiqlPage, renderUnavailablePage } from './graphiqlPage';
import type { GraphiqlPageConfig } from './pageConfig';
import { prefersHtml } from './prefersHtml';
import { selectUsableExamples } from './usableExamples';

const ENDPOINT_PATH = '/graphql';
/** Where the bundle's files are served; the page links them relative to itself as `graphiql/<file>`. */
export const GRAPHIQL_ASSET_PATH = '/graphiql/';
/** Bundle file names carry a content hash, so a name never changes meaning: cache for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Names this server's setting (src/config.ts), not the ApolloServer option Apollo's refusal names. */
export const INTROSPECTION_OFF_NOTICE =
  'Introspection is off on this server, so GraphiQL has no schema: no docs, autocompletion or validation. ' +
  'Queries still run. To enable it, start the gateway with INTROSPECTION=true (NODE_ENV=production turns it off by default).';

export interface GraphiqlHandlerOptions {
  /** The schema GraphQL requests are served with; examples that do not validate against it are left out. */
  readonly schema: GraphQLSchema;
  /** Whether the server answers introspection (config.introspection): without it the page shows how to turn it on. */
  readonly introspection: boolean;
  readonly logger: Logger;
  /** Defaults to `<package root>/dist/graphiql`, where `npm run build:graphiql` writes. */
  readonly bundleDir?: string;
  /** The tabs it opens with (the provider modules' examples). */
  readonly examples: ReadonlyArray<ExampleQuery>;
}

/** Answers the request and returns true if it is GraphiQL's (page or asset); returns false otherwise. */
export type GraphiqlHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

interface PreparedPage {
  readonly status: number;
  readonly body: Buffer;
  readonly etag: string;
}

/**
 * Serves GraphiQL without anything leaving the server: the HTML page on a browser's GET /graphql
 * (GraphQL GETs, which carry `?query=` or ask for JSON, still reach Apollo and its CSRF check),
 * and the prebuilt bundle under /graphiql/ from memory, by exact file name only.
 */
export function createGraphiqlHandler(options: GraphiqlHandlerOptions): GraphiqlHandler {
  const load = loadGraphiqlBundle(options.bundleDir ?? defaultBundleDir());
  if (load.kind === 'missing') options.logger.warn({ reason: load.reason }, 'GraphiQL bundle unavailable: GET /graphql from a browser answers 503');
  const page = preparePage(load, { tabs: exampleTabs(options), introspectionOffNotice: options.introspection ? null : INTROSPECTION_OFF_NOTICE });
  const assets = new Map<string, AssetEncodings>();
  if (load.kind === 'ok') for (const [name, asset] of load.bundle.assets) assets.set(name, createAssetEncodings(asset));
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://gateway');
    if (pathname === ENDPOINT_PATH && !searchParams.has('query') && prefersHtml(req.headers.accept)) {
      sendPage(req, res, page);
      return true;
    }
    if (!pathname.startsWith(GRAPHIQL_ASSET_PATH)) return false;
    // An exact-name lookup in memory: `..`, encoded slashes or any other path trick is just an unknown name.
    sendAsset(req, res, assets.get(pathname.slice(GRAPHIQL_ASSET_PATH.length))).catch((error: unknown) => {
      options.logger.error({ err: error, path: pathname }, 'GraphiQL asset failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal server error\n');
      else res.destroy();
    });
    return true;
  };
}

function exampleTabs(options: GraphiqlHandlerOptions): ReadonlyArray<{ query: string }> {
  const { usable, dropped } = selectUsableExamples(options.schema, options.examples);
  for (const { provider, reason } of dropped) options.logger.info({ provider, reason }, 'GraphiQL example left out: it does not validate against the schema');
  return usable.map(({ query }) => ({ query }));
}

function preparePage(load: BundleLoad, config: GraphiqlPageConfig): PreparedPage {
  const body =
    load.kind === 'missing'
      ? Buffer.from(renderUnavailablePage(load.reason))
      : Buffer.from(renderGraphiqlPage(load.bundle, GRAPHIQL_ASSET_PATH.slice(1), config));
  return { status: load.kind === 'missing' ? 503 : 200, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

function sendPage(req: IncomingMessage, res: ServerResponse, page: PreparedPage): void {
  const headers = {
    // The page names the current content-hashed assets, so a browser must revalidate it on every
    // visit (no-cache); its ETag turns that into a 304 until a deploy changes the page.
    'cache-control': 'no-cache',
    etag: page.etag,
    // /graphql answers HTML or JSON depending on Accept; caches must not mix them up.
    vary: 'Accept',
    'content-security-policy': GRAPHIQL_CSP,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  };
  if (page.status === 200 && ifNoneMatchNames(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(page.status, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-length': page.body.length });
  res.end(req.method === 'HEAD' ? undefined : page.body);
}

/**
 * One asset, in the content coding the request's Accept-Encoding prefers (brotli, gzip or as it
 * is). Content negotiation comes first: a request whose Accept-Encoding refuses every coding gets
 * 406, and RFC 9110 §13.2.1 has preconditions (If-None-Match) ignored for any answer but 2xx.
 */
async function sendAsset(req: IncomingMessage, res: ServerResponse, asset: AssetEncodings | undefined): Promise<void> {
  if (asset === undefined) {
    sendText(req, res, 404, 'Not found\n', {});
    return;
  }
  // Every answer depends on Accept-Encoding, so shared caches must key on it.
  const vary = { vary: 'Accept-Encoding' };
  const coding = negotiateContentCoding(req.headers['accept-encoding'], asset.offered);
  if (coding === null) {
    sendText(req, res, 406, `Not acceptable: this file is served as ${asset.offered.join(', ')}\n`, vary);
    return;
  }
  const chosen = await asset.encoded(coding);
  const headers = { ...vary, etag: chosen.etag, 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' };
  if (ifNoneMatchNames(req.headers['if-none-match'], chosen.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': asset.contentType,
    'content-length': chosen.body.length,
    ...(chosen.coding === 'identity' ? {} : { 'content-encoding': chosen.coding }),
  });
  res.end(req.method === 'HEAD' ? undefined : chosen.body);
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
