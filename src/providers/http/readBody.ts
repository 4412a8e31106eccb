import type { Readable } from 'node:stream';

/**
 * Default of UPSTREAM_MAX_BODY_BYTES. The largest pages the gateway asks for are far below it: with
 * the simulators, Front's 100 conversations are 200 KB, Intercom's 150 conversations 171 KB and
 * Zendesk's 100 tickets 43 KB; real records carry longer texts, and a page of 100 Zendesk comments
 * or Front messages with 50 KB bodies in two or three renderings (`body`/`html_body`/`plain_body`)
 * is ~10-15 MB. Above 16 MiB a body is a runaway or hostile answer: read whole, a 50 MB body held
 * the event loop ~0.9 s and 32 of them at once took the process to 945 MB RSS.
 */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Error bodies only feed a 200-character summary and are under 1 KB at every provider; a larger one
 * (a proxy's HTML page) is dropped unread rather than buffered up to the full limit.
 */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

export type BodyRead = { readonly complete: true; readonly text: string } | { readonly complete: false; readonly limitBytes: number };

/**
 * Reads an upstream body as UTF-8 text, never holding more than `limitBytes`: a declared
 * Content-Length over the limit is refused before any byte is read, and a body without one (chunked)
 * is counted chunk by chunk and destroyed the moment it passes the limit, which closes the
 * connection instead of draining it. Network failures mid-body reject as they did before.
 */
export function readBodyWithin(body: Readable, contentLength: string | string[] | undefined, limitBytes: number): Promise<BodyRead> {
  const declared = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (Number.isFinite(declared) && declared > limitBytes) {
    discard(body);
    return Promise.resolve({ complete: false, limitBytes });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    body.on('data', (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > limitBytes) {
        settled = true;
        chunks.length = 0;
        discard(body);
        resolve({ complete: false, limitBytes });
        return;
      }
      chunks.push(chunk);
    });
    body.once('end', () => {
      if (settled) return;
      settled = true;
      resolve({ complete: true, text: decodeUtf8(chunks, received) });
    });
    body.on('error', (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

/** Destroying an undici body aborts its request and closes the socket; its abort error is expected. */
function discard(body: Readable): void {
  body.on('error', ignore);
  body.destroy();
}

function ignore(): void {}

/** As undici's `body.text()` decodes: UTF-8, a leading byte order mark dropped. */
function decodeUtf8(chunks: ReadonlyArray<Buffer>, length: number): string {
  const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return buffer.toString('utf8', start);
}
