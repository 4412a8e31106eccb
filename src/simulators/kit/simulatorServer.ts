import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createFaultPlan, type Fault, type FaultOptions } from './faultPlan';
import { createRateLimiter, type RateLimitOptions } from './rateLimit';
import { genericRateLimitFormat, type RateLimitFormat } from './rateLimitFormat';
import { createRequestLog, type RequestLog } from './requestLog';
import { createRouter, type Route, type Router } from './router';
import type { SimRequest } from './simRequest';
import type { SimResponse } from './simResponse';

export type { SimRequest } from './simRequest';
export type { SimResponse } from './simResponse';
export type { Route, RouteParams } from './router';
export type { RateLimitOptions } from './rateLimit';
export type { LoggedRequest, RequestLog } from './requestLog';

export interface SimulatorServerOptions {
  readonly name: string;
  /** The routes, in a router with the kit's default 404/405 (or pass `router`). */
  readonly routes?: ReadonlyArray<Route> | undefined;
  readonly router?: Router | undefined;
  /** Returns a response to send instead of routing (401), or null when the request may pass. */
  readonly authorize: (request: SimRequest) => SimResponse | null;
  /** The provider's 429 and rate-limit headers. */
  readonly rateLimitFormat?: RateLimitFormat | undefined;
  /** For ad-hoc servers without a format: the 429 body, sent with `Retry-After`. */
  readonly rateLimitedBody?: (() => unknown) | undefined;
  /** The simulator's own limit (rateLimit.ts); off when absent. */
  readonly rateLimit?: RateLimitOptions | undefined;
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

/** A listening server whose router is installed later, once what it serves (built on its URL) exists. */
export interface ListeningSimulator {
  readonly simulator: RunningSimulator;
  serve(router: Router): void;
}

export async function startSimulatorServer(options: SimulatorServerOptions): Promise<RunningSimulator> {
  const listening = await listenSimulator(options);
  listening.serve(options.router ?? createRouter(options.routes ?? []));
  return listening.simulator;
}

/**
 * Every simulator's one request path: fault plan (latency, drop, injected 429/5xx), then the rate
 * limit, then auth, then the router. Every answer (429s and drops included) is logged.
 */
export async function listenSimulator(options: SimulatorServerOptions): Promise<ListeningSimulator> {
  const requests = createRequestLog();
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : null;
  const format = options.rateLimitFormat ?? genericRateLimitFormat(options.rateLimitedBody ?? (() => ({ error: 'TooManyRequests' })));
  const faults = createFaultPlan(options.faults);
  let router: Router | undefined;

  const answer = (request: SimRequest, fault: Fault): SimResponse => {
    if (fault.kind === 'rate-limited') {
      return format.tooManyRequests({ retryAfterSeconds: fault.retryAfterSeconds, window: limiter?.peek() ?? null });
    }
    if (fault.kind === 'server-error') {
      return { status: fault.status, body: { error: 'ServiceUnavailable', description: `Injected ${fault.status} (simulator fault)` } };
    }
    const decision = limiter?.take();
    if (decision && !decision.admitted) {
      return format.tooManyRequests({ retryAfterSeconds: decision.window.retryAfterSeconds, window: decision.window });
    }
    const response = options.authorize(request) ?? router?.dispatch(request) ?? starting();
    // Real providers report their window on every answer; the gateway exports these as gauges.
    return decision ? { ...response, headers: { ...format.windowHeaders(decision.window), ...response.headers } } : response;
  };

  const server = createServer((req, res) => {
    void readRequest(req).then(
      async (request) => {
        const query = new URL(req.url ?? '/', 'http://simulator').search;
        const planned = faults.next(request.path);
        if (planned.latencyMs > 0) await sleep(planned.latencyMs);
        if (planned.fault.kind === 'drop') {
          requests.add({ method: request.method, path: request.path, query, status: 0 });
          req.socket.destroy();
          return;
        }
        const response = answer(request, planned.fault);
        requests.add({ method: request.method, path: request.path, query, status: response.status });
        write(res, response);
      },
      () => write(res, { status: 400, body: { error: 'InvalidJSON' } }),
    );
  });
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  return {
    simulator: {
      url: `http://${host}:${port}`,
      port,
      requests,
      close: () => closeServer(server),
    },
    serve(installed) {
      router = installed;
    },
  };
}

/** Until the router is installed (its data is built on the server's URL), ask the client to come back. */
function starting(): SimResponse {
  return { status: 503, body: { error: 'ServiceUnavailable', description: 'The simulator is still starting' }, headers: { 'retry-after': '1' } };
}

function write(res: ServerResponse, response: SimResponse): void {
  const payload = response.body === undefined ? '' : JSON.stringify(response.body);
  // Header names are case-insensitive; lower-casing them keeps a route's header from doubling the kit's.
  const headers: Record<string, string | number> = { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) };
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
  res.writeHead(response.status, headers);
  res.end(payload);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

