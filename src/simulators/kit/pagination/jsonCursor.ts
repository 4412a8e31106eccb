/**
 * Opaque cursors as Zendesk and Intercom mint them: base64 of a small JSON value (Zendesk's
 * `{"o":…,"v":…}`, Intercom's `[value, id, page]`). Each provider decides what goes inside and
 * checks what comes back.
 */
export function encodeJsonCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64');
}

const STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const WITH_URL_SAFE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The decoded JSON, or undefined for anything that is not base64 of JSON. */
export function decodeJsonCursor(token: string, options: { readonly urlSafe?: boolean } = {}): unknown {
  if (!(options.urlSafe ? WITH_URL_SAFE : STANDARD).test(token)) return undefined;
  try {
    return JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
