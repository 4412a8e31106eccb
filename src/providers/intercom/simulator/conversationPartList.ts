import type { IntercomConversationPart } from './intercomDataset';

/**
 * retrieveConversation: "The maximum number of conversation parts that can be returned via the API
 * is 500. If you have more than that we will return the 500 most recent conversation parts."
 */
export const INTERCOM_CONVERSATION_PARTS_MAX = 500;

/**
 * Spec v2.16 `conversation_parts`, the list a retrieved conversation carries (list and search
 * responses leave it out: "only returned when Retrieving a Conversation"): the 500 most recent
 * parts, oldest first as in the spec's example. The spec does not say whether `total_count` counts
 * every part or those returned; its example has both equal, and the simulator sends the number
 * returned.
 */
export function conversationPartList(parts: ReadonlyArray<IntercomConversationPart>) {
  const returned = parts.slice(-INTERCOM_CONVERSATION_PARTS_MAX);
  return { type: 'conversation_part.list' as const, conversation_parts: returned, total_count: returned.length };
}
