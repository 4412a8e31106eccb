import { offsetSlice, reachesPast, type OffsetSlice, type OffsetWindow } from '../../../simulators/kit/pagination/offsetPage';
import { linkTo, type ListLocation } from './listLocation';
import { MAX_PAGE_SIZE } from './paginateByCursor';
import { failure, invalidPagination, invalidPaginationDepth, success, type Outcome } from './zendeskErrors';

/**
 * Since August 2023 Zendesk answers 400 `InvalidPaginationDepth` to offset requests that reach past
 * the first 10,000 records (pagination article); cursor paging has no such cap.
 */
export const OFFSET_RECORD_LIMIT = 10_000;

export type OffsetRequest = OffsetWindow;

export interface OffsetPage<T> extends OffsetSlice<T> {
  readonly request: OffsetRequest;
}

/** Reads `page` and `per_page`; a per_page over 100 is clamped to 100, as Zendesk does. */
export function readOffsetRequest(query: URLSearchParams, defaultPerPage: number): Outcome<OffsetRequest> {
  const page = readPositiveInteger(query.get('page'), 1);
  const requestedPerPage = readPositiveInteger(query.get('per_page'), defaultPerPage);
  if (page === undefined) return failure(invalidPagination('page must be a positive integer'));
  if (requestedPerPage === undefined) return failure(invalidPagination('per_page must be a positive integer'));
  const perPage = Math.min(requestedPerPage, MAX_PAGE_SIZE);
  // The error's title says "page 100 or up to 10000 records (page * per_page)"; every account of the
  // rule (announcement, pagination articles) states it in records, so a smaller per_page reaches
  // further pages: the product page * per_page decides.
  if (reachesPast({ page, perPage }, OFFSET_RECORD_LIMIT)) return failure(invalidPaginationDepth());
  return success({ page, perPage });
}

function readPositiveInteger(raw: string | null, fallback: number): number | undefined {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

export function paginateByOffset<T>(records: ReadonlyArray<T>, request: OffsetRequest): OffsetPage<T> {
  return { ...offsetSlice(records, request), request };
}

/**
 * `{<key>, count, next_page, previous_page}`. next_page is computed from the count alone, so on an
 * account with more than 10,000 records page 100 still links to page 101, which then answers 400:
 * that is the wall clients hit on real Zendesk.
 */
export function offsetListBody<T>(listKey: string, page: OffsetPage<T>, location: ListLocation): Record<string, unknown> {
  const number = page.request.page;
  return {
    [listKey]: page.records,
    count: page.total,
    next_page: page.hasNext ? linkTo(location, { page: String(number + 1) }) : null,
    previous_page: page.hasPrevious ? linkTo(location, { page: String(number - 1) }) : null,
  };
}
