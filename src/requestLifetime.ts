import { setMaxListeners } from 'node:events';

import { ErrorCode } from './errorCodes';
import { ProviderError } from './providers/providerError';
import type { UpstreamLifetime } from './providers/http/upstreamLifetime';

/**
 * One GraphQL request's upstream work, from when its body was read until its last upstream call
 * (read-ahead included) has settled. Its two signals (see UpstreamLifetime) are aborted:
 *
 * | event                                        | own calls, retry waits | read-ahead |
 * | -------------------------------------------- | ---------------------- | ---------- |
 * | response built (`responded`, `finish`)       | aborted                | goes on    |
 * | client gone before its response was sent     | aborted                | aborted    |
 * | deadline (REQUEST_TIMEOUT_MS)                | aborted                | aborted    |
 * | shutdown (`RequestLifetimes.abortAll`)       | aborted                | aborted    |
 * | shutdown begins (`RequestLifetimes.drain`)   | goes on (grace)        | aborted    |
 */
export interface RequestLifetime extends UpstreamLifetime {
  /**
   * Stops the request's own calls (see UpstreamLifetime). Once the response is built it is aborted
   * as soon as an own call is there to stop: aborting costs an Event, and most requests have none.
   */
  readonly signal: AbortSignal;
  /** Stops its read-ahead. */
  readonly readAheadSignal: AbortSignal;
  /**
   * The response is built: the request's own calls and retry waits still running are aborted (no
   * one can use their answers), and any started later is refused. Resolves once each of them has
   * settled, so has been reported.
   */
  responded(): Promise<void>;
  /** The client closed the connection before its response was delivered: everything stops. */
  abandon(): void;
  /** The HTTP exchange is over; the lifetime ends once its calls have settled. */
  finish(): void;
}

/** The lifetimes of the requests a gateway is serving: deadlines, and what shutdown stops. */
export interface RequestLifetimes {
  start(): RequestLifetime;
  /**
   * Shutdown begins: read-ahead stops now and at every response built from now on (this instance
   * will not serve the next request), while requests in flight go on.
   */
  drain(): void;
  /** Shutdown: every request's upstream work stops, read-ahead included. */
  abortAll(): void;
  /** Resolves when no request is running and none of their upstream calls is in flight. */
  whenIdle(): Promise<void>;
}

export interface RequestLifetimeOptions {
  /** REQUEST_TIMEOUT_MS; `null`: no deadline (contexts made outside an HTTP request). */
  readonly timeoutMs: number | null;
}

/**
 * Why a request's own calls stop once its response is built. Only calls of fields whose result was
 * already dropped fail with it, so no client sees it, and one shared instance serves every request.
 */
const RESPONDED = new ProviderError(ErrorCode.REQUEST_ABORTED, "This request's response was already built; its remaining upstream calls were stopped.");

const stopped = {
  clientGone: () => new ProviderError(ErrorCode.REQUEST_ABORTED, "The client closed the connection; this request's upstream calls were stopped."),
  shutdown: () =>
    new ProviderError(ErrorCode.REQUEST_ABORTED, "The gateway is shutting down; this request's upstream calls were stopped. Retry the request."),
  deadline: (timeoutMs: number) =>
    new ProviderError(
      ErrorCode.REQUEST_TIMEOUT,
      `This request ran past its deadline of ${timeoutMs} ms (REQUEST_TIMEOUT_MS); its upstream calls were stopped. Ask for fewer records or nested lists per request.`,
      { timeoutMs },
    ),
};

class Lifetime implements RequestLifetime {
  readonly #own = new AbortController();
  readonly #readAhead = new AbortController();
  readonly #deadline: NodeJS.Timeout | undefined;
  readonly #onEnd: (lifetime: Lifetime) => void;
  /** Shutdown has begun: read-ahead stops when the response is built. */
  readonly #draining: () => boolean;
  #ownCalls = 0;
  #readAheadCalls = 0;
  #readAheadStarted = false;
  /** The response is built: own calls are refused from now on. */
  #ownOver = false;
  #ownSettled: Array<() => void> = [];
  #finished = false;
  #ended = false;
  #endScheduled = false;

