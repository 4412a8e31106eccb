/** What a simulator received, so tests can assert the exact upstream traffic. */
export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  /** 0 for a request whose connection was dropped without an answer (an injected fault). */
  readonly status: number;
}

export interface RequestLog {
  /**
   * Every request since the last `clear()`. Throws once the log has had to drop its oldest entries:
   * a call count read from a partial log would be wrong without saying so.
   */
  readonly entries: ReadonlyArray<LoggedRequest>;
  clear(): void;
}

export interface WritableRequestLog extends RequestLog {
  add(entry: LoggedRequest): void;
}

/**
 * Entries a log holds at most. Tests and the bench clear the log around what they count (the
 * largest count, the bench's 100,000-ticket traversal, is ~1,000 calls). A simulator that serves
 * for days (`npm start` without credentials, `npm run simulate`) is never read: unbounded, its log
 * grew by ~0.4 KB per upstream call, which a heap comparison of the gateway process over 3,000
 * GraphQL requests showed as the only thing it kept.
 */
export const REQUEST_LOG_MAX_ENTRIES = 10_000;

export function createRequestLog(maxEntries: number = REQUEST_LOG_MAX_ENTRIES): WritableRequestLog {
  // One array for the log's life: clear() empties it in place, as tests may hold `entries`.
  const kept: LoggedRequest[] = [];
  let dropped = 0;
  return {
    add(entry) {
      kept.push(entry);
      if (kept.length <= maxEntries) return;
      // The older half goes at once: dropping one entry per request would move the whole array each time.
      const excess = kept.length - Math.floor(maxEntries / 2);
      kept.splice(0, excess);
      dropped += excess;
    },
    get entries() {
      if (dropped > 0) {
        throw new Error(`The simulator's request log dropped its ${dropped} oldest entries (it holds ${maxEntries}): clear() it before what you count.`);
      }
      return kept;
    },
    clear() {
      kept.length = 0;
      dropped = 0;
    },
  };
}
