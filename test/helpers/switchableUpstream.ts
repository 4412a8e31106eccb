import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A transparent proxy in front of a provider (a simulator) that a test can switch off: while `down`,
 * every request is answered 503 without reaching the provider, as an outage would be.
 */
export interface SwitchableUpstream {
  /** Point a provider's base URL here. */
  readonly url: string;
  down: boolean;
  /** Requests answered 503 while down. */
  readonly refused: number;
  close(): Promise<void>;
}

export async function startSwitchableUpstream(target: string): Promise<SwitchableUpstream> {
  const origin = new URL(target);
  let refused = 0;
  const state = { down: false };
  const server: Server = createServer((req, res) => {
    if (state.down) {
      refused += 1;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'down for the test' }));
      return;
    }
    const upstream = httpRequest(
      { host: origin.hostname, port: origin.port, method: req.method, path: req.url, headers: { ...req.headers, host: origin.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    get refused() {
      return refused;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
