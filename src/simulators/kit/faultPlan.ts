/**
 * Faults a simulator injects, by configuration, to exercise a client's retries: a fraction of
 * requests answered 429 (with `Retry-After`), 502/503/504, or dropped (socket destroyed, no
 * response), and latency added to every request. Rates are fractions in [0, 1] and add up: with
 * 0.3 / 0.05 / 0.05, 40 % of requests fail.
 */
export interface FaultOptions {
  /** Same seed, same sequence of faults: request n gets the fault hash(seed, n) picks. */
  readonly seed?: number | undefined;
  readonly rateLimitedRate?: number | undefined;
  /** `Retry-After` of injected 429s, in seconds (0 allowed, for fast tests). Default 1. */
  readonly retryAfterSeconds?: number | undefined;
  readonly serverErrorRate?: number | undefined;
  readonly dropRate?: number | undefined;
  /** Added before every answer (faulty or not). */
  readonly latencyMs?: number | undefined;
  /** Only requests whose path matches are counted and faulted (default: all). */
  readonly pathPattern?: RegExp | undefined;
}

export type Fault =
  | { readonly kind: 'none' }
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'server-error'; readonly status: 502 | 503 | 504 }
  | { readonly kind: 'drop' };

export interface FaultPlan {
  /** The fault for the next request to `path`, and the latency to add before answering it. */
  next(path: string): { readonly fault: Fault; readonly latencyMs: number };
}

const SERVER_ERRORS = [502, 503, 504] as const;

/**
 * A fault plan that depends only on the seed and the sequence number of each matching request, so
 * a run is reproducible: a retry is a new request, with a new number and an independent draw.
 */
export function createFaultPlan(options: FaultOptions = {}): FaultPlan {
  const seed = options.seed ?? 0;
  const rateLimited = options.rateLimitedRate ?? 0;
  const serverError = rateLimited + (options.serverErrorRate ?? 0);
  const drop = serverError + (options.dropRate ?? 0);
  let sequence = 0;
  return {
    next(path) {
      const latencyMs = options.latencyMs ?? 0;
      if (options.pathPattern !== undefined && !options.pathPattern.test(path)) return { fault: { kind: 'none' }, latencyMs };
      sequence += 1;
      const draw = unitHash(seed, sequence, 1);
      if (draw < rateLimited) return { fault: { kind: 'rate-limited', retryAfterSeconds: options.retryAfterSeconds ?? 1 }, latencyMs };
      if (draw < serverError) {
        const status = SERVER_ERRORS[Math.floor(unitHash(seed, sequence, 2) * SERVER_ERRORS.length)] ?? 503;
        return { fault: { kind: 'server-error', status }, latencyMs };
      }
      if (draw < drop) return { fault: { kind: 'drop' }, latencyMs };
      return { fault: { kind: 'none' }, latencyMs };
    },
  };
}

/** A float in [0, 1) from (seed, n, stream): murmur3's 32-bit finaliser over a mix of the three. */
export function unitHash(seed: number, n: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35) ^ Math.imul(stream, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
