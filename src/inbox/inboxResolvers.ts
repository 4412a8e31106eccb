import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';

import type { GraphContext } from '../context';
import { ErrorCode } from '../errorCodes';
import { isProviderError } from '../providers/providerError';
import type { ProviderApi, ProviderModule } from '../registry/providerModule';
import { type MergedConnection, type MergeStream, resolveMergedConnection, type StreamFailure } from '../relay/mergeConnection';
import { nodeTypeOf } from '../resolvers/nodeType';
import type { ConversationStatus, InboxFilter, ProviderInbox } from './inboxContract';

/** `Query.conversations`' arguments as GraphQL hands them over (`Provider` values are module names, upper-cased). */
export interface ConversationsArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly providers?: ReadonlyArray<string> | null;
  readonly status?: ReadonlyArray<ConversationStatus> | null;
  readonly updatedSince?: string | null;
}

interface Member {
  readonly module: ProviderModule;
  readonly inbox: ProviderInbox<ProviderApi>;
  /** Its `Provider` enum value. */
  readonly value: string;
}

/** A module's `Provider` value: its name, upper-cased (its SDL adds it with `extend enum Provider`). */
export const providerValueOf = (module: ProviderModule): string => module.name.toUpperCase();

/** The modules that take part in the inbox, in registry order. */
export function inboxMembers(modules: ReadonlyArray<ProviderModule>): ReadonlyArray<Member> {
  return modules.flatMap((module) => (module.inbox ? [{ module, inbox: module.inbox, value: providerValueOf(module) }] : []));
}

/**
 * `Query.conversations` over the registry's inbox members, and `__resolveType` of the inbox
 * interfaces. Names no provider: each module brings its stream (src/providers/<p>/graph/inbox.ts).
 */
export function createInboxResolvers(modules: ReadonlyArray<ProviderModule>) {
  const members = inboxMembers(modules);
  return {
    Query: {
      conversations: (_parent: unknown, args: ConversationsArgs, context: GraphContext, info: GraphQLResolveInfo) => resolveConversations(members, args, context, info),
    },
    SupportConversation: { __resolveType: nodeTypeOf },
    Person: { __resolveType: nodeTypeOf },
    Agent: { __resolveType: nodeTypeOf },
  };
}

async function resolveConversations(members: ReadonlyArray<Member>, args: ConversationsArgs, context: GraphContext, info: GraphQLResolveInfo): Promise<MergedConnection> {
  const wanted = args.providers ? new Set(args.providers) : null;
  const statuses = args.status ? [...new Set(args.status)].sort() : null;
  const filter: InboxFilter = {
    statuses: statuses ? new Set(statuses) : null,
    // The DateTime scalar has already checked and normalised it (ISO 8601, UTC).
    updatedSince: args.updatedSince ? Date.parse(args.updatedSince) : null,
  };
  // The record is keyed by module name: what each provider's `ProviderApis` member declares (context.ts).
  const apis = context.providers as unknown as Readonly<Record<string, ProviderApi>>;
  const selected = members.filter((member) => wanted === null || wanted.has(member.value));
  const streams: MergeStream[] = [];
  for (const member of selected) {
    const stream = member.inbox.stream(apis[member.module.name] as ProviderApi, filter);
    if (stream !== null) streams.push(stream);
  }
  const connection = await resolveMergedConnection(
    streams,
    { first: args.first ?? null, after: args.after ?? null },
    {
      resource: 'conversations',
      filter: { providers: selected.map((member) => member.value), status: statuses, updatedSince: args.updatedSince ?? null },
    },
    context.relay,
  );
  const path = responsePathAsArray(info.path);
  for (const failure of connection.failures) {
    const member = selected.find((candidate) => candidate.module.name === failure.stream);
    context.reportPartialError(failureError(failure, member?.module.title ?? failure.stream, path, context));
  }
  return connection;
}

/**
 * The coded error of a provider left out of the page, naming it (`extensions.provider`). Coded errors
 * keep their code and details; anything else is a bug, logged in full and sent masked.
 */
function failureError(failure: StreamFailure, title: string, path: ReadonlyArray<string | number>, context: GraphContext): GraphQLError {
  const { error, stream } = failure;
  const left = 'its conversations are left out of this page; `after` with any of its cursors retries it from where it stood.';
  if (isProviderError(error)) {
    return new GraphQLError(`${title}: ${error.message} (${left})`, { path, extensions: { ...error.details, code: error.code, provider: stream } });
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    return new GraphQLError(`${title}: ${error.message} (${left})`, { path, extensions: { ...error.extensions, provider: stream } });
  }
  context.logger.error({ err: error, provider: stream }, 'merged inbox: a provider failed unexpectedly');
  return new GraphQLError(`${title}: internal error (${left})`, { path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, provider: stream } });
}
