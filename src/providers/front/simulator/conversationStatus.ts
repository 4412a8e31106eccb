import { frontId } from './frontId';
import type { FrontConversationStatus, FrontMessage, FrontStatusCategory } from './frontDataset';

/**
 * Where a conversation lives in Front's UI. Being assigned is orthogonal to it (an archived
 * conversation keeps its assignee), but the single `status` field collapses both: archived and
 * trashed win over assignment, and trashed is reported as `deleted`.
 */
export type ConversationPlacement = 'open' | 'archived' | 'trashed';

export function conversationStatus(placement: ConversationPlacement, assigned: boolean): FrontConversationStatus {
  if (placement === 'trashed') return 'deleted';
  if (placement === 'archived') return 'archived';
  return assigned ? 'assigned' : 'unassigned';
}

/**
 * Ticketing status categories: an open conversation waits on the customer once the company has
 * replied last; archived and trashed ones are resolved.
 */
export function conversationStatusCategory(placement: ConversationPlacement, lastMessage: FrontMessage | undefined): FrontStatusCategory {
  if (placement !== 'open') return 'resolved';
  return lastMessage && !lastMessage.is_inbound ? 'waiting' : 'open';
}

/** The default ticket status of each category (`sts_…`). */
export function statusIdOf(category: FrontStatusCategory): string {
  return frontId('sts', ['open', 'waiting', 'resolved'].indexOf(category));
}

/** Front's `waiting_since`: when the oldest inbound message not yet answered arrived. */
export function waitingSince(messages: ReadonlyArray<FrontMessage>): number | undefined {
  let since: number | undefined;
  for (const message of messages) {
    if (!message.is_inbound) since = undefined;
    else since ??= message.created_at;
  }
  return since;
}
