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
/**
 * The first byte of a merged connection's cursor (`Query.conversations`, src/relay/mergeConnection.ts):
 * a different byte from {@link CURSOR_VERSION}, so either kind of cursor handed to the other kind of
 * connection is refused, with a message naming the mix-up.
 */
export const MERGED_CURSOR_VERSION = 0x82;
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

/**
 * A token as it came out of JSON.parse: JSON by construction, so only its presence is checked.
 * `z.json()` checked it again, recursively: it doubled the cost of reading a cursor (~58 → ~26 µs,
 * where the HMAC is ~11).
 */
const parsedJson = z.custom<JsonValue>((value) => value !== undefined);

const payloadSchema = z.strictObject({
  [WIRE_KEYS.resource]: z.string().min(1),
  [WIRE_KEYS.fingerprint]: z.string().min(1),
  [WIRE_KEYS.token]: parsedJson,
  [WIRE_KEYS.size]: z.number().int().positive(),
  [WIRE_KEYS.direction]: z.enum([WIRE_DIRECTIONS.forward, WIRE_DIRECTIONS.backward]),
  [WIRE_KEYS.index]: z.number().int().nonnegative(),
  [WIRE_KEYS.next]: parsedJson.optional(),
  [WIRE_KEYS.previous]: parsedJson.optional(),
});

/** One stream of a merged connection: where it stands, or that it has nothing more for this query. */
export type StreamPosition =
  | { readonly kind: 'start' }
  | { readonly kind: 'at'; readonly position: CursorPosition }
  | { readonly kind: 'done' };

/**
 * A merged connection's edge: every stream's position right after that edge (src/relay/mergeConnection.ts),
 * and the fingerprint of the merged query's filters. A stream absent from `streams` starts from its start.
 */
export interface MergedPosition {
  readonly fingerprint: string;
  readonly streams: Readonly<Record<string, StreamPosition>>;
}

export interface CursorCodec {
  encode(position: CursorPosition): string;
  /** Throws BAD_CURSOR for anything this codec did not mint with the same key. */
  decode(cursor: string): CursorPosition;
  /** Signed like {@link encode}, under {@link MERGED_CURSOR_VERSION}. */
  encodeMerged(position: MergedPosition): string;
  decodeMerged(cursor: string): MergedPosition;
}

/**
 * The wire form of a {@link MergedPosition}: `{ h: fingerprint, s: { <stream>: 0 | 1 | position } }`,
 * `0` for a stream that has not started, `1` for one that is done, else its {@link CursorPosition} in
 * the single-list wire form above (the stream's own resource and fingerprint included, so a stream's
 * position is checked exactly as a single connection checks its cursor).
 */
const mergedPayloadSchema = z.strictObject({
  h: z.string().min(1),
  s: z.record(z.string().min(1), z.union([z.literal(0), z.literal(1), payloadSchema])),
});

/**
 * Cursors are `base64url(version ‖ HMAC-SHA256(key, version ‖ json)[0..16] ‖ json)`: opaque,
 * versioned, and tamper-evident, so a modified cursor is refused before any upstream call.
 */
