import type { FrontConversationStatus, FrontEventType, Resolvers, SortDirection } from '../../../__generated__/resolversTypes';
import { badUserInput } from '../../../errors';
import type { FrontConversationArgs, FrontConversationStatusFilter, FrontEventArgs, FrontSearchArgs } from '../api/frontProvider';
import type { Loaders } from '../../../loaders/createLoaders';
import { loadOptional } from '../../../loaders/loadRelated';
import { primeNodes } from '../../../loaders/primeNodes';
import type { FrontConversationModel, FrontEventModel } from '../api/models';
import { isPathSegment } from '../../pathSegment';
import type { Connection } from '../../../relay/connection';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';
import { frontConversationStatus } from './inbox';

const STATUS_FILTERS: Readonly<Record<FrontConversationStatus, FrontConversationStatusFilter>> = {
  ASSIGNED: 'assigned',
  UNASSIGNED: 'unassigned',
  ARCHIVED: 'archived',
  TRASHED: 'trashed',
};

/** Sorted and unique: `[ARCHIVED, ASSIGNED]` and `[ASSIGNED, ARCHIVED, ASSIGNED]` are one list, with one cursor fingerprint. */
function toConversationArgs(statuses: ReadonlyArray<FrontConversationStatus> | null | undefined, sortOrder: SortDirection | null | undefined): FrontConversationArgs {
  const filters = [...new Set((statuses ?? []).map((status) => STATUS_FILTERS[status]))].sort();
  return { statuses: filters, sortOrder: toFrontSortOrder(sortOrder) };
}

const toFrontSortOrder = (sortOrder: SortDirection | null | undefined): 'asc' | 'desc' | null => (sortOrder === 'ASC' ? 'asc' : sortOrder === 'DESC' ? 'desc' : null);

/**
 * Front takes `q[after]`/`q[before]` as non-negative unix seconds, so a time before 1970 has no
 * form it accepts. Types are sent in Front's spelling (the enum values upper-cased), sorted and
 * unique so one filter has one cursor fingerprint.
 */
function toEventArgs(
  emittedAfter: string | null | undefined,
  emittedBefore: string | null | undefined,
  types: ReadonlyArray<FrontEventType> | null | undefined,
  sortOrder: SortDirection | null | undefined,
): FrontEventArgs {
  for (const [argument, value] of [['emittedAfter', emittedAfter], ['emittedBefore', emittedBefore]] as const) {
    if (value != null && Date.parse(value) < 0) throw badUserInput(`\`${argument}\` must be 1970-01-01T00:00:00Z or later: Front takes it as unix seconds.`, { argument });
  }
  return {
    after: emittedAfter ?? null,
    before: emittedBefore ?? null,
    types: [...new Set((types ?? []).map((type) => type.toLowerCase()))].sort(),
    sortOrder: toFrontSortOrder(sortOrder),
  };
}

/** Each event embeds its conversation whole: primed, so a lookup of it later in the request costs no call. */
function primeEvents(loaders: Loaders) {
  return (connection: Connection<FrontEventModel>): Connection<FrontEventModel> => {
    primeNodes(loaders.front.events, connection.nodes);
    primeNodes(loaders.front.conversations, connection.nodes.flatMap((event) => event.conversation ?? []));
    return connection;
  };
}

/**
 * Front's search path takes the query as one path segment: an empty one names no search at all,
 * `.` or `..` would be dot segments that reach another endpoint (`/conversations/search/..` is
 * `/conversations`), and text with a lone surrogate has no URL form (see providers/pathSegment.ts).
 */
function toSearchArgs(query: string): FrontSearchArgs {
  const trimmed = query.trim();
  if (trimmed === '') throw badUserInput('`query` must not be empty; pass Front search syntax such as `is:open refund`.', { argument: 'query' });
  if (!isPathSegment(trimmed)) {
    throw badUserInput(`\`query\` cannot be ${JSON.stringify(trimmed)}: Front takes the query as a URL path segment, which cannot be \`.\`, \`..\` or invalid Unicode. Pass Front search syntax such as \`is:open refund\`.`, { argument: 'query' });
  }
  return { query: trimmed };
}

/**
 * Front embeds each conversation's assignee and tags in full: they are primed too, so a lookup of
 * that teammate or tag later in the request costs no call.
 */
