import { forwardTo, startLocalServer } from './localServer';

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
  const server = await startLocalServer((req, res) => {
    const index = servedBy.length % origins.length;
    servedBy.push(index);
    const origin = origins[index] as URL;
    forwardTo(origin, req, res);
  });
  return {
    url: server.url,
    servedBy,
    close: server.close,
  };
}
