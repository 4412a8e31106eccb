import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createFaultPlan, type Fault, type FaultOptions } from './faultPlan';

/** One request as a simulator route sees it: parsed, with the JSON body (if any) decoded. */
export interface SimRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export interface SimResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: 'GET' | 'POST';
  /** Matched against the path alone; capture groups are handed to `handle`. */
  readonly pattern: RegExp;
  handle(request: SimRequest, params: ReadonlyArray<string>): SimResponse;
}

/** What a simulator received, so tests can assert the exact upstream traffic. */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  /** 0 for a request whose connection was dropped without an answer (an injected fault). */
  readonly status: number;
}

export interface RequestLog {
  readonly entries: ReadonlyArray<LoggedRequest>;
  clear(): void;
}

/**
 * A fixed-window rate limit, as the providers apply per account: past `limit` requests in a
 * window, requests get 429 with `Retry-After` (whole seconds until the window resets).
 */
export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
}

export interface RateLimitHeaderNames {
  readonly limit: string;
  readonly remaining: string;
}

/** Intercom's and Front's names (`X-RateLimit-Limit`, `X-RateLimit-Remaining`); Zendesk uses `X-Rate-Limit`. */
const DEFAULT_RATE_LIMIT_HEADERS: RateLimitHeaderNames = { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining' };

export interface SimulatorOptions {
  readonly name: string;
  readonly routes: ReadonlyArray<Route>;
  /** Returns a response to send instead of routing (401), or null when the request may pass. */
  readonly authorize: (request: SimRequest) => SimResponse | null;
  /** The provider's own 429 body. */
  readonly rateLimitedBody: () => unknown;
  readonly rateLimit?: RateLimitOptions | undefined;
  /** The provider's names for its rate-limit headers, sent when `rateLimit` is set. */
  readonly rateLimitHeaders?: RateLimitHeaderNames | undefined;
  /** Injected 429s, 5xx, dropped connections and latency (see faultPlan.ts). */
  readonly faults?: FaultOptions | undefined;
  readonly port?: number | undefined;
  readonly host?: string | undefined;
}

export interface RunningSimulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:4321 */
  readonly url: string;
  readonly port: number;
  readonly requests: RequestLog;
  close(): Promise<void>;
}

const notFound: SimResponse = { status: 404, body: { error: 'NotFound', description: 'No such endpoint' } };

export async function startSimulatorServer(options: SimulatorOptions): Promise<RunningSimulator> {
  const entries: LoggedRequest[] = [];
  const limiter = createFixedWindow(options.rateLimit);
  const faults = createFaultPlan(options.faults);
  const server = createServer((req, res) => {
    void readRequest(req).then(
      async (request) => {
        const url = new URL(req.url ?? '/', 'http://simulator');
        const planned = faults.next(request.path);
        if (planned.latencyMs > 0) await sleep(planned.latencyMs);
        if (planned.fault.kind === 'drop') {
          entries.push({ method: request.method, path: request.path, query: url.search, status: 0 });
          req.socket.destroy();
          return;
        }
        const response =
          faultResponse(planned.fault, options) ??
          (limiter.admit()
            ? withRateLimitHeaders(options.authorize(request) ?? route(options.routes, request), limiter, options)
            : rateLimited(limiter.retryAfterSeconds(), options.rateLimitedBody()));
        entries.push({ method: request.method, path: request.path, query: url.search, status: response.status });
        const payload = response.body === undefined ? '' : JSON.stringify(response.body);
        res.writeHead(response.status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(payload),
          ...response.headers,
        });
        res.end(payload);
      },
      () => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'InvalidJSON' }));
      },
    );
  });
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    requests: {
      get entries() {
        return entries;
      },
      clear: () => {
        entries.length = 0;
      },
    },
    close: () => closeServer(server),
  };
}

function route(routes: ReadonlyArray<Route>, request: SimRequest): SimResponse {
  for (const candidate of routes) {
    if (candidate.method !== request.method) continue;
    const match = candidate.pattern.exec(request.path);
    if (match) return candidate.handle(request, match.slice(1));
  }
  return notFound;
}

function rateLimited(retryAfterSeconds: number, body: unknown): SimResponse {
  return { status: 429, body, headers: { 'retry-after': String(retryAfterSeconds) } };
}

/** The answer to an injected 429 or 5xx, or null to serve the request normally. */
function faultResponse(fault: Fault, options: SimulatorOptions): SimResponse | null {
  if (fault.kind === 'rate-limited') return rateLimited(fault.retryAfterSeconds, options.rateLimitedBody());
  if (fault.kind === 'server-error') {
    return { status: fault.status, body: { error: 'ServiceUnavailable', description: `Injected ${fault.status} (simulator fault)` } };
  }
  return null;
}

/** Real providers report their window on every answer; the gateway exports these as gauges. */
function withRateLimitHeaders(response: SimResponse, limiter: FixedWindow, options: SimulatorOptions): SimResponse {
  if (!options.rateLimit) return response;
  const names = options.rateLimitHeaders ?? DEFAULT_RATE_LIMIT_HEADERS;
  const headers = { [names.limit]: String(options.rateLimit.limit), [names.remaining]: String(limiter.remaining()) };
  return { ...response, headers: { ...headers, ...response.headers } };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface FixedWindow {
  admit(): boolean;
  retryAfterSeconds(): number;
  remaining(): number;
}

function createFixedWindow(options: RateLimitOptions | undefined): FixedWindow {
  let windowStart = Date.now();
  let used = 0;
  return {
    admit() {
      if (!options) return true;
      const now = Date.now();
      if (now - windowStart >= options.windowMs) {
        windowStart = now;
        used = 0;
      }
      used += 1;
      return used <= options.limit;
    },
    retryAfterSeconds() {
      if (!options) return 0;
      return Math.max(1, Math.ceil((windowStart + options.windowMs - Date.now()) / 1000));
    },
    remaining() {
      return options ? Math.max(0, options.limit - used) : 0;
    },
  };
}

async function readRequest(req: IncomingMessage): Promise<SimRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const url = new URL(req.url ?? '/', 'http://simulator');
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: raw.length > 0 ? (JSON.parse(raw) as unknown) : undefined,
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
