import { decodeJsonCursor, encodeJsonCursor } from '../../../simulators/kit/pagination/jsonCursor';
import { failure, invalidPagination, success, type Outcome } from './zendeskErrors';
import type { RecordOrder, SortKey } from './recordOrder';

/**
 * Cursors are opaque to clients, as Zendesk's are: base64 of a small JSON naming the sort (`o`)
 * and the boundary record's position (`v`), the shape the pagination article's sample cursors
 * decode to (`{"o":"nice_id","v":...}`). They carry no URL, so a client must go through
 * `page[after]` / `page[before]` on the host it already trusts.
 */
interface CursorPayload {
  readonly o: string;
  readonly v: unknown;
}

export function encodeCursor<T>(order: RecordOrder<T>, key: SortKey): string {
  // Sorting by id needs no tie-breaker, so its cursor holds the id alone.
  const v = order.field.name === 'id' ? key.id : [key.value, key.id];
  const payload: CursorPayload = { o: order.token, v };
  return encodeJsonCursor(payload);
}

/** Reads a cursor back for the order being served; one minted for another sort is rejected. */
export function decodeCursor<T>(token: string, order: RecordOrder<T>, parameter: string): Outcome<SortKey> {
  const payload = parsePayload(token);
  if (!payload) return failure(invalidPagination(`${parameter} is not a valid cursor`));
  if (payload.o !== order.token) {
    return failure(invalidPagination(`${parameter} was issued for sort '${payload.o}', not '${order.token}'`));
  }
  const key = readKey(payload.v, order);
  return key ? success(key) : failure(invalidPagination(`${parameter} is not a valid cursor`));
}

function parsePayload(token: string): CursorPayload | undefined {
  const parsed = decodeJsonCursor(token, { urlSafe: true });
  if (typeof parsed !== 'object' || parsed === null || !('o' in parsed) || !('v' in parsed)) return undefined;
  return typeof parsed.o === 'string' ? { o: parsed.o, v: parsed.v } : undefined;
}

function readKey<T>(v: unknown, order: RecordOrder<T>): SortKey | undefined {
  if (order.field.name === 'id') return isRecordId(v) ? { value: v, id: v } : undefined;
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const [value, id]: unknown[] = v;
  return order.field.accepts(value) && isRecordId(id) ? { value, id } : undefined;
}

function isRecordId(candidate: unknown): candidate is number {
  return typeof candidate === 'number' && Number.isSafeInteger(candidate) && candidate > 0;
}
