import type { Route } from '../../../simulators/kit/simulatorServer';
import { buildSearchIndex, type SearchDocument } from './conversationSearchIndex';
import { decodePathPart } from './decodePathPart';
import { paginatedResponse } from './paginatedResponse';
import type { FrontRouteContext } from './frontRouteContext';
import { parseSearchQuery } from './parseSearchQuery';
import { sortRecords } from './sortRecords';

/**
 * `GET /conversations/search/{query}`: the spec fixes the order (last activity, newest first) and
 * adds `_total`, the count of all matches. The query syntax subset is in `parseSearchQuery`.
 */
export function searchConversationsRoute(context: FrontRouteContext): Route {
  let index: ReadonlyArray<SearchDocument> | undefined;
  return {
    method: 'GET',
    pattern: '/conversations/search/*query',
    handle(request, { query: rawQuery = '' }) {
      const predicate = parseSearchQuery(decodePathPart(rawQuery));
      if (!predicate.ok) return predicate.response;
      index ??= buildSearchIndex(context.data);
      const matches = index.filter(predicate.value).map((document) => document.conversation);
      const ordered = sortRecords(matches, (conversation) => conversation.updated_at, 'desc');
      return paginatedResponse(request, ordered, context, { includeTotal: true });
    },
  };
}
