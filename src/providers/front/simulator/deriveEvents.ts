import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontComment, FrontConversation, FrontEvent, FrontEventType, FrontMessage } from './frontDataset';
import { frontTimestamp } from './frontTimestamp';

export interface EventSources {
  readonly conversations: ReadonlyArray<FrontConversation>;
  readonly messagesByConversation: ReadonlyMap<string, ReadonlyArray<FrontMessage>>;
  readonly commentsByConversation: ReadonlyMap<string, ReadonlyArray<FrontComment>>;
}

type Draft = Omit<FrontEvent, '_links' | 'id'>;

/**
 * The activity the data set implies, as Front's events: a message is an `inbound` or `outbound`
 * event, a comment a `comment`, an assignee an `assign` a minute after creation, each tag a `tag`
 * two minutes after, and an archived conversation an `archive` at its last activity. Ids follow
 * emission order (ties by conversation, then by kind), so the list's order is total.
 */
export function deriveEvents(links: FrontLinks, sources: EventSources): FrontEvent[] {
  const drafts: Draft[] = [];
  for (const conversation of sources.conversations) {
    const event = (type: FrontEventType, at: number, target: Draft['target'], source: Draft['source'] = { _meta: { type: 'api' }, data: null }) =>
      drafts.push({ type, emitted_at: frontTimestamp(at), source, target, conversation });
    for (const message of sources.messagesByConversation.get(conversation.id) ?? []) {
      event(message.is_inbound ? 'inbound' : 'outbound', message.created_at, { _meta: { type: 'message' }, data: message });
    }
    for (const comment of sources.commentsByConversation.get(conversation.id) ?? []) {
      event('comment', comment.posted_at, { _meta: { type: 'comment' }, data: comment }, { _meta: { type: 'teammate' }, data: comment.author });
    }
    if (conversation.assignee) event('assign', conversation.created_at + 60, { _meta: { type: 'teammate' }, data: conversation.assignee });
    for (const tag of conversation.tags) event('tag', conversation.created_at + 120, { _meta: { type: 'tag' }, data: tag });
    if (conversation.status === 'archived') event('archive', conversation.updated_at, null);
  }
  // Array.prototype.sort is stable: equal times keep the insertion order above.
  drafts.sort((a, b) => a.emitted_at - b.emitted_at);
  return drafts.map((draft, index) => {
    const id = frontId('evt', index);
    return { _links: { self: links.to('events', id) }, id, ...draft };
  });
}