export function createCursorCodec(secret: Buffer): CursorCodec {
  const sign = (body: Buffer): Buffer =>
    createHmac('sha256', secret).update(body).digest().subarray(0, MAC_BYTES);
  const seal = (version: number, payload: unknown): string => {
    const json = Buffer.from(JSON.stringify(payload), 'utf8');
    const body = Buffer.concat([Buffer.of(version), json]);
    return Buffer.concat([body.subarray(0, 1), sign(body), json]).toString('base64url');
  };
  const open = (cursor: string, version: number): Buffer => {
    if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) {
      throw badCursor('The cursor is not one this API issued (not base64url).');
    }
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length <= 1 + MAC_BYTES) throw badCursor('The cursor is truncated.');
    if (bytes[0] !== version) throw badCursor(wrongVersion(bytes[0], version));
    const mac = bytes.subarray(1, 1 + MAC_BYTES);
    const json = bytes.subarray(1 + MAC_BYTES);
    const expected = sign(Buffer.concat([bytes.subarray(0, 1), json]));
    if (!timingSafeEqual(mac, expected)) {
      throw badCursor('The cursor was modified or was issued by another deployment.');
    }
    return json;
  };
  return {
    encode(position) {
      assertPositionHoldsNoUrl(position);
      return seal(CURSOR_VERSION, toPayload(position));
    },
    decode(cursor) {
      return fromPayload(parsePayload(open(cursor, CURSOR_VERSION)));
    },
    encodeMerged(merged) {
      const streams: Record<string, 0 | 1 | Payload> = {};
      for (const [name, stream] of Object.entries(merged.streams)) {
        if (stream.kind === 'at') assertPositionHoldsNoUrl(stream.position);
        streams[name] = stream.kind === 'start' ? 0 : stream.kind === 'done' ? 1 : toPayload(stream.position);
      }
      return seal(MERGED_CURSOR_VERSION, { h: merged.fingerprint, s: streams });
    },
    decodeMerged(cursor) {
      const json = open(cursor, MERGED_CURSOR_VERSION);
      let payload: z.infer<typeof mergedPayloadSchema>;
      try {
        payload = mergedPayloadSchema.parse(JSON.parse(json.toString('utf8')));
      } catch {
        throw badCursor('The cursor could not be read.');
      }
      const streams: Record<string, StreamPosition> = {};
      for (const [name, stream] of Object.entries(payload.s)) {
        streams[name] = stream === 0 ? { kind: 'start' } : stream === 1 ? { kind: 'done' } : { kind: 'at', position: fromPayload(stream) };
      }
      return { fingerprint: payload.h, streams };
    },
  };
}

/** Three streams' positions fit in ~1,000 characters; the limit leaves room for more providers, not for abuse. */
const MAX_CURSOR_LENGTH = 8192;

function wrongVersion(found: number | undefined, expected: number): string {
  if (found === MERGED_CURSOR_VERSION) return 'This cursor belongs to a merged connection (`conversations`); pass it back to the field it came from.';
  if (found === CURSOR_VERSION) return "This cursor belongs to one provider's own connection, not to a merged one; pass it back to the field it came from.";
  return `The cursor has version ${String(found)}; this server reads version ${expected}. Start again without a cursor.`;
}

function assertPositionHoldsNoUrl(position: CursorPosition): void {
  assertNoUrl(position.token);
  assertNoUrl(position.next ?? null);
  assertNoUrl(position.previous ?? null);
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
  return {
    [WIRE_KEYS.resource]: position.resource,
    [WIRE_KEYS.fingerprint]: position.fingerprint,
    [WIRE_KEYS.token]: position.token,
    [WIRE_KEYS.size]: position.size,
    [WIRE_KEYS.direction]: WIRE_DIRECTIONS[position.direction],
    [WIRE_KEYS.index]: position.index,
    ...(position.next !== undefined ? { [WIRE_KEYS.next]: position.next } : {}),
    ...(position.previous !== undefined ? { [WIRE_KEYS.previous]: position.previous } : {}),
  };
}

function fromPayload(payload: Payload): CursorPosition {
  const next = payload[WIRE_KEYS.next];
  const previous = payload[WIRE_KEYS.previous];
  return {
    resource: payload[WIRE_KEYS.resource],
    fingerprint: payload[WIRE_KEYS.fingerprint],
    token: payload[WIRE_KEYS.token],
    size: payload[WIRE_KEYS.size],
    direction: payload[WIRE_KEYS.direction] === WIRE_DIRECTIONS.forward ? 'forward' : 'backward',
    index: payload[WIRE_KEYS.index],
    ...(next !== undefined ? { next } : {}),
    ...(previous !== undefined ? { previous } : {}),
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
