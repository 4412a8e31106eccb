import { decodeJsonCursor, encodeJsonCursor } from '../../../simulators/kit/pagination/jsonCursor';
import { firstIndexWhere } from '../../../simulators/kit/pagination/keysetCursor';
import { offsetSlice, reachesPast } from '../../../simulators/kit/pagination/offsetPage';
import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import { linkTo, type ListLocation } from './listLocation';
import { MAX_PAGE_SIZE } from './paginateByCursor';
import { matchesSearch, namesType, parseSearchQuery, SEARCH_TYPES, type SearchRecord, type SearchType } from './searchQuery';
import type { ZendeskContext } from './zendeskContext';

/**
 * ListSearchResults: "up to 1,000 results per query, with a maximum of 100 results per page. If you
 * request a page past the limit (`page=11` at 100 results per page), a 422 Insufficient Resource
 * Error is returned" (the spec states it for the Search Requests endpoint; the Search API's own
 * "Results limit" section says the same). `next_page` is still computed from `count`, so page 10
 * links to page 11: clients that follow `next_page` blindly hit the 422.
 */
export const SEARCH_RESULT_LIMIT = 1_000;
/** ExportSearchResults: "Returns a maximum of 1000 records per page"; "We recommend 100 results per page". */
export const SEARCH_EXPORT_MAX_PAGE_SIZE = 1_000;
const SEARCH_EXPORT_DEFAULT_PAGE_SIZE = 100;
/** ExportSearchResults: "The cursor specified by the `after_cursor` property in a response expires after one hour." */
const EXPORT_CURSOR_LIFETIME_MS = 60 * 60 * 1000;

/** Search answers errors as `{error, description}` (ListSearchResults, "Errors JSON Format"). */
function searchError(status: number, description: string): SimResponse {
  return { status, body: { error: 'invalid', description } };
}

export function searchRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  // The seeded records never change, so the searchable set is built once, on first use.
  let records: ReadonlyArray<SearchRecord> | undefined;
  const all = (): ReadonlyArray<SearchRecord> => (records ??= searchableRecords(context));
  return [
    { method: 'GET', pattern: '/api/v2/search/count', handle: (request) => serveCount(all(), request.query) },
    { method: 'GET', pattern: '/api/v2/search/export', handle: (request) => serveExport(all(), request.query, context.baseUrl) },
    { method: 'GET', pattern: '/api/v2/search', handle: (request) => serveSearch(all(), request.query, context.baseUrl) },
  ];
}

function searchableRecords(context: ZendeskContext): ReadonlyArray<SearchRecord> {
  const { tickets, users, organizations, groups } = context.data;
  return [
    ...tickets.map((record) => ({ type: 'ticket' as const, record })),
    ...users.map((record) => ({ type: 'user' as const, record })),
    ...organizations.map((record) => ({ type: 'organization' as const, record })),
    ...groups.map((record) => ({ type: 'group' as const, record })),
  ];
}

/** A result as search serves it: the object itself plus `result_type` (SearchResultObject). */
function resultOf(candidate: SearchRecord): Record<string, unknown> {
  return { ...candidate.record, result_type: candidate.type };
}

function readQuery(query: URLSearchParams): string | SimResponse {
  const text = query.get('query');
  return text === null || text.trim() === '' ? searchError(400, 'Invalid search: query is required') : text;
}

function serveCount(records: ReadonlyArray<SearchRecord>, query: URLSearchParams): SimResponse {
  const text = readQuery(query);
  if (typeof text !== 'string') return text;
  const parsed = parseSearchQuery(text);
  return { status: 200, body: { count: records.filter((candidate) => matchesSearch(candidate, parsed)).length } };
}

/**
 * Offset-paged search. Zendesk's default order is relevance, which the simulator approximates by
 * newest created first (then object type, then id, so the order is total); `sort_by` `created_at`
 * or `updated_at` with `sort_order` (default `desc`) are served as asked.
 */
function serveSearch(records: ReadonlyArray<SearchRecord>, query: URLSearchParams, baseUrl: string): SimResponse {
  const text = readQuery(query);
  if (typeof text !== 'string') return text;
  const page = positiveInteger(query.get('page'), 1);
  const requested = positiveInteger(query.get('per_page'), MAX_PAGE_SIZE);
  if (page === undefined || requested === undefined) return searchError(400, 'Invalid search: page and per_page must be positive integers');
  const perPage = Math.min(requested, MAX_PAGE_SIZE);
  if (reachesPast({ page, perPage }, SEARCH_RESULT_LIMIT)) {
    // The body Zendesk answers past the limit (seen by client libraries, e.g. zenpy issue 371).
    return searchError(422, 'Invalid search: Requested response size was greater than Search Response Limits');
  }
  const sortBy = query.get('sort_by');
  const sortOrder = query.get('sort_order') ?? 'desc';
  if ((sortBy !== null && sortBy !== 'created_at' && sortBy !== 'updated_at') || (sortOrder !== 'asc' && sortOrder !== 'desc')) {
    return searchError(400, 'Invalid search: the simulator sorts by created_at or updated_at, asc or desc');
  }
  const field = sortBy === 'updated_at' ? 'updated_at' : 'created_at';
  const sign = sortOrder === 'asc' ? 1 : -1;
  const parsed = parseSearchQuery(text);
  const matching = records
    .filter((candidate) => matchesSearch(candidate, parsed))
    .sort((a, b) => sign * compareText(a.record[field], b.record[field]) || typeRank(a.type) - typeRank(b.type) || a.record.id - b.record.id);
  const slice = offsetSlice(matching, { page, perPage });
  const location: ListLocation = { baseUrl, path: '/api/v2/search', query };
  return {
    status: 200,
    body: {
      results: slice.records.map(resultOf),
      facets: null,
      next_page: slice.hasNext ? linkTo(location, { page: String(page + 1) }) : null,
      previous_page: slice.hasPrevious ? linkTo(location, { page: String(page - 1) }) : null,
      count: slice.total,
    },
  };
}

