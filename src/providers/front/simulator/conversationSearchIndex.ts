import type { FrontConversation, FrontDataset } from './frontDataset';

/** What search needs to know of one conversation beyond the record itself. */
export interface SearchDocument {
  readonly conversation: FrontConversation;
  /** Lower-cased subject and message bodies: Front's search text matches both. */
  readonly text: string;
  readonly inboxIds: ReadonlySet<string>;
  /** The last message came from the customer (Front's `is:unreplied`). */
  readonly unreplied: boolean;
  /** When each message was created: `before:` / `after:` match on them. */
  readonly messageTimes: ReadonlyArray<number>;
}

export function buildSearchIndex(data: FrontDataset): ReadonlyArray<SearchDocument> {
  return data.conversations.map((conversation) => {
    const messages = data.messagesByConversation.get(conversation.id) ?? [];
    return {
      conversation,
      text: [conversation.subject, ...messages.map((message) => message.text)].join('\n').toLowerCase(),
      inboxIds: new Set(data.inboxIdsByConversation.get(conversation.id) ?? []),
      unreplied: messages[messages.length - 1]?.is_inbound ?? false,
      messageTimes: messages.map((message) => message.created_at),
    };
  });
}
