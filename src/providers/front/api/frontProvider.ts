import { lazyRecord } from '../../../lazyRecord';
import type { z } from 'zod';

import { fetchAllPages } from '../../fetchAllPages';
import type { UpstreamHttp } from '../../http/httpClient';
import { once } from '../../once';
import { noReferenceCache, type ReferenceCache } from '../../referenceCache';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { createWholeListPaginator } from '../../wholeListPaginator';
import { createFrontBatchFetch, type FrontBatchFetch } from './batchFetch';
import { toAccount, toChannel, toComment, toContact, toConversation, toEvent, toInbox, toMessage, toTag, toTeam, toTeammate } from './toModels';
import type {
  FrontAccountModel,
  FrontChannelModel,
  FrontCommentModel,
  FrontContactModel,
  FrontConversationModel,
  FrontEventModel,
  FrontInboxModel,
  FrontMessageModel,
  FrontTagModel,
  FrontTeamModel,
  FrontTeammateModel,
} from './models';
import { createPageTokenPaginator, FRONT_MAX_PAGE_SIZE, type FrontPageToken } from './pageTokenPaginator';
import { rawAccount, rawChannel, rawComment, rawContact, rawConversation, rawEvent, rawInbox, rawMessage, rawTag, rawTeam, rawTeammate, wholeListOf } from './types';

/** The `q[statuses][]` values of list-conversations. */
export type FrontConversationStatusFilter = 'assigned' | 'unassigned' | 'archived' | 'trashed';
export type FrontConversationArgs = {
  /** Any of these (empty: all); sorted and unique, so one filter has one cursor fingerprint. */
  readonly statuses: ReadonlyArray<FrontConversationStatusFilter>;
  /** `null`: Front's default order (most recent activity first). */
  readonly sortOrder: 'asc' | 'desc' | null;
};
/** Front search syntax, trimmed and non-empty (it becomes one path segment). */
export type FrontSearchArgs = { readonly query: string };
/** The lists under one conversation (messages, comments). */
export type FrontConversationScope = { readonly conversationId: string };
export type FrontNoArgs = Readonly<Record<string, never>>;
/** list-contacts' filter: `updatedSince` is ISO 8601 (the DateTime scalar's form, so one time has one cursor fingerprint), inclusive. */
export type FrontContactArgs = { readonly updatedSince: string | null };
/** list-events' query object; times are ISO 8601 (sent as unix seconds with milliseconds), types sorted and unique. */
export type FrontEventArgs = {
  readonly after: string | null;
  readonly before: string | null;
  readonly types: ReadonlyArray<string>;
  /** `null`: Front's default order (newest first). */
  readonly sortOrder: 'asc' | 'desc' | null;
};

/** list-events: "Max number of results per page (max 15)" (core-api.json), not the shared 100. */
export const FRONT_EVENTS_MAX_PAGE_SIZE = 15;

/** Every Front list this graph serves, bound to one request's HTTP view (and its memo of whole lists). */
export interface FrontProvider {
  readonly conversations: Paginator<FrontConversationModel, FrontConversationArgs, FrontPageToken>;
  readonly searchConversations: Paginator<FrontConversationModel, FrontSearchArgs, FrontPageToken>;
  readonly contacts: Paginator<FrontContactModel, FrontContactArgs, FrontPageToken>;
  readonly tags: Paginator<FrontTagModel, FrontNoArgs, FrontPageToken>;
  readonly accounts: Paginator<FrontAccountModel, FrontNoArgs, FrontPageToken>;
  readonly conversationMessages: Paginator<FrontMessageModel, FrontConversationScope, FrontPageToken>;
  readonly inboxes: Paginator<FrontInboxModel, FrontNoArgs, OffsetToken>;
  readonly teammates: Paginator<FrontTeammateModel, FrontNoArgs, OffsetToken>;
  readonly conversationComments: Paginator<FrontCommentModel, FrontConversationScope, OffsetToken>;
  readonly teams: Paginator<FrontTeamModel, FrontNoArgs, OffsetToken>;
  readonly channels: Paginator<FrontChannelModel, FrontNoArgs, OffsetToken>;
  readonly events: Paginator<FrontEventModel, FrontEventArgs, FrontPageToken>;
  /** Lookups by native id (DataLoader batch functions); src/loaders wraps them per request. */
  readonly byId: FrontBatchFetch;
}

const noQuery = () => ({});
const conversationPath = (suffix: string) => (args: FrontConversationScope) => `/conversations/${pathSegment('front', 'a conversation id', args.conversationId)}/${suffix}`;

