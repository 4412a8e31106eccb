import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import type { SortKey } from './compareSortKeys';
import { cursorPage } from './cursorPage';
import { answering, badRequest } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';
import { decodePageCursor, type PageCursor } from './pageCursor';
import { pagesObject } from './pagesObject';
import { readPerPage } from './readPerPage';

/**
 * Both lists run newest `updated_at` first, ties broken by id (descending too), and their cursors
 * carry `[updated_at, id, page]`. The spec states no order for either list; most recently updated
 * first is what an inbox shows, and one order for both keeps clients simple.
 */
const byUpdatedAt = (record: { updated_at: number; id: string }): SortKey => ({ value: record.updated_at, id: record.id });

function readListCursor(query: URLSearchParams): PageCursor | undefined {
  const raw = query.get('starting_after');
  if (raw === null) return undefined;
  // `starting_after=` (empty) is decoded, and rejected, rather than read as "no cursor".
  const cursor = decodePageCursor(raw);
  if (typeof cursor.value !== 'number') throw badRequest('starting_after is not a valid cursor', 'starting_after');
  return cursor;
}

function listPage<T extends { updated_at: number; id: string }>(
  request: SimRequest,
  records: ReadonlyArray<T>,
  defaultPerPage: number,
  context: IntercomRouteContext,
) {
  const perPage = readPerPage(request.query.get('per_page') ?? undefined, defaultPerPage);
  const page = cursorPage({ records, keyOf: byUpdatedAt, direction: 'descending', perPage, cursor: readListCursor(request.query) });
  const pages = pagesObject({ page: page.page, perPage, totalCount: page.totalCount, format: context.perPageFormat, next: page.next });
  return { items: page.items, total_count: page.totalCount, pages };
}

function listConversations(request: SimRequest, context: IntercomRouteContext): SimResponse {
  return answering(() => {
    const { items, total_count, pages } = listPage(request, context.dataset.conversations, 20, context);
    return { status: 200, body: { type: 'conversation.list', conversations: items, total_count, pages } };
  });
}

/** ListContacts declares no paging parameters, but its text gives a default of 50 and `starting_after`. */
function listContacts(request: SimRequest, context: IntercomRouteContext): SimResponse {
  return answering(() => {
    const { items, total_count, pages } = listPage(request, context.dataset.contacts, 50, context);
    return { status: 200, body: { type: 'list', data: items, total_count, pages } };
  });
}

export function listRoutes(context: IntercomRouteContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/conversations',
      handle: (request) => {
        context.mutator.onRead('conversation');
        return listConversations(request, context);
      },
    },
    {
      method: 'GET',
      pattern: '/contacts',
      handle: (request) => {
        context.mutator.onRead('contact');
        return listContacts(request, context);
      },
    },
  ];
}