  constructor(options: RequestLifetimeOptions, onEnd: (lifetime: Lifetime) => void, draining: () => boolean) {
    // Every upstream call in flight listens to its signal (its attempt, and its wait for a budget
    // turn or a retry) and stops listening when it settles. A request may have up to
    // UPSTREAM_MAX_CALLS_PER_REQUEST calls in flight, so Node's leak warning, at 11 listeners, fired
    // on healthy requests (a page of records with a relation each). No limit; the removal is what
    // test/requestLifetimeListeners.test.ts checks.
    setMaxListeners(0, this.#own.signal, this.#readAhead.signal);
    this.#onEnd = onEnd;
    this.#draining = draining;
    if (options.timeoutMs !== null) {
      const timeoutMs = options.timeoutMs;
      this.#deadline = setTimeout(() => this.abort(stopped.deadline(timeoutMs)), timeoutMs);
      this.#deadline.unref();
    }
  }

  get signal(): AbortSignal {
    return this.#own.signal;
  }

  get readAheadSignal(): AbortSignal {
    return this.#readAhead.signal;
  }

  /** The request's own calls have stopped (response built, or aborted): read-ahead is all that can be left. */
  get ownWorkOver(): boolean {
    return this.#ownOver || this.#own.signal.aborted;
  }

  startCall(readAhead: boolean): AbortSignal {
    if (readAhead) {
      this.#readAheadCalls += 1;
      this.#readAheadStarted = true;
      return this.#readAhead.signal;
    }
    this.#stopOwnIfOver();
    this.#ownCalls += 1;
    return this.#own.signal;
  }

  callSettled(readAhead: boolean): void {
    if (readAhead) this.#readAheadCalls -= 1;
    else if (--this.#ownCalls === 0) this.#releaseOwnWaiters();
    this.#endIfDone();
  }

  responded(): Promise<void> {
    this.#ownOver = true;
    // Aborting costs an Event (~4 µs, Node 20): paid only when a call is there to stop, now or when one starts.
    if (this.#ownCalls > 0) this.#stopOwnIfOver();
    if (this.#draining()) this.abort(stopped.shutdown());
    if (this.#ownCalls === 0) return Promise.resolve();
    return new Promise((resolve) => this.#ownSettled.push(resolve));
  }

  abandon(): void {
    this.abort(stopped.clientGone());
  }

  finish(): void {
    void this.responded();
    this.#finished = true;
    this.#endIfDone();
  }

  /** Stops everything, read-ahead included; the first reason given is the one calls fail with. */
  abort(reason: ProviderError): void {
    if (!this.#readAhead.signal.aborted) this.#readAhead.abort(reason);
    if (!this.#own.signal.aborted) this.#own.abort(reason);
  }

  #stopOwnIfOver(): void {
    if (this.#ownOver && !this.#own.signal.aborted) this.#own.abort(RESPONDED);
  }

  #releaseOwnWaiters(): void {
    const waiters = this.#ownSettled;
    this.#ownSettled = [];
    for (const resolve of waiters) resolve();
  }

  #done(): boolean {
    return this.#finished && this.#ownCalls === 0 && this.#readAheadCalls === 0;
  }

  #endIfDone(): void {
    if (this.#ended || this.#endScheduled || !this.#done()) return;
    if (!this.#readAheadStarted) {
      this.#end();
      return;
    }
    // A read-ahead chain starts its next page from the settlement of the page before (its token is
    // only known then), a few promise jobs after this one: look again once those have run.
    this.#endScheduled = true;
    setImmediate(() => {
      this.#endScheduled = false;
      if (!this.#ended && this.#done()) this.#end();
    });
  }

  #end(): void {
    this.#ended = true;
    clearTimeout(this.#deadline);
    this.#onEnd(this);
  }
}

/** A lifetime of its own, for a context made outside an HTTP request (tests, scripts). */
export function createRequestLifetime(options: RequestLifetimeOptions): RequestLifetime {
  return new Lifetime(options, () => undefined, () => false);
}

export function createRequestLifetimes(options: RequestLifetimeOptions): RequestLifetimes {
  const active = new Set<Lifetime>();
  let idleWaiters: Array<() => void> = [];
  let draining = false;
  const ended = (lifetime: Lifetime): void => {
    active.delete(lifetime);
    if (active.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };
  return {
    start() {
      const lifetime = new Lifetime(options, ended, () => draining);
      active.add(lifetime);
      return lifetime;
    },
    drain() {
      draining = true;
      for (const lifetime of active) {
        if (lifetime.ownWorkOver) lifetime.abort(stopped.shutdown());
      }
    },
    abortAll() {
      for (const lifetime of active) lifetime.abort(stopped.shutdown());
    },
    whenIdle() {
      if (active.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
