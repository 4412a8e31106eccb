import type { FrontConversationStatus, Resolvers, SortDirection } from '../__generated__/resolversTypes';
import { badUserInput } from '../errors';
import type { FrontConversationArgs, FrontConversationStatusFilter, FrontSearchArgs } from '../providers/front/frontProvider';
import { resolveConnection } from '../relay/resolveConnection';
import { globalIdOf } from './nodeId';

const STATUS_FILTERS: Readonly<Record<FrontConversationStatus, FrontConversationStatusFilter>> = {
  ASSIGNED: 'assigned',
  UNASSIGNED: 'unassigned',
  ARCHIVED: 'archived',
  TRASHED: 'trashed',
};

/** Sorted and unique: `[ARCHIVED, ASSIGNED]` and `[ASSIGNED, ARCHIVED, ASSIGNED]` are one list, with one cursor fingerprint. */
function toConversationArgs(statuses: ReadonlyArray<FrontConversationStatus> | null | undefined, sortOrder: SortDirection | null | undefined): FrontConversationArgs {
  const filters = [...new Set((statuses ?? []).map((status) => STATUS_FILTERS[status]))].sort();
  return { statuses: filters, sortOrder: sortOrder === 'ASC' ? 'asc' : sortOrder === 'DESC' ? 'desc' : null };
}

/** Front's search path takes the query as one path segment; an empty one names no search at all. */
function toSearchArgs(query: string): FrontSearchArgs {
  const trimmed = query.trim();
  if (trimmed === '') throw badUserInput('`query` must not be empty; pass Front search syntax such as `is:open refund`.', { argument: 'query' });
  return { query: trimmed };
}

/** `Query.front` and the Front types: each connection hands its paginator and normalised arguments to the engine. */
export const frontResolvers: Resolvers = {
  Query: {
    front: () => ({}),
  },
  FrontQuery: {
    conversations: (_parent, args, context) =>
      resolveConnection(context.front.conversations, toConversationArgs(args.statuses, args.sortOrder), args, context.relay),
    searchConversations: (_parent, args, context) =>
      resolveConnection(context.front.searchConversations, toSearchArgs(args.query), args, context.relay),
    contacts: (_parent, args, context) => resolveConnection(context.front.contacts, {}, args, context.relay),
    accounts: (_parent, args, context) => resolveConnection(context.front.accounts, {}, args, context.relay),
    tags: (_parent, args, context) => resolveConnection(context.front.tags, {}, args, context.relay),
    inboxes: (_parent, args, context) => resolveConnection(context.front.inboxes, {}, args, context.relay),
    teammates: (_parent, args, context) => resolveConnection(context.front.teammates, {}, args, context.relay),
  },
  FrontConversation: {
    id: globalIdOf('front', 'FrontConversation'),
    messages: (conversation, args, context) =>
      resolveConnection(context.front.conversationMessages, { conversationId: conversation.nativeId }, args, context.relay),
    comments: (conversation, args, context) =>
      resolveConnection(context.front.conversationComments, { conversationId: conversation.nativeId }, args, context.relay),
  },
  FrontMessage: { id: globalIdOf('front', 'FrontMessage') },
  FrontComment: { id: globalIdOf('front', 'FrontComment') },
  FrontContact: { id: globalIdOf('front', 'FrontContact') },
  FrontAccount: { id: globalIdOf('front', 'FrontAccount') },
  FrontTag: { id: globalIdOf('front', 'FrontTag') },
  FrontInbox: { id: globalIdOf('front', 'FrontInbox') },
  FrontTeammate: { id: globalIdOf('front', 'FrontTeammate') },
};
