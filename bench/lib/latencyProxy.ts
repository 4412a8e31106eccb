import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy that waits `latencyMs` before forwarding each request to `target`: the injected
 * upstream latency of the bench, kept in bench/ so it does not depend on the simulators' own fault
 * injection. The body is streamed through unchanged (links inside it still name the target; the
 * gateway and the REST loops only take tokens from them and call their own base URL).
 */
export interface LatencyProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Rate-limit headers a provider sends on every answer (Zendesk `X-Rate-Limit*`, Intercom/Front
 * `X-RateLimit-*`, Zendesk's `ratelimit-reset`). `Retry-After` is not among them: a 429 keeps it.
 */
const RATE_LIMIT_HEADER = /^(x-rate-?limit|ratelimit-)/i;

export interface LatencyProxyOptions {
  /** Drop the rate-limit headers from answers: a client then learns nothing but a 429's Retry-After (the budget suite's "before issue 23"). */
  readonly hideRateLimitHeaders?: boolean;
}

export async function startLatencyProxy(target: string, latencyMs: number, host = '127.0.0.1', options: LatencyProxyOptions = {}): Promise<LatencyProxy> {
  const targetUrl = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const upstream = httpRequest(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: targetUrl.host },
        agent,
      },
      (answer) => {
        const headers = options.hideRateLimitHeaders
          ? Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !RATE_LIMIT_HEADER.test(name)))
          : answer.headers;
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{"error":"bench proxy: upstream failed"}');
    });
    upstream.end(body);
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (latencyMs > 0) setTimeout(() => forward(req, res, body), latencyMs);
      else forward(req, res, body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
