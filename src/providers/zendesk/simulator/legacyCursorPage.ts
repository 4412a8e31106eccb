import { decodeCursor } from './cursorToken';
import { type ListLocation, linkTo } from './listLocation';
import { type CursorStart, paginateByCursor } from './paginateByCursor';
import type { Identified, RecordOrder } from './recordOrder';
import { failure, invalidPagination, type Outcome, success } from './zendeskErrors';

/**
 * Zendesk's older cursor envelope, which ListTicketAudits' response schema (`TicketAuditsResponse`)
 * and example still show: `limit` and `cursor` in the query; `after_cursor`/`after_url` and
 * `before_cursor`/`before_url` in the body (the example's `after_url` is
 * `…/ticket_audits.json?cursor=…&limit=1000`). No `links.next`, no `next_page`: a client that knows
 * only those reads one page. At most 100 records per page (the operation's Pagination section); a
 * larger `limit` is served 100.
 */
const LEGACY_MAX_LIMIT = 100;

export function legacyCursorBody<T extends Identified>(
  listKey: string,
  sorted: ReadonlyArray<T>,
  order: RecordOrder<T>,
  query: URLSearchParams,
  location: ListLocation,
): Outcome<Record<string, unknown>> {
  const rawLimit = query.get('limit');
  if (rawLimit !== null && !/^[1-9]\d*$/.test(rawLimit)) return failure(invalidPagination('limit must be a positive integer'));
  const size = Math.min(LEGACY_MAX_LIMIT, rawLimit === null ? LEGACY_MAX_LIMIT : Number(rawLimit));
  const cursor = query.get('cursor');
  let start: CursorStart = { kind: 'first' };
  if (cursor !== null) {
    const key = decodeCursor(cursor, order, 'cursor');
    if (!key.ok) return failure(key.response);
    start = { kind: 'after', key: key.value };
  }
  const page = paginateByCursor(sorted, order, { size, start });
  const after = page.hasMore ? page.afterCursor : null;
  const limit = String(size);
  return success({
    [listKey]: page.records,
    after_cursor: after,
    after_url: after === null ? null : linkTo(location, { cursor: after, limit }),
    before_cursor: cursor === null ? null : page.beforeCursor,
    before_url: cursor === null || page.beforeCursor === null ? null : linkTo(location, { cursor: page.beforeCursor, limit }),
  });
}
