import { createHmac, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { ErrorCode } from '../errorCodes';
import { badCursor, GatewayError } from '../errors';
import type { JsonValue, PageDirection } from '../providers/types';

/**
 * Where one edge sits in a provider's list: enough to resume right after (or before) it in a later
 * request, on any instance, with no server-side state.
 *
 * An edge is addressed by the native page it came from (`token` + `size` + `direction` refetch that
 * exact page) and its `index` in it. An edge that ends its page also carries the token of the page
 * after it (`next`), so resuming from a page-boundary `endCursor` costs no refetch; likewise
 * `previous` for the first edge of a page. `null` there means the provider said there is no such page.
 */
export interface CursorPosition {
  readonly resource: string;
  /** Fingerprint of the query's filter/sort arguments; a cursor only resumes the query it came from. */
  readonly fingerprint: string;
  readonly token: JsonValue | null;
  readonly size: number;
  readonly direction: PageDirection;
  readonly index: number;
  readonly next?: JsonValue | null;
  readonly previous?: JsonValue | null;
}

/**
 * Bumped whenever the payload changes shape; older cursors are then refused with BAD_CURSOR.
 * 2: provider tokens with readable field names (`{ after }`, `{ offset }`, `{ pageToken, limit }`…
 * instead of `{ a }`, `{ o }`, `{ t, l }`); a version-1 token would be misread by today's paginators.
 */
export const CURSOR_VERSION = 2;
const MAC_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Native tokens are values, never links: a cursor must not be able to steer the server to a URL. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The wire form of a {@link CursorPosition}: every field under a one-letter key, in this table and
 * nowhere else. A cursor is sent once per edge (100 per page at `first: 100`), and readable names
 * would add up to 46 bytes of JSON, 56 to 66 base64url characters, to every cursor (measured on the
 * simulators: a mid-page Intercom cursor 191 → 247 characters, a Zendesk one 166 → 222). The
 * provider's token inside stays as the paginator wrote it, with readable names (`{"after":"…"}`):
 * the engine never looks inside a token.
 *
 * | field         | key | wire value                                      |
 * | ------------- | --- | ----------------------------------------------- |
 * | `resource`    | `r` | string, e.g. `"zendesk.tickets"`                |
 * | `fingerprint` | `h` | string (hash of the filter/sort arguments)      |
 * | `token`       | `t` | the provider's token, or `null` (first page)    |
 * | `size`        | `s` | positive integer                                |
 * | `direction`   | `d` | `"f"` (forward) or `"b"` (backward)             |
 * | `index`       | `i` | non-negative integer                            |
 * | `next`        | `n` | token or `null`; absent unless the edge ends its page   |
 * | `previous`    | `p` | token or `null`; absent unless the edge starts its page |
 */
const WIRE_KEYS = {
  resource: 'r',
  fingerprint: 'h',
  token: 't',
  size: 's',
  direction: 'd',
  index: 'i',
  next: 'n',
  previous: 'p',
} as const satisfies Record<keyof CursorPosition, string>;
const WIRE_DIRECTIONS = { forward: 'f', backward: 'b' } as const satisfies Record<PageDirection, string>;

const payloadSchema = z.strictObject({
  [WIRE_KEYS.resource]: z.string().min(1),
  [WIRE_KEYS.fingerprint]: z.string().min(1),
  [WIRE_KEYS.token]: z.json(),
  [WIRE_KEYS.size]: z.number().int().positive(),
  [WIRE_KEYS.direction]: z.enum([WIRE_DIRECTIONS.forward, WIRE_DIRECTIONS.backward]),
  [WIRE_KEYS.index]: z.number().int().nonnegative(),
  [WIRE_KEYS.next]: z.json().optional(),
  [WIRE_KEYS.previous]: z.json().optional(),
});

export interface CursorCodec {
  encode(position: CursorPosition): string;
  /** Throws BAD_CURSOR for anything this codec did not mint with the same key. */
  decode(cursor: string): CursorPosition;
}

/**
 * Cursors are `base64url(version ‖ HMAC-SHA256(key, version ‖ json)[0..16] ‖ json)`: opaque,
 * versioned, and tamper-evident, so a modified cursor is refused before any upstream call.
 */
export function createCursorCodec(secret: Buffer): CursorCodec {
  const sign = (body: Buffer): Buffer =>
    createHmac('sha256', secret).update(body).digest().subarray(0, MAC_BYTES);
  return {
    encode(position) {
      assertNoUrl(position.token);
      assertNoUrl(position.next ?? null);
      assertNoUrl(position.previous ?? null);
      const json = Buffer.from(JSON.stringify(toPayload(position)), 'utf8');
      const body = Buffer.concat([Buffer.of(CURSOR_VERSION), json]);
      return Buffer.concat([body.subarray(0, 1), sign(body), json]).toString('base64url');
    },
    decode(cursor) {
      if (cursor.length === 0 || cursor.length > 8192 || !BASE64URL.test(cursor)) {
        throw badCursor('The cursor is not one this API issued (not base64url).');
      }
      const bytes = Buffer.from(cursor, 'base64url');
      if (bytes.length <= 1 + MAC_BYTES) throw badCursor('The cursor is truncated.');
      if (bytes[0] !== CURSOR_VERSION) {
        throw badCursor(`The cursor has version ${String(bytes[0])}; this server reads version ${CURSOR_VERSION}. Start again without a cursor.`);
      }
      const mac = bytes.subarray(1, 1 + MAC_BYTES);
      const json = bytes.subarray(1 + MAC_BYTES);
      const expected = sign(Buffer.concat([bytes.subarray(0, 1), json]));
      if (!timingSafeEqual(mac, expected)) {
        throw badCursor('The cursor was modified or was issued by another deployment.');
      }
      return fromPayload(parsePayload(json));
    },
  };
}

type Payload = z.infer<typeof payloadSchema>;

function parsePayload(json: Buffer): Payload {
  try {
    return payloadSchema.parse(JSON.parse(json.toString('utf8')));
  } catch {
    // Only reachable with a valid MAC, i.e. a cursor we signed with a different shape.
    throw badCursor('The cursor could not be read.');
  }
}

function toPayload(position: CursorPosition): Payload {
  // zod's JSON type is mutable; ours is readonly. Same values.
  const json = (value: JsonValue | null): Payload['t'] => value as Payload['t'];
  return {
    [WIRE_KEYS.resource]: position.resource,
    [WIRE_KEYS.fingerprint]: position.fingerprint,
    [WIRE_KEYS.token]: json(position.token),
    [WIRE_KEYS.size]: position.size,
    [WIRE_KEYS.direction]: WIRE_DIRECTIONS[position.direction],
    [WIRE_KEYS.index]: position.index,
    ...(position.next !== undefined ? { [WIRE_KEYS.next]: json(position.next) } : {}),
    ...(position.previous !== undefined ? { [WIRE_KEYS.previous]: json(position.previous) } : {}),
  };
}

function fromPayload(payload: Payload): CursorPosition {
  const next = payload[WIRE_KEYS.next];
  const previous = payload[WIRE_KEYS.previous];
  return {
    resource: payload[WIRE_KEYS.resource],
    fingerprint: payload[WIRE_KEYS.fingerprint],
    token: payload[WIRE_KEYS.token] as JsonValue,
    size: payload[WIRE_KEYS.size],
    direction: payload[WIRE_KEYS.direction] === WIRE_DIRECTIONS.forward ? 'forward' : 'backward',
    index: payload[WIRE_KEYS.index],
    ...(next !== undefined ? { next: next as JsonValue } : {}),
    ...(previous !== undefined ? { previous: previous as JsonValue } : {}),
  };
}

/** Whether a native token is, or holds, a string that looks like a URL (`scheme://…`). */
export function holdsUrl(value: JsonValue): boolean {
  if (typeof value === 'string') return URL_LIKE.test(value);
  if (value === null || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some((item: JsonValue) => holdsUrl(item));
}

/**
 * The engine refuses such tokens when a page arrives (resolveConnection.ts), so this only fires if
 * that check is bypassed; it still names the provider as the cause rather than failing untyped.
 */
function assertNoUrl(value: JsonValue): void {
  if (holdsUrl(value)) {
    throw new GatewayError(ErrorCode.UPSTREAM_PAGINATION_ERROR, 'The provider sent a page token that is a URL; cursors hold token values, never links.');
  }
}
