import { randomUUID } from 'node:crypto';

/** The header a request id comes in on and goes back out on, on every route. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Ids a load balancer or client may hand us: UUIDs, ULIDs, hex trace ids, `svc:123.4` styles. The
 * id ends up in every log line and in a response header, so anything else (a newline, a quote, a
 * 10 KB string) is not trusted and replaced.
 */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it is a plausible id, so one id follows a
 * request from the edge through our logs; a fresh UUID otherwise. A header sent twice (Node joins
 * them with ", ") is not a valid id and is replaced too.
 */
export function requestIdOf(header: string | ReadonlyArray<string> | undefined): string {
  return typeof header === 'string' && ACCEPTED_ID.test(header) ? header : randomUUID();
}
