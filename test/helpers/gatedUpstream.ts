import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One upstream request the gate is holding until the test decides what happens to it. */
export interface HeldRequest {
  readonly method: string;
  /** Path with its query string, as the gateway sent it. */
  readonly url: string;
  /** Settles when the gateway gave up on the request: its connection closed before any answer. */
  readonly abandoned: Promise<void>;
  /** Sends it on to the target (a simulator) and relays the answer. */
  pass(): void;
  /** Answers it from the gate. */
  answer(status: number, body: unknown, headers?: Readonly<Record<string, string>>): void;
}

/**
 * A gate in front of an upstream: every request the gateway sends is logged on arrival and held
 * until the test passes it on to the target or answers it, so a test decides when each call ends,
 * with no latency or sleep, and sees when the gateway abandons a call (its connection closes).
 */
export interface GatedUpstream {
  readonly url: string;
  /** Every request that arrived, in order. */
  readonly arrived: ReadonlyArray<HeldRequest>;
  /** The request that arrives `n`-th (1-based), once it has. */
  nth(n: number): Promise<HeldRequest>;
  close(): Promise<void>;
}

export async function startGatedUpstream(targetUrl: string): Promise<GatedUpstream> {
  const target = new URL(targetUrl);
  const arrived: HeldRequest[] = [];
  const waiting = new Map<number, (held: HeldRequest) => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const held = hold(req, res, Buffer.concat(chunks), target);
      arrived.push(held);
      waiting.get(arrived.length)?.(held);
      waiting.delete(arrived.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    nth(n) {
      const held = arrived[n - 1];
      if (held) return Promise.resolve(held);
      return new Promise((resolve) => waiting.set(n, resolve));
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function hold(req: IncomingMessage, res: ServerResponse, body: Buffer, target: URL): HeldRequest {
  const abandoned = new Promise<void>((resolve) => {
    res.once('close', () => {
      if (!res.writableFinished) resolve();
    });
  });
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    abandoned,
    pass() {
      const forwarded = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forwarded.on('error', () => res.destroy());
      forwarded.end(body);
    },
    answer(status, payload, headers = {}) {
      const text = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
      res.end(text);
    },
  };
}
