import type { Random } from '../../../simulators/kit/random';
import {
  type ConversationPlacement,
  conversationStatus,
  conversationStatusCategory,
  statusIdOf,
  waitingSince,
} from './conversationStatus';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type {
  FrontComment,
  FrontContact,
  FrontConversation,
  FrontInbox,
  FrontLink,
  FrontMessage,
  FrontRecipient,
  FrontTag,
  FrontTeammate,
} from './frontDataset';
import { datasetEpochSeconds, datasetSpanSeconds, frontTimestamp } from './frontTimestamp';
import { subjectWords } from './frontVocabulary';
import { generateComments } from './generateComments';
import { generateMessages } from './generateMessages';
import { chance, phrase, pickDistinct } from './randomPicks';

export interface ConversationSources {
  readonly teammates: ReadonlyArray<FrontTeammate>;
  readonly inboxes: ReadonlyArray<FrontInbox>;
  readonly tags: ReadonlyArray<FrontTag>;
  readonly contacts: ReadonlyArray<FrontContact>;
  readonly maxMessagesPerConversation: number;
  readonly maxCommentsPerConversation: number;
}

export interface GeneratedConversations {
  readonly conversations: FrontConversation[];
  readonly messagesByConversation: Map<string, ReadonlyArray<FrontMessage>>;
  readonly commentsByConversation: Map<string, ReadonlyArray<FrontComment>>;
  readonly inboxIdsByConversation: Map<string, ReadonlyArray<string>>;
}

export function generateConversations(
  random: Random,
  links: FrontLinks,
  count: number,
  sources: ConversationSources,
): GeneratedConversations {
  const generated: GeneratedConversations = {
    conversations: [],
    messagesByConversation: new Map(),
    commentsByConversation: new Map(),
    inboxIdsByConversation: new Map(),
  };
  for (let index = 0; index < count; index += 1) {
    const { conversation, messages, comments, inboxIds } = generateConversation(random, links, index, sources);
    generated.conversations.push(conversation);
    generated.messagesByConversation.set(conversation.id, messages);
    generated.commentsByConversation.set(conversation.id, comments);
    generated.inboxIdsByConversation.set(conversation.id, inboxIds);
  }
  return generated;
}

interface OneConversation {
  readonly conversation: FrontConversation;
  readonly messages: FrontMessage[];
  readonly comments: FrontComment[];
  readonly inboxIds: string[];
}

function generateConversation(random: Random, links: FrontLinks, index: number, sources: ConversationSources): OneConversation {
  const id = frontId('cnv', index);
  const subject = phrase(random, subjectWords, random.int(2, 6));
  const contact = sources.contacts.length > 0 ? random.pick(sources.contacts) : null;
  const assignee = sources.teammates.length > 0 && chance(random, 0.6) ? random.pick(sources.teammates) : null;
  const placement = pickPlacement(random);
  const createdAt = datasetEpochSeconds + random.next() * datasetSpanSeconds * 0.95;
  const messages = generateMessages(random, links, {
    conversationId: id,
    conversationIndex: index,
    maxPerConversation: sources.maxMessagesPerConversation,
    count: random.int(Math.min(1, sources.maxMessagesPerConversation), sources.maxMessagesPerConversation),
    subject,
    contact,
    teammates: sources.teammates,
    startSeconds: createdAt,
  });
  const lastMessage = messages[messages.length - 1];
  const comments = generateComments(random, links, {
    conversationId: id,
    conversationIndex: index,
    maxPerConversation: sources.maxCommentsPerConversation,
    count: random.int(0, sources.maxCommentsPerConversation),
    teammates: sources.teammates,
    fromSeconds: createdAt,
    toSeconds: (lastMessage?.created_at ?? createdAt) + 24 * 3600,
  });
  const inboxIds = pickDistinct(random, sources.inboxes, random.int(1, 2)).map((inbox) => inbox.id);
  const category = conversationStatusCategory(placement, lastMessage);
  const since = placement === 'open' ? waitingSince(messages) : undefined;
  const conversation: FrontConversation = {
    _links: conversationLinks(links, id, lastMessage),
    id,
    type: 'conversation',
    subject,
    status: conversationStatus(placement, assignee !== null),
    status_id: statusIdOf(category),
    status_category: category,
    ticket_ids: chance(random, 0.3) ? [`TICKET-${index + 1}`] : [],
    assignee,
    recipient: contact ? mainRecipient(contact) : null,
    tags: pickDistinct(random, sources.tags, random.int(0, 3)),
    links: chance(random, 0.1) ? [conversationLink(links, index)] : [],
    custom_fields: {},
    created_at: frontTimestamp(createdAt),
    updated_at: lastActivity(createdAt, messages, comments),
    ...(since === undefined ? {} : { waiting_since: since }),
    is_private: chance(random, 0.05),
    scheduled_reminders: [],
    metadata: {},
  };
  return { conversation, messages, comments, inboxIds };
}

function pickPlacement(random: Random): ConversationPlacement {
  const roll = random.next();
  if (roll < 0.55) return 'open';
  return roll < 0.95 ? 'archived' : 'trashed';
}

/** Front bumps a conversation on new messages and comments; `updated_at` is the latest of them. */
function lastActivity(createdAt: number, messages: ReadonlyArray<FrontMessage>, comments: ReadonlyArray<FrontComment>): number {
  const instants = [createdAt, ...messages.map((m) => m.created_at), ...comments.map((c) => c.posted_at)];
  return frontTimestamp(Math.max(...instants));
}

function conversationLink(links: FrontLinks, index: number): FrontLink {
  const id = frontId('top', index);
  return {
    _links: { self: links.to('links', id) },
    id,
    name: `JIRA-${1000 + index}`,
    type: 'app_jira',
    external_url: `https://tracker.example/browse/JIRA-${1000 + index}`,
    custom_fields: {},
  };
}

function conversationLinks(links: FrontLinks, id: string, lastMessage: FrontMessage | undefined): FrontConversation['_links'] {
  return {
    self: links.to('conversations', id),
    related: {
      events: links.to('conversations', id, 'events'),
      followers: links.to('conversations', id, 'followers'),
      messages: links.to('conversations', id, 'messages'),
      comments: links.to('conversations', id, 'comments'),
      inboxes: links.to('conversations', id, 'inboxes'),
      last_message: lastMessage ? `${lastMessage._links.self}?referer=conversation` : null,
    },
  };
}

/** The conversation's main recipient is the customer who wrote in. */
function mainRecipient(contact: FrontContact): FrontRecipient {
  return {
    _links: { related: { contact: contact._links.self } },
    name: contact.name,
    handle: contact.handles[0]?.handle ?? '',
    role: 'from',
  };
}
