import { createServer, type IncomingMessage, type RequestListener, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test's HTTP server on a free port of 127.0.0.1. */
export interface LocalServer {
  readonly url: string;
  /** Drops every connection (kept-alive ones too) and stops listening. */
  close(): Promise<void>;
}

export async function startLocalServer(listener: RequestListener): Promise<LocalServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Sends the request on to `origin` unchanged (method, path, headers, body; `Host` rewritten) and
 * relays the answer: what the test proxies in front of a simulator do with what they let through.
 */
export function forwardTo(origin: URL, req: IncomingMessage, res: ServerResponse): void {
  const upstream = httpRequest(
    { host: origin.hostname, port: origin.port, method: req.method, path: req.url, headers: { ...req.headers, host: origin.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.once('error', () => res.destroy());
  req.pipe(upstream);
}
