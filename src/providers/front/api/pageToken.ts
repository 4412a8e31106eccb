import { ErrorCode } from '../../../errorCodes';
import { ProviderError } from '../../providerError';

/**
 * Reads the `page_token` out of a Front `_pagination.next` URL and nothing else.
 *
 * Front's pagination guide (https://dev.frontapp.com/docs/pagination) says to request `next` as it
 * is, but `next` comes back on a company-specific host (`https://yourCompany.api.frontapp.com/…`)
 * that differs from the configured one (`api2.frontapp.com`). Following it would let a response
 * steer this server to any host, so only the token is taken, whatever the host, scheme, path or
 * other parameters; the caller sends it with its own path and `limit` to the configured base URL.
 *
 * A `next` that is not an absolute URL, or that carries no `page_token` (or several), is a broken
 * upstream answer: UPSTREAM_ERROR, rather than a guess that could restart or end the list early.
 */
export function pageTokenFromNext(next: string, endpoint: string): string {
  const url = parseAbsoluteUrl(next);
  if (url === null) throw brokenNext(endpoint, '`_pagination.next` is not an absolute URL');
  const tokens = url.searchParams.getAll('page_token');
  if (tokens.length === 0) throw brokenNext(endpoint, '`_pagination.next` has no page_token');
  if (tokens.length > 1) throw brokenNext(endpoint, '`_pagination.next` has more than one page_token');
  const [token = ''] = tokens;
  if (token.trim() === '') throw brokenNext(endpoint, '`_pagination.next` has an empty page_token');
  return token;
}

function parseAbsoluteUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Names the endpoint, never the URL: it carries the token and a tenant host. */
function brokenNext(endpoint: string, problem: string): ProviderError {
  return new ProviderError(ErrorCode.UPSTREAM_ERROR, `front answered ${endpoint} with a next page we cannot follow: ${problem}.`, {
    provider: 'front',
  });
}