function primeConversations(loaders: Loaders) {
  return (connection: Connection<FrontConversationModel>): Connection<FrontConversationModel> => {
    primeNodes(loaders.front.conversations, connection.nodes);
    primeNodes(loaders.front.teammates, connection.nodes.flatMap((conversation) => conversation.assignee ?? []));
    primeNodes(loaders.front.tags, connection.nodes.flatMap((conversation) => conversation.tags));
    return connection;
  };
}

/** `Query.front` and the Front types: each connection hands its paginator and normalised arguments to the engine. */
export const frontResolvers: Resolvers = {
  Query: {
    front: () => ({}),
  },
  FrontQuery: {
    conversations: (_parent, args, context) =>
      resolveConnection(context.providers.front.conversations, toConversationArgs(args.statuses, args.sortOrder), args, context.relay).then(
        primeConversations(context.loaders),
      ),
    searchConversations: (_parent, args, context) =>
      resolveConnection(context.providers.front.searchConversations, toSearchArgs(args.query), args, context.relay).then(primeConversations(context.loaders)),
    contacts: (_parent, args, context) =>
      resolveConnection(context.providers.front.contacts, { updatedSince: args.updatedSince ?? null }, args, context.relay).then(primed(context.loaders.front.contacts)),
    accounts: (_parent, args, context) =>
      resolveConnection(context.providers.front.accounts, {}, args, context.relay).then(primed(context.loaders.front.accounts)),
    tags: (_parent, args, context) => resolveConnection(context.providers.front.tags, {}, args, context.relay).then(primed(context.loaders.front.tags)),
    inboxes: (_parent, args, context) =>
      resolveConnection(context.providers.front.inboxes, {}, args, context.relay).then(primed(context.loaders.front.inboxes)),
    teammates: (_parent, args, context) =>
      resolveConnection(context.providers.front.teammates, {}, args, context.relay).then(primed(context.loaders.front.teammates)),
    teams: (_parent, args, context) => resolveConnection(context.providers.front.teams, {}, args, context.relay).then(primed(context.loaders.front.teams)),
    channels: (_parent, args, context) =>
      resolveConnection(context.providers.front.channels, {}, args, context.relay).then(primed(context.loaders.front.channels)),
    events: (_parent, args, context) =>
      resolveConnection(context.providers.front.events, toEventArgs(args.emittedAfter, args.emittedBefore, args.types, args.sortOrder), args, context.relay).then(
        primeEvents(context.loaders),
      ),
  },
  FrontConversation: {
    id: globalIdOf('front', 'FrontConversation'),
    provider: () => 'FRONT',
    conversationStatus: frontConversationStatus,
    requester: (conversation, _args, context) => loadOptional(context.loaders.front.contacts, conversation.recipient?.contactId ?? null),
    messages: (conversation, args, context) =>
      resolveConnection(context.providers.front.conversationMessages, { conversationId: conversation.nativeId }, args, context.relay),
    comments: (conversation, args, context) =>
      resolveConnection(context.providers.front.conversationComments, { conversationId: conversation.nativeId }, args, context.relay),
    inboxes: async (conversation, _args, context) => {
      const inboxes = (await context.loaders.front.conversationInboxes.load(conversation.nativeId)) ?? [];
      primeNodes(context.loaders.front.inboxes, inboxes);
      return [...inboxes];
    },
  },
  FrontRecipient: {
    contact: (recipient, _args, context) => loadOptional(context.loaders.front.contacts, recipient.contactId),
  },
  FrontMessage: { id: globalIdOf('front', 'FrontMessage') },
  FrontComment: { id: globalIdOf('front', 'FrontComment') },
  FrontContact: {
    id: globalIdOf('front', 'FrontContact'),
    provider: () => 'FRONT',
    email: (contact) => contact.handles.find((handle) => handle.source === 'email')?.handle ?? null,
  },
  FrontAccount: { id: globalIdOf('front', 'FrontAccount') },
  FrontTag: { id: globalIdOf('front', 'FrontTag') },
  FrontInbox: { id: globalIdOf('front', 'FrontInbox') },
  FrontTeam: { id: globalIdOf('front', 'FrontTeam') },
  FrontChannel: {
    id: globalIdOf('front', 'FrontChannel'),
    inbox: (channel, _args, context) => loadOptional(context.loaders.front.inboxes, channel.inboxId),
  },
  FrontEvent: { id: globalIdOf('front', 'FrontEvent') },
  FrontTeammate: {
    id: globalIdOf('front', 'FrontTeammate'),
    provider: () => 'FRONT',
    name: (teammate) => `${teammate.firstName} ${teammate.lastName}`.trim(),
  },
};
