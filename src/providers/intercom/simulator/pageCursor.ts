import { decodeJsonCursor, encodeJsonCursor } from '../../../simulators/kit/pagination/jsonCursor';
import type { SortValue } from './compareSortKeys';
import { badRequest } from './intercomError';

/**
 * What a `starting_after` cursor carries: the last record of the previous page (its sort value and
 * id) and the number of the page it opens. Intercom's cursors are base64 of a JSON array of the same
 * kind (the seed's `WzE3MDc5MzAwODEwMDAsMTMxLDJd` is `[1707930081000,131,2]`), which is why they are
 * stateless: the server keeps nothing, so records that move between two requests can be seen twice
 * or skipped.
 */
export interface PageCursor {
  readonly value: SortValue;
  readonly id: string;
  readonly page: number;
}

export function encodePageCursor(cursor: PageCursor): string {
  return encodeJsonCursor([cursor.value, cursor.id, cursor.page]);
}

function isSortValue(value: unknown): value is SortValue {
  return value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';
}

function parseJsonArray(raw: string): unknown[] | null {
  // A '+' sent unencoded in a query string arrives as a space; put it back before decoding.
  const parsed = decodeJsonCursor(raw.trim().replace(/ /g, '+'));
  return Array.isArray(parsed) ? (parsed as unknown[]) : null;
}

/** An empty or undecodable cursor is the client's error: 400, as the API answers a tampered cursor. */
export function decodePageCursor(raw: string, field = 'starting_after'): PageCursor {
  if (raw.trim() === '') throw badRequest(`${field} must not be empty`, field);
  const parts = parseJsonArray(raw);
  const [value, id, page] = parts ?? [];
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id));
  if (!parts || parts.length !== 3 || !isSortValue(value) || !validId || !Number.isInteger(page) || Number(page) < 2) {
    throw badRequest(`${field} is not a valid cursor`, field);
  }
  return { value, id: String(id), page: Number(page) };
}
