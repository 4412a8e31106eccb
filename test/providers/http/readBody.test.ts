import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

import { createHttpClient, type HttpClient, type UpstreamCall } from '../../../src/providers/http/httpClient';
import { readBodyWithin } from '../../../src/providers/http/readBody';

/** A body served chunk by chunk on demand, counting how many chunks were pulled from it. */
function countingBody(chunks: ReadonlyArray<Buffer>, destroyError?: Error): { readonly body: Readable; pulled(): number } {
  let next = 0;
  const body = new Readable({
    read() {
      const chunk = chunks[next];
      next += 1;
      this.push(chunk ?? null);
    },
    destroy(error, callback) {
      // undici's body rejects its own abort with an error when destroyed before its end.
      callback(error ?? destroyError ?? null);
    },
  });
  return { body, pulled: () => next };
}

describe('readBodyWithin', () => {
  it('reads a body within the limit as UTF-8, also a character split across chunks, dropping a byte order mark', async () => {
    const text = '{"name":"Zoë 🙂"}';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const split = bytes.indexOf(Buffer.from('🙂')) + 2;
    const { body } = countingBody([bytes.subarray(0, split), bytes.subarray(split)]);
    await expect(readBodyWithin(body, undefined, bytes.length)).resolves.toEqual({ complete: true, text });
  });

  it('reads an empty body as empty text', async () => {
    await expect(readBodyWithin(countingBody([]).body, '0', 10)).resolves.toEqual({ complete: true, text: '' });
  });

  it('stops at the first chunk past the limit and destroys the body, swallowing its abort error', async () => {
    const chunk = Buffer.alloc(100, 0x61);
    const { body, pulled } = countingBody(Array.from({ length: 50 }, () => chunk), new Error('aborted'));
    await expect(readBodyWithin(body, undefined, 250)).resolves.toEqual({ complete: false, limitBytes: 250 });
    // The third chunk took it to 300 bytes; the stream may have buffered one more, never all 50.
    expect(pulled()).toBeLessThanOrEqual(4);
    expect(body.destroyed).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('accepts a body of exactly the limit', async () => {
    const { body } = countingBody([Buffer.alloc(100, 0x61), Buffer.alloc(150, 0x62)]);
    await expect(readBodyWithin(body, undefined, 250)).resolves.toMatchObject({ complete: true });
  });

  it('refuses a declared Content-Length over the limit without reading a byte', async () => {
    const { body, pulled } = countingBody([Buffer.alloc(10)], new Error('aborted'));
    await expect(readBodyWithin(body, '251', 250)).resolves.toEqual({ complete: false, limitBytes: 250 });
    expect(pulled()).toBe(0);
    expect(body.destroyed).toBe(true);
  });

  it('rejects with the stream’s error when the body fails mid-way', async () => {
    const failure = Object.assign(new Error('socket closed'), { code: 'UND_ERR_SOCKET' });
    const body = new Readable({
      read() {
        this.push(Buffer.from('{"partial":'));
        this.destroy(failure);
      },
    });
    await expect(readBodyWithin(body, undefined, 1_000)).rejects.toBe(failure);
  });
});

/** Bytes each fake body would be: far more than the limit plus what loopback socket buffers hold. */
const BODY_BYTES = 64 * 1024 * 1024;

/** What the fake upstream saw of one response it served. */
interface Served {
  readonly written: number;
  /** The whole body went out: the client read it to the end. */
  readonly completed: boolean;
}

/**
 * A fake upstream that writes a 64 MiB body as fast as the client reads it, and notes how much it
 * got out before the connection closed.
 */
interface LargeBodyUpstream {
  readonly url: string;
  readonly served: Array<Promise<Served>>;
  close(): Promise<void>;
}

async function startLargeBodyUpstream(): Promise<LargeBodyUpstream> {
  const served: Array<Promise<Served>> = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    const status = req.url === '/large-500' ? 500 : 200;
    const declared = req.url === '/large-declared' ? { 'content-length': String(BODY_BYTES) } : {};
    res.writeHead(status, { 'content-type': 'application/json', ...declared });
    served.push(writeUntilClosed(res));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function writeUntilClosed(res: ServerResponse): Promise<Served> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let written = 0;
  let open = true;
  const closed = once(res, 'close').then(() => {
    open = false;
  });
  while (open && written < BODY_BYTES) {
    written += chunk.length;
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), closed]);
  }
  const completed = open;
  if (open) res.end();
  await closed;
  return { written, completed };
}

describe('createHttpClient under UPSTREAM_MAX_BODY_BYTES, over real HTTP', () => {
  const LIMIT = 100_000;
  let upstream: LargeBodyUpstream;
  let client: HttpClient;

  beforeAll(async () => {
    upstream = await startLargeBodyUpstream();
    client = createHttpClient({
      provider: 'test',
      readErrorFields: () => ({ code: null, message: null }),
      baseUrl: upstream.url,
      headers: {},
      connectTimeoutMs: 1_000,
      // Long enough never to be what ends a call here: only the body cap does.
      requestTimeoutMs: 60_000,
      connections: 2,
      maxBodyBytes: LIMIT,
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 5_000 },
    });
  });
  afterAll(async () => {
    await client.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.served.length = 0;
  });

  it.each([
    ['chunked, without Content-Length', '/large-chunked'],
    ['with a declared Content-Length over the limit', '/large-declared'],
  ])('refuses a body %s with UPSTREAM_RESPONSE_TOO_LARGE, hangs up, and does not retry', async (_label, path) => {
    const calls: UpstreamCall[] = [];
    const http = client.bind((call) => calls.push(call));
    await expect(http.requestJson({ method: 'GET', path, endpoint: `GET ${path}` })).rejects.toMatchObject({
      code: 'UPSTREAM_RESPONSE_TOO_LARGE',
      details: { provider: 'test', upstreamStatus: 200, limitBytes: LIMIT },
    });
    // The client hung up long before the body's end. One response: no retry.
    expect(upstream.served).toHaveLength(1);
    const served = await upstream.served[0];
    expect(served?.completed).toBe(false);
    expect(served?.written).toBeLessThan(BODY_BYTES);
    expect(calls.map((call) => call.status)).toEqual([200]);
  });

  it('drops a large error body unread and fails with the status’s own code', async () => {
    const http = client.bind(() => undefined);
    await expect(http.requestJson({ method: 'GET', path: '/large-500', endpoint: 'GET /large-500' })).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'test answered HTTP 500',
      details: { provider: 'test', upstreamStatus: 500 },
    });
    expect(upstream.served).toHaveLength(1);
    await expect(upstream.served[0]).resolves.toMatchObject({ completed: false });
  });
});
