import { channel } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

import { createHttpClient, type HttpClient } from '../../src/providers/http/httpClient';
import { createMemoryBudgetStore } from '../../src/providers/http/rateLimit/memoryBudgetStore';
import { createRateBudget } from '../../src/providers/http/rateLimit/rateBudget';
import type { Page, Paginator } from '../../src/providers/types';
import { createPageCache } from '../../src/relay/pageCache';
import { resolveConnection } from '../../src/relay/resolveConnection';
import { type LocalServer, startLocalServer } from '../helpers/localServer';
import { relayOptions } from '../helpers/relayOptions';

/**
 * The read-ahead chain keeps the provider busy back to back only if each read-ahead leaves as soon
 * as the page before it arrives, not after the response served from that page has been built
 * (src/relay/pageReader.ts, letReadAheadLeave). Over a real keep-alive socket, undici writes a
 * request from an immediate of its own, so the order is asserted from undici's own report that the
 * request's headers went out (`undici:client:sendHeaders`), against the moment the engine hands
 * back the connection served from the page before it. No timing is measured.
 */

interface Item {
  readonly nativeId: string;
  readonly position: number;
}
type Token = { readonly k: number };

const TOTAL = 50;
const PAGE = 10;

/** A list server that answers `GET /items?after=k&size=n`, holding the answer for positions the test names until it releases them. */
async function startListServer(held: ReadonlySet<number>): Promise<LocalServer & { release(k: number): void; releaseAll(): void; asked: number[] }> {
  const waiting = new Map<number, () => void>();
  const asked: number[] = [];
  const server = await startLocalServer((req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const after = Number(url.searchParams.get('after'));
    const size = Number(url.searchParams.get('size'));
    asked.push(after);
    const answer = (): void => {
      const items = Array.from({ length: Math.max(0, Math.min(size, TOTAL - after)) }, (_, i) => ({ nativeId: `n${after + i}`, position: after + i }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ items, next: after + size < TOTAL ? after + size : null }));
    };
    if (held.has(after)) waiting.set(after, answer);
    else answer();
  });
  return {
    ...server,
    asked,
    release(k) {
      const answer = waiting.get(k);
      if (answer === undefined) throw new Error(`no request for position ${k} is held`);
      waiting.delete(k);
      answer();
    },
    releaseAll() {
      for (const answer of waiting.values()) answer();
      waiting.clear();
    },
  };
}

function listPaginator(client: HttpClient): Paginator<Item, { readonly list: string }, Token> {
  // The client as the gateway uses it: a rate budget (the promise hops a call takes before undici) and one view per request.
  const http = client.bind(() => undefined);
  return {
    resource: 'test.items',
    maxPageSize: PAGE,
    backward: { kind: 'unsupported', reason: 'forward only' },
    onRepeatedNode: 'fail',
    idOf: (item) => item.nativeId,
    async fetchPage(_args, request): Promise<Page<Item, Token>> {
      const body = (await http.requestJson({
        method: 'GET',
        endpoint: 'GET /items',
        path: '/items',
        query: { after: request.token?.k ?? 0, size: request.size },
        readAhead: request.readAhead,
      })) as { items: Item[]; next: number | null };
      return { nodes: body.items, nextToken: body.next === null ? null : { k: body.next }, previousToken: null };
    },
  };
}

/** Positions whose request headers undici has written, in order. */
function watchSentRequests(): { sent: number[]; stop(): void } {
  const sent: number[] = [];
  const sendHeaders = channel('undici:client:sendHeaders');
  const onSend = (message: unknown): void => {
    const { request } = message as { request: { path: string } };
    const after = new URL(request.path, 'http://local').searchParams.get('after');
    if (after !== null) sent.push(Number(after));
  };
  sendHeaders.subscribe(onSend);
  return { sent, stop: () => sendHeaders.unsubscribe(onSend) };
}

describe('read-ahead requests leave before the response served from the page before them is built', () => {
  it.each([
    // Depth 1: the request that takes page 20 starts the read of page 30 itself (keepForNext).
    [1, 'the request that takes a page starts the next read-ahead'],
    // Depth 2: page 30 is started by the chain, when page 20 (itself read ahead) arrives.
    [2, 'the read-ahead chain starts it when the page before arrives'],
  ])('depth %i: %s', async (depth) => {
    const list = await startListServer(new Set([20, 30]));
    const client = createHttpClient({
      provider: 'test',
      baseUrl: list.url,
      headers: {},
      readErrorFields: () => ({ code: null, message: null }),
      connectTimeoutMs: 1_000,
      requestTimeoutMs: 5_000,
      // One socket, so every request after the first goes out on a reused keep-alive socket.
      connections: 1,
      rateBudget: createRateBudget({
        provider: 'test',
        limiter: createMemoryBudgetStore().limiter('test', { requests: 1_000, perSeconds: 1 }),
        limit: { requests: 1_000, perSeconds: 1 },
        maxWaitMs: 1_000,
      }),
    });
    const watch = watchSentRequests();
    try {
      const paginator = listPaginator(client);
      const options = { ...relayOptions(), pageCache: createPageCache({ maxEntries: 10, ttlMs: 60_000, prefetchDepth: depth }) };
      const args = { list: 'all' };
      const one = await resolveConnection(paginator, args, { first: PAGE }, options);
      // The second request reads page 10 and starts reading ahead: page 20, which the server holds.
      const two = await resolveConnection(paginator, args, { first: PAGE, after: one.pageInfo.endCursor }, options);
      expect(two.nodes.map((node) => node.position)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      await new Promise((resolve) => setImmediate(resolve));
      // Page 20 is served from the read-ahead once it arrives; what matters is what has left by then.
      let sentWhenServed: number[] = [];
      const three = resolveConnection(paginator, args, { first: PAGE, after: two.pageInfo.endCursor }, options).then((connection) => {
        sentWhenServed = [...watch.sent];
        return connection;
      });
      // Let the third request reach the cache and wait on page 20 (its read has gone out), then answer it.
      while (!list.asked.includes(20)) await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      list.release(20);
      const served = await three;
      expect(served.nodes.map((node) => node.position)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
      // The read of page 30 (depth 1: started by the third request; depth 2: by the chain) was on
      // the wire before the third request's connection was handed back.
      expect(sentWhenServed).toEqual([0, 10, 20, 30]);
    } finally {
      list.releaseAll();
      watch.stop();
      await client.close();
      await list.close();
    }
  });
});
