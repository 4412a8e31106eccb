import { ErrorCode } from '../errorCodes';
import { ProviderError } from './providerError';

/** A UTF-16 surrogate not paired with its other half: text that has no UTF-8 form to percent-encode. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether a value can be sent as one segment of an upstream path. `encodeURIComponent` escapes
 * `/`, `?`, `#` and `%`, but leaves `.` alone, and a segment that is exactly `.` or `..` is a dot
 * segment: URL parsers and servers remove it (RFC 3986 §5.2.4), so `/api/v2/tickets/../users.json`
 * reaches `/api/v2/users.json` and `/contacts/..` reaches `/`. An empty segment names no record
 * (`/api/v2/help_center//articles.json`), and `encodeURIComponent` throws on a lone surrogate
 * (JSON lets a client send `"\ud800"`).
 */
export function isPathSegment(value: string): boolean {
  return value !== '' && value !== '.' && value !== '..' && !LONE_SURROGATE.test(value);
}

/**
 * `value` encoded as one path segment, for every id, locale or query a provider puts into a path.
 * The GraphQL layer refuses such client input first (BAD_USER_INPUT, with {@link isPathSegment});
 * reaching this refusal means the value came from a provider (an id in a record it returned), so
 * it is an UPSTREAM_ERROR, raised before the call is made.
 */
export function pathSegment(provider: string, what: string, value: string): string {
  if (!isPathSegment(value)) {
    throw new ProviderError(
      ErrorCode.UPSTREAM_ERROR,
      `${provider} gave ${what} ${JSON.stringify(value)}, which cannot be sent as a path segment; no request was made with it.`,
      { provider },
    );
  }
  return encodeURIComponent(value);
}
