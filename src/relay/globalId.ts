import { badUserInput } from '../errors';

/**
 * Relay global object ids: `base64url("<provider>:<Type>:<nativeId>")`. Opaque to clients, and
 * decoding checks the provider and type against the ones this graph serves, so `node(id:)` can
 * route a lookup without guessing.
 */
export interface GlobalIdParts {
  readonly provider: string;
  readonly type: string;
  readonly nativeId: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PART = /^[a-z]+$/;
const TYPE = /^[A-Z][A-Za-z]+$/;

export function toGlobalId(provider: string, type: string, nativeId: string | number): string {
  return Buffer.from(`${provider}:${type}:${String(nativeId)}`, 'utf8').toString('base64url');
}

/** Throws BAD_USER_INPUT for anything that is not a global id minted by {@link toGlobalId}. */
export function fromGlobalId(id: string): GlobalIdParts {
  const invalid = () => badUserInput('Not a valid global id: pass an `id` this API returned.');
  if (id.length === 0 || id.length > 512 || !BASE64URL.test(id)) throw invalid();
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const [provider, type, ...rest] = decoded.split(':');
  const nativeId = rest.join(':');
  if (!provider || !type || nativeId.length === 0 || !PART.test(provider) || !TYPE.test(type)) throw invalid();
  if (toGlobalId(provider, type, nativeId) !== id) throw invalid();
  return { provider, type, nativeId };
}
