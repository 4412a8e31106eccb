import type { SortDirection } from './compareSortKeys';
import { badRequest } from './intercomError';
import { isJsonObject } from './jsonGuards';
import { decodePageCursor, type PageCursor } from './pageCursor';
import { parseSearchQuery, type SearchQuery } from './parseSearchQuery';
import { readPerPage } from './readPerPage';
import type { SearchDialect, SearchFields } from './searchField';

export interface SearchSort {
  readonly field: string;
  readonly order: SortDirection;
}

export interface SearchRequest {
  readonly query: SearchQuery;
  readonly perPage: number;
  readonly cursor: PageCursor | undefined;
  readonly sort: SearchSort;
}

export interface SearchEndpointRules<T> {
  readonly fields: SearchFields<T>;
  readonly dialect: SearchDialect;
  readonly defaultPerPage: number;
  readonly defaultSort: SearchSort;
}

/** Reads `{query, pagination: {per_page, starting_after}, sort: {field, order}}`; `query` is required. */
export function readSearchRequest<T>(body: unknown, rules: SearchEndpointRules<T>): SearchRequest {
  if (!isJsonObject(body)) throw badRequest('the request body must be a JSON object');
  if (body.query === undefined) throw badRequest('query is required', 'query', 'parameter_not_found');
  const query = parseSearchQuery(body.query, rules.fields, rules.dialect);
  const pagination = body.pagination ?? {};
  if (!isJsonObject(pagination)) throw badRequest('pagination must be an object', 'pagination');
  const perPage = readPerPage(pagination.per_page, rules.defaultPerPage, 'pagination.per_page');
  const startingAfter = pagination.starting_after;
  if (startingAfter !== undefined && startingAfter !== null && typeof startingAfter !== 'string') {
    throw badRequest('pagination.starting_after must be a string', 'pagination.starting_after');
  }
  const cursor = typeof startingAfter === 'string' ? decodePageCursor(startingAfter, 'pagination.starting_after') : undefined;
  const sort = readSort(body.sort, rules);
  if (cursor) assertCursorFits(cursor, rules.fields[sort.field]?.type);
  return { query, perPage, cursor, sort };
}

/**
 * `sort.field` must be a searchable single-valued field; `order` defaults to descending, and any
 * other word is a 400 `invalid_sort_order` (contact_search_request schema).
 */
function readSort<T>(raw: unknown, rules: SearchEndpointRules<T>): SearchSort {
  if (raw === undefined || raw === null) return rules.defaultSort;
  if (!isJsonObject(raw) || typeof raw.field !== 'string') throw badRequest('sort.field is required', 'sort.field');
  const field = Object.prototype.hasOwnProperty.call(rules.fields, raw.field) ? rules.fields[raw.field] : undefined;
  if (!field || field.multiValued) throw badRequest(`cannot sort on '${raw.field}'`, 'sort.field');
  const order = raw.order ?? 'descending';
  if (order !== 'ascending' && order !== 'descending') {
    throw badRequest(`Invalid sort order '${String(order)}'. Use ascending or descending`, 'sort.order', 'invalid_sort_order');
  }
  return { field: raw.field, order };
}

/** A cursor made for another sort field (its value of another type) cannot name a position: 400. */
function assertCursorFits(cursor: PageCursor, type: string | undefined): void {
  if (cursor.value === null) return;
  const expected = type === 'date' || type === 'integer' ? 'number' : type;
  if (typeof cursor.value !== expected) throw badRequest('pagination.starting_after does not fit this sort', 'pagination.starting_after');
}
