import type { JsonValue, Paginator } from '../providers/types';
import { defineMergeStream, type MergeStream } from '../relay/mergeConnection';
import { tagNodeType } from '../resolvers/nodeType';

/** `ConversationStatus` of schema/inbox.graphql. */
export type ConversationStatus = 'OPEN' | 'PENDING' | 'SNOOZED' | 'CLOSED';

/** `Query.conversations`' filters, checked; a provider's inbox stream applies what it can server-side. */
export interface InboxFilter {
  /** `null`: every status. */
  readonly statuses: ReadonlySet<ConversationStatus> | null;
  /** Epoch milliseconds; `null`: no lower bound. */
  readonly updatedSince: number | null;
}

/**
 * A provider's share of the merged inbox, declared in its own folder (`inbox` of its ProviderModule).
 * Its SDL adds its value to `enum Provider` (its name, upper-cased) and makes `typename` implement
 * `SupportConversation`; the merge (src/relay/mergeConnection.ts) and `Query.conversations`
 * (src/inbox/inboxResolvers.ts) name no provider.
 */
export interface ProviderInbox<TApi> {
  /** Its conversation type, which implements `SupportConversation`. */
  readonly typename: string;
  /**
   * Its conversations for this filter, most recently updated first (built with {@link inboxStream}),
   * or `null` when the filter selects none of them (no call is made).
   */
  stream(api: TApi, filter: InboxFilter): MergeStream | null;
}

export interface InboxStreamSpec<TNode extends object, TArgs extends JsonValue, TToken extends JsonValue> {
  /** A list sorted by update time, newest first, by the provider itself. */
  readonly paginator: Paginator<TNode, TArgs, TToken>;
  readonly args: TArgs;
  /** ISO 8601; `null` where the provider may leave it out: such a conversation sorts as the oldest. */
  updatedAt(node: TNode): string | null;
  status(node: TNode): ConversationStatus;
  /** The provider serves only the statuses asked for (else the gateway leaves out the others as pages arrive). */
  readonly filtersStatus: boolean;
  /** The provider's count (on its pages or from its count endpoint) counts the whole unfiltered list. */
  readonly counts: boolean;
}

/**
 * A provider's inbox stream: its list, with the filters it does not apply itself applied as pages
 * arrive. `updatedSince` is always applied here: the list is sorted by update time, so it ends at
 * its first older conversation, which costs at most the rest of that page.
 */
export function inboxStream<TNode extends object, TArgs extends JsonValue, TToken extends JsonValue>(
  provider: string,
  typename: string,
  filter: InboxFilter,
  spec: InboxStreamSpec<TNode, TArgs, TToken>,
): MergeStream {
  const keyOf = (node: TNode): number => {
    const time = Date.parse(spec.updatedAt(node) ?? '');
    return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY;
  };
  const { statuses, updatedSince } = filter;
  return defineMergeStream({
    name: provider,
    paginator: spec.paginator,
    args: spec.args,
    keyOf,
    admit: (node) => (statuses === null || statuses.has(spec.status(node))) && (updatedSince === null || keyOf(node) >= updatedSince),
    // An undated conversation ends nothing: it is left out by `admit` and the list goes on.
    endsBefore: (node) => updatedSince !== null && Number.isFinite(keyOf(node)) && keyOf(node) < updatedSince,
    // Tagged with its type for `SupportConversation.__resolveType` (a copy, as `node(id:)` tags one).
    present: (node) => tagNodeType(node, typename),
    countIsExact: spec.counts && (statuses === null || spec.filtersStatus) && updatedSince === null,
  });
}
