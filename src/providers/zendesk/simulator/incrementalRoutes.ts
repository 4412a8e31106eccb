import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import { firstIndexWhere } from '../../../simulators/kit/pagination/keysetCursor';
import { secondsOf, type StreamEntry } from './recordChanges';
import type { ZendeskContext } from './zendeskContext';

/**
 * The cursor-based incremental exports (IncrementalTicketExportCursor, IncrementalUserExportCursor):
 * every record that changed at or after `start_time`, oldest change first, then by id; later pages
 * with `cursor=<after_cursor>`. A changed record moves to the end of the stream, so a cursor issued
 * before a change returns the record again after it, deletions included (tickets with status
 * `deleted`, users with `active: false`, see recordChanges.ts).
 *
 * Body: `{tickets|users, after_cursor, after_url, before_cursor, before_url, end_of_stream}`
 * (CursorBasedExportIncremental*Response). `end_of_stream` is true when the page holds every change
 * up to now; `after_cursor` is set on every page, the last included, "so you can pick up where you
 * left off" later. `before_cursor`/`before_url` are null, as in the spec's examples.
 *
 * Not modelled: the 10 requests a minute these endpoints allow, and the exclusion of the most recent
 * minute (the simulated changes are stamped in the past, see recordChanges.ts).
 */

/** Incremental exports return up to 1000 records per page (`per_page`, default and maximum 1000). */
export const INCREMENTAL_MAX_PER_PAGE = 1_000;
/** IncrementalUnixTime: "Must be at least one minute in the past." */
const MIN_START_TIME_AGE_SECONDS = 60;

interface Streamed {
  readonly id: number;
}

interface IncrementalList<T extends Streamed> {
  readonly key: 'tickets' | 'users';
  /** Every record's current version with the time it last changed, in stream order. */
  stream(): ReadonlyArray<StreamEntry<T>>;
}

export function incrementalRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  const { changes } = context;
  const tickets: IncrementalList<Streamed> = {
    key: 'tickets',
    stream: seededThenChanged(context.data.tickets, () => changes.changedTickets()),
  };
  const users: IncrementalList<Streamed> = {
    key: 'users',
    stream: seededThenChanged(context.data.users, () => changes.changedUsers()),
  };
  return [tickets, users].map((list) => ({
    method: 'GET',
    pattern: `/api/v2/incremental/${list.key}/cursor`,
    handle: (request) => serveIncremental(list, request.query, context.baseUrl),
  }));
}

/**
 * Seeded records by last change (`updated_at`; for tickets Zendesk uses `generated_timestamp`, which
 * the seeded tickets do not carry apart from it), then the changed ones: each change is later than
 * every seeded time (recordChanges.ts), so appending keeps the stream sorted.
 */
function seededThenChanged<T extends Streamed & { readonly updated_at: string }>(
  seeded: ReadonlyArray<T>,
  changed: () => ReadonlyArray<StreamEntry<T>>,
): () => ReadonlyArray<StreamEntry<T>> {
  let sorted: ReadonlyArray<StreamEntry<T>> | undefined;
  return () => {
    sorted ??= seeded
      .map((record) => ({ record, changedAt: secondsOf(record.updated_at) }))
      .sort((a, b) => a.changedAt - b.changedAt || a.record.id - b.record.id);
    const later = changed();
    if (later.length === 0) return sorted;
    const moved = new Set(later.map((entry) => entry.record.id));
    return [...sorted.filter((entry) => !moved.has(entry.record.id)), ...later];
  };
}

/** A position in the stream: after the record changed at `changedAt` with `id`. */
interface StreamPosition {
  readonly changedAt: number;
  readonly id: number;
}

function serveIncremental<T extends Streamed>(list: IncrementalList<T>, query: URLSearchParams, baseUrl: string): SimResponse {
  const perPage = readPerPage(query.get('per_page'));
  if (perPage === undefined) return invalidValue(`per_page must be an integer from 1 to ${INCREMENTAL_MAX_PER_PAGE}`);
  const start = readStart(query);
  if (typeof start === 'string') return invalidValue(start);
  const stream = list.stream();
  const first = firstIndexWhere(stream, (entry) => entry.changedAt > start.changedAt || (entry.changedAt === start.changedAt && entry.record.id > start.id));
  const page = stream.slice(first, first + perPage);
  const last = page[page.length - 1];
  // An empty page leaves the position where it was, so the same cursor keeps waiting for changes.
  const afterCursor = encodePosition(last === undefined ? start : { changedAt: last.changedAt, id: last.record.id });
  return {
    status: 200,
    body: {
      [list.key]: page.map((entry) => entry.record),
      // The spec's example after_url carries only `cursor`.
      after_url: `${baseUrl}/api/v2/incremental/${list.key}/cursor.json?cursor=${encodeURIComponent(afterCursor)}`,
      after_cursor: afterCursor,
      before_url: null,
      before_cursor: null,
      end_of_stream: first + page.length >= stream.length,
    },
  };
}

/** `cursor` (from a previous page) or `start_time` (unix seconds, at least a minute ago) for the first page. */
function readStart(query: URLSearchParams): StreamPosition | string {
  const cursor = query.get('cursor');
  if (cursor !== null) return decodePosition(cursor) ?? 'cursor is not a valid cursor';
  const raw = query.get('start_time');
  if (raw === null || !/^\d+$/.test(raw)) return 'start_time is required: a unix time in seconds';
  const startTime = Number(raw);
  if (startTime > Date.now() / 1000 - MIN_START_TIME_AGE_SECONDS) return 'Too recent start_time. Use a start_time older than 1 minute';
  // Everything changed at or after start_time: positions after (start_time, 0), ids being positive.
  return { changedAt: startTime, id: 0 };
}

function readPerPage(raw: string | null): number | undefined {
  if (raw === null || raw === '') return INCREMENTAL_MAX_PER_PAGE;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= INCREMENTAL_MAX_PER_PAGE ? value : undefined;
}

/**
 * Shaped like Zendesk's own: the spec's sample `MTU3NjYxMzUzOS4wfHw0Njd8` is base64 of
 * `1576613539.0||467|` (time, then id).
 */
function encodePosition(position: StreamPosition): string {
  return Buffer.from(`${position.changedAt}.0||${position.id}|`, 'utf8').toString('base64');
}

function decodePosition(cursor: string): StreamPosition | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return undefined;
  const match = /^(\d+)\.0\|\|(\d+)\|$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] !== undefined && match[2] !== undefined ? { changedAt: Number(match[1]), id: Number(match[2]) } : undefined;
}

/**
 * The spec gives no error body for these endpoints; Zendesk answers parameter errors of its older
 * endpoints in the `{error, description}` shape (as the search and show endpoints do).
 */
function invalidValue(description: string): SimResponse {
  return { status: 400, body: { error: 'InvalidValue', description } };
}