/** Call once per GraphQL request: the unpaged lists are memoized inside the returned object. */
export function createFrontProvider(http: UpstreamHttp, references: ReferenceCache = noReferenceCache): FrontProvider {
  // https://dev.frontapp.com/reference/list-tags
  const tags = createPageTokenPaginator(http, {
    resource: 'front.tags',
    endpoint: 'GET /tags',
    path: () => '/tags',
    query: noQuery,
    item: rawTag,
    toNode: toTag,
    onRepeatedNode: 'fail',
  });
  // Per-request memos: the connections and the lookups by id share one read of each list, kept
  // between requests for REFERENCE_CACHE_TTL_MS when set (reference data).
  // https://dev.frontapp.com/reference/list-inboxes, /list-teammates (not paginated)
  const allInboxes = once(() => references.get('front.inboxes', () => fetchWholeList(http, '/inboxes', 'GET /inboxes', rawInbox, toInbox)));
  const allTeammates = once(() =>
    references.get('front.teammates', () => fetchWholeList(http, '/teammates', 'GET /teammates', rawTeammate, toTeammate)),
  );
  // https://dev.frontapp.com/reference/list-teams, /list-channels (not paginated)
  const allTeams = once(() => references.get('front.teams', () => fetchWholeList(http, '/teams', 'GET /teams', rawTeam, toTeam)));
  const allChannels = once(() => references.get('front.channels', () => fetchWholeList(http, '/channels', 'GET /channels', rawChannel, toChannel)));
  // Lookups by id only: the tags connection pages Front itself.
  const allTags = once(() => references.get('front.tags', () => fetchAllPages(tags, {})));
  // Built on first read, as Zendesk's (zendeskProvider.ts): a request uses few of these lists.
  return lazyRecord<FrontProvider>({
    // https://dev.frontapp.com/reference/list-conversations
    conversations: () => createPageTokenPaginator(http, {
      resource: 'front.conversations',
      endpoint: 'GET /conversations',
      path: () => '/conversations',
      query: conversationQuery,
      item: rawConversation,
      toNode: toConversation,
      onRepeatedNode: 'skip',
    }),
    // https://dev.frontapp.com/reference/search-conversations (order fixed: last activity, newest first)
    searchConversations: () => createPageTokenPaginator(http, {
      resource: 'front.searchConversations',
      endpoint: 'GET /conversations/search/:query',
      path: (args: FrontSearchArgs) => `/conversations/search/${pathSegment('front', 'a search query', args.query)}`,
      query: noQuery,
      item: rawConversation,
      toNode: toConversation,
      reportsTotal: true,
      onRepeatedNode: 'skip',
    }),
    // https://dev.frontapp.com/reference/list-contacts
    contacts: () => createPageTokenPaginator(http, {
      resource: 'front.contacts',
      endpoint: 'GET /contacts',
      path: () => '/contacts',
      query: contactQuery,
      item: rawContact,
      toNode: toContact,
      onRepeatedNode: 'fail',
    }),
    tags: () => tags,
    // https://dev.frontapp.com/reference/list-accounts
    accounts: () => createPageTokenPaginator(http, {
      resource: 'front.accounts',
      endpoint: 'GET /accounts',
      path: () => '/accounts',
      query: noQuery,
      item: rawAccount,
      toNode: toAccount,
      onRepeatedNode: 'fail',
    }),
    // https://dev.frontapp.com/reference/list-conversation-messages (newest first)
    conversationMessages: () => createPageTokenPaginator(http, {
      resource: 'front.conversationMessages',
      endpoint: 'GET /conversations/:id/messages',
      path: conversationPath('messages'),
      query: noQuery,
      item: rawMessage,
      toNode: (raw, args: FrontConversationScope) => toMessage(raw, args.conversationId),
      onRepeatedNode: 'fail',
    }),
    // https://dev.frontapp.com/reference/list-inboxes (not paginated)
    inboxes: () => createWholeListPaginator({
      resource: 'front.inboxes',
      maxPageSize: FRONT_MAX_PAGE_SIZE,
      idOf: (inbox) => inbox.nativeId,
      fetchAll: allInboxes,
    }),
    // https://dev.frontapp.com/reference/list-teammates (not paginated)
    teammates: () => createWholeListPaginator({
      resource: 'front.teammates',
      maxPageSize: FRONT_MAX_PAGE_SIZE,
      idOf: (teammate) => teammate.nativeId,
      fetchAll: allTeammates,
    }),
    // https://dev.frontapp.com/reference/list-conversation-comments (not paginated, newest first)
    conversationComments: () => createWholeListPaginator({
      resource: 'front.conversationComments',
      maxPageSize: FRONT_MAX_PAGE_SIZE,
      idOf: (comment) => comment.nativeId,
      fetchAll: (args: FrontConversationScope) =>
        fetchWholeList(http, conversationPath('comments')(args), 'GET /conversations/:id/comments', rawComment, (raw) =>
          toComment(raw, args.conversationId),
        ),
    }),
    // https://dev.frontapp.com/reference/list-teams (not paginated; previews: id and name)
    teams: () => createWholeListPaginator({
      resource: 'front.teams',
      maxPageSize: FRONT_MAX_PAGE_SIZE,
      idOf: (team) => team.nativeId,
      fetchAll: allTeams,
    }),
    // https://dev.frontapp.com/reference/list-channels (not paginated)
    channels: () => createWholeListPaginator({
      resource: 'front.channels',
      maxPageSize: FRONT_MAX_PAGE_SIZE,
      idOf: (channel) => channel.nativeId,
      fetchAll: allChannels,
    }),
    // https://dev.frontapp.com/reference/list-events (newest first; at most 15 per call)
    events: () => createPageTokenPaginator(http, {
      resource: 'front.events',
      endpoint: 'GET /events',
      path: () => '/events',
      query: eventQuery,
      item: rawEvent,
      toNode: toEvent,
      maxPageSize: FRONT_EVENTS_MAX_PAGE_SIZE,
      // Events are only ever added, at the newest end, and never move: a repeat would be a bug.
      onRepeatedNode: 'fail',
    }),
    byId: () => createFrontBatchFetch(http, { teammates: allTeammates, inboxes: allInboxes, tags: allTags, teams: allTeams, channels: allChannels }),
  });
}

