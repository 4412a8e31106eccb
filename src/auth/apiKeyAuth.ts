import { createHash, timingSafeEqual } from 'node:crypto';

/** Says whether an `Authorization` header value carries one of the gateway's API keys. */
export type ApiKeyCheck = (authorization: string | undefined) => boolean;

/**
 * The optional gateway auth (GATEWAY_API_KEYS): `Authorization: Bearer <key>`. Returns null when no
 * key is configured (auth off). Keys and the presented value are compared as SHA-256 digests with
 * `timingSafeEqual`, and every key is compared every time, so neither a key's length nor which
 * key matched shows in the response time.
 */
export function createApiKeyCheck(keys: ReadonlyArray<string>): ApiKeyCheck | null {
  if (keys.length === 0) return null;
  const digests = keys.map(digest);
  return (authorization) => {
    const presented = bearerToken(authorization);
    if (presented === null) return false;
    const candidate = digest(presented);
    let matched = false;
    for (const key of digests) matched = timingSafeEqual(candidate, key) || matched;
    return matched;
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
