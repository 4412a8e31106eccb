import type { FrontEvent } from './frontDataset';
import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';

/** The spec's EventResponse `type` enum: a `q[types][]` value outside it is refused. */
export const frontEventTypes: ReadonlySet<string> = new Set([
  'assign', 'unassign', 'archive', 'reopen', 'trash', 'restore', 'reminder', 'comment', 'mention', 'inbound', 'outbound',
  'out_reply', 'move', 'forward', 'tag', 'untag', 'sending_error', 'message_bounce_error', 'conversations_merged',
  'link_added', 'link_removed', 'custom_field_updated', 'macro_triggered', 'topic_identified', 'ticket_status_update',
  'call_started', 'call_abandoned', 'call_queued', 'call_on_hold', 'call_parked', 'call_resumed', 'call_connected',
  'call_missed', 'call_hangup', 'call_transferred', 'call_transcript_added', 'call_voicemail_transcript_added',
]);

export type EventFilter = (event: FrontEvent) => boolean;

/**
 * list-events' query object (`activityQuery`): `q[after]` / `q[before]` "a timestamp in seconds
 * with up to 3 decimal places" (both exclusive, as contacts' window), `q[types][]` event types and
 * `q[inboxes][]` inbox ids (any of them; empty: all).
 */
export function readEventFilter(query: URLSearchParams, inboxIdsByConversation: ReadonlyMap<string, ReadonlyArray<string>>): FrontOutcome<EventFilter> {
  const after = readTimestamp(query.get('q[after]'), Number.NEGATIVE_INFINITY);
  const before = readTimestamp(query.get('q[before]'), Number.POSITIVE_INFINITY);
  if (after === null || before === null) return fail(frontError(400, 'q[after] and q[before] must be unix timestamps in seconds'));
  const types = query.getAll('q[types][]');
  const unknown = types.find((type) => !frontEventTypes.has(type));
  if (unknown !== undefined) return fail(frontError(400, `Unknown event type ${unknown}`));
  const typeSet = new Set(types);
  const inboxes = new Set(query.getAll('q[inboxes][]'));
  return succeed(
    (event) =>
      event.emitted_at > after &&
      event.emitted_at < before &&
      (typeSet.size === 0 || typeSet.has(event.type)) &&
      (inboxes.size === 0 || (inboxIdsByConversation.get(event.conversation.id) ?? []).some((id) => inboxes.has(id))),
  );
}

function readTimestamp(raw: string | null, absent: number): number | null {
  if (raw === null) return absent;
  return /^\d+(\.\d{1,3})?$/.test(raw) ? Number(raw) : null;
}
