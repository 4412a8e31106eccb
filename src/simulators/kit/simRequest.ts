import type { IncomingHttpHeaders } from 'node:http';

/** One request as a simulator route sees it: parsed, with the JSON body (if any) decoded. */
export interface SimRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}