/**
 * list-conversations takes its filter as Front's query object, `q[statuses][]=…` repeated, and
 * sorts only by `date` (`sort_by=date`, "Only supports `date`"), so an explicit order sends both.
 */
function conversationQuery(args: FrontConversationArgs) {
  return {
    'q[statuses][]': args.statuses,
    ...(args.sortOrder === null ? {} : { sort_by: 'date', sort_order: args.sortOrder }),
  };
}

/**
 * list-contacts' query object: `q` "with the optional properties `updated_after` and
 * `updated_before`, whose value should be a timestamp in seconds with up to 3 decimal places"
 * (core-api.json). `updated_after` is read as strict (its name; the spec says no more, and the
 * simulator follows it), and Front's times have at most 3 decimals (milliseconds), so "updated at
 * or after T" is `updated_after` = T − 1 ms: right whichever way Front compares, to within that
 * millisecond. At or before 1970-01-01 every contact matches (Front's times are not negative): no
 * filter is sent.
 */
function contactQuery(args: FrontContactArgs) {
  const since = args.updatedSince === null ? Number.NaN : Date.parse(args.updatedSince);
  return { 'q[updated_after]': since > 0 ? String((since - 1) / 1000) : undefined };
}

/**
 * list-events' query object (`q[after]`, `q[before]`, `q[types][]`): times as unix seconds with up
 * to 3 decimals (the spec's format; a DateTime has milliseconds, so nothing is lost), and
 * `sort_by=created_at` ("Only supports `created_at`") with an explicit order.
 */
function eventQuery(args: FrontEventArgs) {
  return {
    'q[after]': args.after === null ? undefined : unixSeconds(args.after),
    'q[before]': args.before === null ? undefined : unixSeconds(args.before),
    'q[types][]': args.types,
    ...(args.sortOrder === null ? {} : { sort_by: 'created_at', sort_order: args.sortOrder }),
  };
}

/** `2024-01-02T03:04:05.678Z` → `1704164645.678` (trailing zeros dropped). */
function unixSeconds(iso: string): string {
  return String(Date.parse(iso) / 1000);
}

/** One call for a list the spec leaves unpaginated: no `limit`, no `page_token`, no `_pagination`. */
async function fetchWholeList<TRaw, TNode>(
  http: UpstreamHttp,
  path: string,
  endpoint: string,
  item: z.ZodType<TRaw>,
  toNode: (raw: TRaw) => TNode,
): Promise<ReadonlyArray<TNode>> {
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  return parseUpstream(wholeListOf(item), body, 'front', endpoint)._results.map(toNode);
}
