/**
 * The pause between a shutdown signal and closing the HTTP server (SHUTDOWN_DRAIN_MS). During it
 * the gateway serves as usual but /ready answers 503, so a load balancer that probes /ready stops
 * sending new requests before the server stops accepting them.
 */
export interface ShutdownDrain {
  /** True from the first `wait()` on: readiness reports not ready. */
  readonly draining: boolean;
  /** Starts draining; resolves after the drain period, or at once on `skip()`. */
  wait(): Promise<void>;
  /** Ends the drain now (a second signal: the operator does not want to wait). */
  skip(): void;
}

export function createShutdownDrain(drainMs: number): ShutdownDrain {
  let draining = false;
  let finished: Promise<void> | null = null;
  let finish = (): void => undefined;
  return {
    get draining() {
      return draining;
    },
    wait() {
      draining = true;
      if (drainMs === 0) return Promise.resolve();
      finished ??= new Promise<void>((resolve) => {
        // Not unref'd: this timer is what the process is waiting for.
        const timer = setTimeout(resolve, drainMs);
        finish = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      return finished;
    },
    skip() {
      finish();
    },
  };
}
