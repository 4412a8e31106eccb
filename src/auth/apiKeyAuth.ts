import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Says which of the gateway's API keys an `Authorization` header value carries: the key's id (see
 * {@link apiKeyId}), or null when it carries none.
 */
export type ApiKeyCheck = (authorization: string | undefined) => string | null;

/**
 * The optional gateway auth (GATEWAY_API_KEYS): `Authorization: Bearer <key>`. Returns null when no
 * key is configured (auth off). Keys and the presented value are compared as SHA-256 digests with
 * `timingSafeEqual`, and every key is compared every time, so neither a key's length nor which
 * key matched shows in the response time.
 */
export function createApiKeyCheck(keys: ReadonlyArray<string>): ApiKeyCheck | null {
  if (keys.length === 0) return null;
  const digests = keys.map(digest);
  const ids = digests.map(idOfDigest);
  return (authorization) => {
    const presented = bearerToken(authorization);
    if (presented === null) return null;
    const candidate = digest(presented);
    let matched = -1;
    digests.forEach((key, index) => {
      if (timingSafeEqual(candidate, key)) matched = index;
    });
    return ids[matched] ?? null;
  };
}

/**
 * How logs name a key without holding it: the first 8 hex characters of its SHA-256. Not its index
 * in GATEWAY_API_KEYS, which changes meaning when the list is edited (a rotation adds the new key
 * and drops the old one), differs between instances during a rolling deploy, and cannot be told
 * from the key a client holds; a digest prefix stays with the key, and an operator computes it from
 * the key alone (`printf %s "$KEY" | sha256sum | cut -c1-8`). Being derived from the key, it lets
 * someone who reads the logs check guesses offline against 32 bits: no help against a random key
 * of 16 characters or more, which is what GATEWAY_API_KEYS asks for.
 */
export function apiKeyId(key: string): string {
  return idOfDigest(digest(key));
}

function idOfDigest(value: Buffer): string {
  return value.subarray(0, 4).toString('hex');
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
