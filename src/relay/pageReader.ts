import type { JsonValue, Page, PageDirection, PageRequest, Paginator } from '../providers/types';
import type { CursorPosition } from './cursor';
import { type PageCache, pageCacheKey } from './pageCache';

/** Where to start reading: a native page (refetched exactly) and how much of it to skip. */
export type ResumePoint =
  | {
      readonly kind: 'page';
      readonly token: JsonValue | null;
      /** `null`: the engine picks the size; a number: refetch a page exactly as it was. */
      readonly size: number | null;
      readonly direction: PageDirection;
      /** Forward: index of the first node to take. Backward: index after the last node to take (`null` = all). */
      readonly boundary: number | null;
    }
  | { readonly kind: 'end' };

export interface ReadPage<TNode> {
  readonly page: Page<TNode, JsonValue>;
  readonly request: PageRequest<JsonValue>;
}

/** The engine's view of one paginator within one connection: reads pages, addresses edges. */
export interface PageReader<TNode> {
  read(point: Extract<ResumePoint, { kind: 'page' }>, wanted: number): Promise<ReadPage<TNode>>;
  position(request: PageRequest<JsonValue>, page: Page<TNode, JsonValue>, index: number): CursorPosition;
  /**
   * After a forward page that ends at `nextIndex` of the last native page read: keep (or prefetch)
   * what the next request of this traversal will read, when a page cache is configured: the page
   * itself when the next request resumes inside it, else `readAheadDepth` pages ahead (none on a
   * traversal's first request, see resolveConnection). Resolves once a read-ahead it started has
   * been sent (and, with a shared cache, claimed, so other instances wait for it).
   */
  keepForNext(request: PageRequest<JsonValue>, page: Page<TNode, JsonValue>, nextIndex: number, count: number): Promise<void>;
}

/**
 * undici writes a request on a reused keep-alive socket from a `setImmediate` callback
 * (scheduleIdleSocketValidation in undici's client-h1.js: it first lets the socket report a close the
 * server sent meanwhile, GHSA-35p6-xmwp-9g52). The GraphQL execution and serialization that follow
 * a page are promise continuations, so without a yield a read-ahead started here would leave only
 * after the whole response was built. One `setImmediate` is not enough: the read-ahead reaches
 * undici through several promise hops (rate budget, retry policy) after this yield was queued, so
 * undici's immediate ran after ours and the response was built in between (traced with 20 ms
 * upstream latency: 3–6 ms later per page, on every link of the read-ahead chain;
 * test/relay/readAheadLeaves.test.ts). An immediate queued by an immediate callback runs in the
 * event loop's next turn, after every immediate queued in this one, undici's write included.
 */
const letReadAheadLeave = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

export function createPageReader<TNode, TArgs extends JsonValue, TToken extends JsonValue>(
  paginator: Paginator<TNode, TArgs, TToken>,
  args: TArgs,
  fingerprint: string,
  cache: PageCache | undefined,
  readAheadDepth: number,
): PageReader<TNode> {
  const keyOf = (request: PageRequest<JsonValue>): string => pageCacheKey(paginator.resource, fingerprint, request);
  // Tokens only ever come from this paginator's own pages (or a cursor signed over them), and the
  // cache key holds the resource and fingerprint, so the casts below restore the types they had.
  const fetch = (request: PageRequest<JsonValue>): Promise<Page<TNode, JsonValue>> =>
    paginator.fetchPage(args, request as PageRequest<TToken>);
  /**
   * Reads `depth` native pages ahead, each started the moment the one before it arrives (its token
   * is only known then), so the provider is read back to back as in a plain REST loop, at most
   * `depth` pages ahead of what this traversal's client has been served. Each page is read at the
   * size the client's next requests will ask for (`first` = `count`, `remaining` still wanted by
   * the request that reads this page), assuming full pages, which cursor lists serve until their
   * last. A short page, or a client that overtakes the chain (a missed or expired entry), can make
   * it read a page nobody takes: a wasted call, never a wrong page.
   */
  const readAhead = (pages: PageCache, token: JsonValue, remaining: number, count: number, depth: number): Promise<void> => {
    const size = Math.max(1, Math.min(paginator.maxPageSize, remaining));
    const request: PageRequest<JsonValue> = { token, direction: 'forward', size };
    const { page, started } = pages.readAhead(keyOf(request), () => fetch({ ...request, readAhead: true }));
    if (depth <= 1) return started;
    void page.then((read) => {
      // No page: its read failed (the request that needs it reads it again) or is lost.
      if (read === undefined || read.nextToken === null) return;
      const left = remaining - size;
      void readAhead(pages, read.nextToken, left > 0 ? left : count, count, depth - 1);
    });
    return started;
  };
  const fromCache = async (request: PageRequest<JsonValue>): Promise<Page<TNode, JsonValue>> => {
    if (cache === undefined) return fetch(request);
    const kept = await cache.take(keyOf(request));
    // A miss, or a failed prefetch: read it as a normal read.
    if (kept === undefined) return fetch(request);
    // Its arrival may have started the read-ahead of the page after it (see readAhead); a last page
    // started none, and the traversal's last response need not wait for a request that never left.
    if (kept.nextToken !== null) await letReadAheadLeave();
    return kept as Page<TNode, JsonValue>;
  };
  return {
    async read(point, wanted) {
      const size = point.size ?? Math.max(1, Math.min(paginator.maxPageSize, wanted));
      const request: PageRequest<JsonValue> = { token: point.token, direction: point.direction, size };
      return { page: await fromCache(request), request };
    },
    position(request, page, index) {
      const last = page.nodes.length - 1;
      return {
        resource: paginator.resource,
        fingerprint,
        token: request.token,
        size: request.size,
        direction: request.direction,
        index,
        ...(index === last ? { next: page.nextToken ?? page.endToken ?? null } : {}),
        ...(index === 0 ? { previous: page.previousToken } : {}),
      };
    },
    async keepForNext(request, page, nextIndex, count) {
      if (cache === undefined) return;
      if (nextIndex < page.nodes.length) {
        // The next request resumes inside this page: it would refetch exactly this request.
        cache.put(keyOf(request), page);
        return;
      }
      if (page.nextToken === null || readAheadDepth === 0) return;
      // The next requests start at the following native pages with the same `first`: read them
      // now, while this response is still being serialized, sent and worked on by the client.
      await Promise.all([readAhead(cache, page.nextToken, count, count, readAheadDepth), letReadAheadLeave()]);
    },
  };
}
