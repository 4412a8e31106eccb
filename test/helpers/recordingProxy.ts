import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the proxy saw it on its way to the provider. */
export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  /** The W3C trace context the caller sent, if any. */
  readonly traceparent: string | undefined;
}

export interface RecordingProxy {
  /** Point a provider's base URL here. */
  readonly url: string;
  readonly requests: ReadonlyArray<ProxiedRequest>;
  close(): Promise<void>;
}

/**
 * A transparent HTTP proxy in front of a provider (a simulator) that records the trace context
 * headers of each request: the simulators' own request log keeps no headers.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const origin = new URL(target);
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const traceparent = req.headers.traceparent;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', traceparent: Array.isArray(traceparent) ? traceparent[0] : traceparent });
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
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