/** The export's position: the boundary record's sort values, the request it belongs to, and when it was issued. */
interface ExportCursor {
  readonly field: 'created_at';
  readonly desc: true;
  readonly tieBreakField: 'id';
  readonly tieBreakDesc: false;
  readonly sortValues: readonly [string, number];
  readonly request: string;
  readonly createdAt: number;
}

/**
 * ExportSearchResults: one object type (`filter[type]`, required; a `type:` term in the query is an
 * error), cursor paging forward only (`page[size]` ≤ 1000, `page[after]`), "ordered only by the
 * `created_at` attribute" (newest first, ties by id ascending, as the spec's sample cursor decodes
 * to), no `count`. `links.prev` and `meta.before_cursor` are always null ("backward pagination is
 * not supported"). `has_more` says whether another record follows.
 */
function serveExport(records: ReadonlyArray<SearchRecord>, query: URLSearchParams, baseUrl: string): SimResponse {
  const text = readQuery(query);
  if (typeof text !== 'string') return text;
  const type = SEARCH_TYPES.find((candidate) => candidate === query.get('filter[type]'));
  if (type === undefined) return searchError(400, `Invalid search: filter[type] must be one of ${SEARCH_TYPES.join(', ')}`);
  const parsed = parseSearchQuery(text);
  if (namesType(parsed)) return searchError(400, 'Invalid search: type is given by filter[type], not in the query');
  const size = positiveInteger(query.get('page[size]'), SEARCH_EXPORT_DEFAULT_PAGE_SIZE);
  if (size === undefined || size > SEARCH_EXPORT_MAX_PAGE_SIZE) {
    return searchError(400, `Invalid search: page[size] must be an integer from 1 to ${SEARCH_EXPORT_MAX_PAGE_SIZE}`);
  }
  const requestKey = `${type}\n${text}`;
  const after = query.get('page[after]');
  const cursor = after === null ? null : readExportCursor(after, requestKey);
  if (typeof cursor === 'string') return searchError(400, `Invalid search: ${cursor}`);
  const matching = records
    .filter((candidate): candidate is SearchRecord => candidate.type === type && matchesSearch(candidate, parsed))
    .sort((a, b) => compareText(b.record.created_at, a.record.created_at) || a.record.id - b.record.id);
  const from = cursor === null ? 0 : firstIndexWhere(matching, (candidate) => isAfter(candidate, cursor.sortValues));
  const page = matching.slice(from, from + size);
  const last = page[page.length - 1];
  const hasMore = from + page.length < matching.length;
  const afterCursor = last === undefined ? null : encodeJsonCursor(exportCursor(last, requestKey));
  const location: ListLocation = { baseUrl, path: '/api/v2/search/export', query };
  return {
    status: 200,
    body: {
      results: page.map(resultOf),
      facets: null,
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: null },
      links: { next: hasMore && afterCursor !== null ? linkTo(location, { 'page[after]': afterCursor }) : null, prev: null },
    },
  };
}

function exportCursor(last: SearchRecord, request: string): ExportCursor {
  return { field: 'created_at', desc: true, tieBreakField: 'id', tieBreakDesc: false, sortValues: [last.record.created_at, last.record.id], request, createdAt: Date.now() };
}

/** The cursor, or why it is refused: not ours, made for another query or type, or older than an hour. */
function readExportCursor(token: string, request: string): ExportCursor | string {
  const payload = decodeJsonCursor(token);
  if (typeof payload !== 'object' || payload === null || !('sortValues' in payload) || !('request' in payload) || !('createdAt' in payload)) {
    return 'page[after] is not a valid cursor';
  }
  const { sortValues, createdAt } = payload;
  if (payload.request !== request) return 'page[after] was issued for another query';
  if (typeof createdAt !== 'number' || Date.now() - createdAt > EXPORT_CURSOR_LIFETIME_MS) return 'page[after] has expired';
  if (!Array.isArray(sortValues) || typeof sortValues[0] !== 'string' || typeof sortValues[1] !== 'number') return 'page[after] is not a valid cursor';
  return { field: 'created_at', desc: true, tieBreakField: 'id', tieBreakDesc: false, sortValues: [sortValues[0], sortValues[1]], request, createdAt };
}

/** Whether a record sorts after the boundary in the export order (created_at descending, id ascending). */
function isAfter(candidate: SearchRecord, [createdAt, id]: readonly [string, number]): boolean {
  const byTime = compareText(createdAt, candidate.record.created_at);
  return byTime > 0 || (byTime === 0 && candidate.record.id > id);
}

function typeRank(type: SearchType): number {
  return SEARCH_TYPES.indexOf(type);
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function positiveInteger(raw: string | null, fallback: number): number | undefined {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}
