import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  /** Point a client (a Federation gateway) here. */
  readonly url: string;
  /** Which target (its index) answered each request, in order. */
  readonly servedBy: ReadonlyArray<number>;
  close(): Promise<void>;
}

/**
 * A load balancer in its simplest form: each request goes to the next target in turn, so
 * consecutive requests of one client land on different instances.
 */
export async function startRoundRobinProxy(targets: ReadonlyArray<string>): Promise<RoundRobinProxy> {
  const origins = targets.map((target) => new URL(target));
  const servedBy: number[] = [];
  const server: Server = createServer((req, res) => {
    const index = servedBy.length % origins.length;
    servedBy.push(index);
    const origin = origins[index] as URL;
    const upstream = httpRequest(
      { host: origin.hostname, port: origin.port, method: req.method, path: req.url, headers: { ...req.headers, host: origin.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.once('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    servedBy,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
