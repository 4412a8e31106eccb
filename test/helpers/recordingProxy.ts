import { forwardTo, startLocalServer } from './localServer';

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
  const server = await startLocalServer((req, res) => {
    const traceparent = req.headers.traceparent;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', traceparent: Array.isArray(traceparent) ? traceparent[0] : traceparent });
    forwardTo(origin, req, res);
  });
  return {
    url: server.url,
    requests,
    close: server.close,
  };
}
