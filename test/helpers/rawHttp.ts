import { request } from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  /** The body exactly as received (not decompressed, unlike fetch). */
  readonly bytes: Buffer;
}

/**
 * GET with the path sent exactly as given: fetch() and URL normalise `..` and `%2e%2e` before
 * sending, which would hide the traversal attempts a server must refuse. Sends only the headers
 * given (fetch adds its own Accept-Encoding and decompresses the answer).
 */
export function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
