import type { Logger } from '../logger';

/** One check's answer. Details are shown on the open /ready endpoint: never put a secret, URL or error message in them. */
export interface ReadinessCheckResult {
  readonly ok: boolean;
  readonly [detail: string]: string | number | boolean;
}

/**
 * A named condition the gateway must meet to take traffic. Checks that can fail at runtime (a
 * Redis ping, issue 23) catch their own errors and answer `ok: false` with a safe detail.
 */
export interface ReadinessCheck {
  readonly name: string;
  run(): ReadinessCheckResult | Promise<ReadinessCheckResult>;
}

export interface ReadinessReport {
  readonly status: 'ready' | 'not ready';
  readonly checks: Readonly<Record<string, ReadinessCheckResult>>;
}

/** The gateway's readiness checks: parts of the gateway add theirs as they come up (see startRuntime). */
export interface Readiness {
  add(check: ReadinessCheck): void;
  /** Runs every check at once; ready only when all are ok. */
  report(): Promise<ReadinessReport>;
}

export function createReadiness(logger: Logger): Readiness {
  const checks: ReadinessCheck[] = [];
  return {
    add(check) {
      if (checks.some((existing) => existing.name === check.name)) throw new Error(`readiness check ${check.name} added twice`);
      checks.push(check);
    },
    async report() {
      const results = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check, logger)] as const));
      return { status: results.every(([, result]) => result.ok) ? 'ready' : 'not ready', checks: Object.fromEntries(results) };
    },
  };
}

async function runCheck(check: ReadinessCheck, logger: Logger): Promise<ReadinessCheckResult> {
  try {
    return await check.run();
  } catch (error) {
    // A check is meant to answer, not throw: the error goes to the log only, as it may name hosts.
    logger.error({ err: error, check: check.name }, 'readiness check threw');
    return { ok: false, error: 'check failed' };
  }
}
