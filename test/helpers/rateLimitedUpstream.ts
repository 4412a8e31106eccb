import { forwardTo, startLocalServer } from './localServer';

/** One request the limited upstream received: when, and whether it was refused with a 429. */
export interface TimedRequest {
  readonly at: number;
  readonly path: string;
  readonly rateLimited: boolean;
}

export interface RateLimitedUpstream {
  /** Point a provider's base URL here. */
  readonly url: string;
  readonly requests: ReadonlyArray<TimedRequest>;
  close(): Promise<void>;
}

/**
 * A proxy in front of a simulator that limits requests as a provider account does: a fixed window
 * of `windowMs` (starting at the first request after the last one ended), past `limit` requests
 * answered 429 with Retry-After, never forwarded. It logs every request with its arrival time, so
 * a test counts calls per second and 429s from what the "provider" saw. (The simulators' own log
 * keeps no times.)
 */
export async function startRateLimitedUpstream(target: string, limit: number, windowMs: number): Promise<RateLimitedUpstream> {
  const origin = new URL(target);
  const requests: TimedRequest[] = [];
  let windowStart = 0;
  let used = 0;
  const server = await startLocalServer((req, res) => {
    const at = Date.now();
    if (at - windowStart >= windowMs) {
      windowStart = at;
      used = 0;
    }
    used += 1;
    const path = req.url ?? '/';
    if (used > limit) {
      requests.push({ at, path, rateLimited: true });
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
      res.end(JSON.stringify({ error: 'TooManyRequests', description: 'Rate limit exceeded' }));
      req.resume();
      return;
    }
    requests.push({ at, path, rateLimited: false });
    forwardTo(origin, req, res);
  });
  return {
    url: server.url,
    requests,
    close: server.close,
  };
}
