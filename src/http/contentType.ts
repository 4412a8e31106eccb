import MIMEType from 'whatwg-mimetype';

/**
 * Whether a request's Content-Type says JSON, parsed as RFC 9110 §8.3.1 defines it: the type and
 * subtype are case-insensitive and parameters may follow (`Application/JSON; charset=utf-8`).
 * The same parser Apollo Server uses for its own content-type checks, so the two always agree on
 * what a JSON request is.
 */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  return MIMEType.parse(header)?.essence === 'application/json';
}
