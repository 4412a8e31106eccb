import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import type { SortKey, SortValue } from './compareSortKeys';
import { cursorPage } from './cursorPage';
import { evaluateSearchQuery } from './evaluateSearchQuery';
import { answering } from './intercomError';
import type { IntercomContact, IntercomConversation, IntercomTicket } from './intercomDataset';
import type { IntercomRouteContext } from './intercomRouteContext';
import type { MutableKind } from './recordMutator';
import { pagesObject } from './pagesObject';
import { readSearchRequest, type SearchEndpointRules } from './readSearchRequest';
import { contactSearchFields, conversationSearchFields, ticketSearchFields } from './searchFieldTables';

interface SearchEndpoint<T extends { id: string }> extends SearchEndpointRules<T> {
  readonly pattern: string;
  readonly listType: 'conversation.list' | 'list' | 'ticket.list';
  readonly listKey: 'conversations' | 'data' | 'tickets';
  readonly records: (context: IntercomRouteContext) => ReadonlyArray<T>;
  readonly mutableKind?: MutableKind;
}

function sortValue(value: unknown): SortValue {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

/** Filters, sorts and pages from scratch on each request: the search context is stateless. */
function search<T extends { id: string }>(request: SimRequest, endpoint: SearchEndpoint<T>, context: IntercomRouteContext): SimResponse {
  return answering(() => {
    const { query, perPage, cursor, sort } = readSearchRequest(request.body, endpoint);
    const sortField = endpoint.fields[sort.field];
    const matching = endpoint.records(context).filter((record) => evaluateSearchQuery(query, record, endpoint.fields, endpoint.dialect));
    const keyOf = (record: T): SortKey => ({ value: sortValue(sortField?.read(record)), id: record.id });
    const page = cursorPage({ records: matching, keyOf, direction: sort.order, perPage, cursor });
    const pages = pagesObject({ page: page.page, perPage, totalCount: page.totalCount, format: context.perPageFormat, next: page.next });
    return {
      status: 200,
      body: { type: endpoint.listType, [endpoint.listKey]: page.items, total_count: page.totalCount, pages },
    };
  });
}

/**
 * Defaults per endpoint text: conversations and tickets 20 per page, contacts 50. The guide's
 * default sort is "last_request_at" descending; for contacts that is `last_seen_at` (its v2 name),
 * and conversations and tickets, which have no such field, use `updated_at` descending.
 * The guide shows `sort` on conversation search too, so every endpoint accepts it.
 */
const conversationSearch: SearchEndpoint<IntercomConversation> = {
  pattern: '/conversations/search',
  listType: 'conversation.list',
  listKey: 'conversations',
  fields: conversationSearchFields,
  dialect: 'conversations',
  defaultPerPage: 20,
  defaultSort: { field: 'updated_at', order: 'descending' },
  records: (context) => context.dataset.conversations,
  mutableKind: 'conversation',
};

const contactSearch = (context: IntercomRouteContext): SearchEndpoint<IntercomContact> => ({
  pattern: '/contacts/search',
  listType: 'list',
  listKey: 'data',
  fields: contactSearchFields(context.dataset.contactAttachments),
  dialect: 'contacts',
  defaultPerPage: 50,
  defaultSort: { field: 'last_seen_at', order: 'descending' },
  records: (routeContext) => routeContext.dataset.contacts,
  mutableKind: 'contact',
});

const ticketSearch: SearchEndpoint<IntercomTicket> = {
  pattern: '/tickets/search',
  listType: 'ticket.list',
  listKey: 'tickets',
  fields: ticketSearchFields,
  dialect: 'conversations',
  defaultPerPage: 20,
  defaultSort: { field: 'updated_at', order: 'descending' },
  records: (context) => context.dataset.tickets,
};

function searchRoute<T extends { id: string }>(endpoint: SearchEndpoint<T>, context: IntercomRouteContext): Route {
  return {
    method: 'POST',
    pattern: endpoint.pattern,
    handle: (request) => {
      if (endpoint.mutableKind) context.mutator.onRead(endpoint.mutableKind);
      return search(request, endpoint, context);
    },
  };
}

export function searchRoutes(context: IntercomRouteContext): Route[] {
  return [
    searchRoute(conversationSearch, context),
    searchRoute(contactSearch(context), context),
    searchRoute(ticketSearch, context),
  ];
}
