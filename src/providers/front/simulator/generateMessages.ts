import type { Random } from '../../../simulators/kit/random';
import { frontId } from './frontId';
import type { FrontLinks } from './frontLinks';
import type { FrontContact, FrontMessage, FrontRecipient, FrontTeammate } from './frontDataset';
import { frontTimestamp } from './frontTimestamp';
import { bodyWords } from './frontVocabulary';
import { chance, hexDigits, phrase } from './randomPicks';

export interface MessageThreadSpec {
  readonly conversationId: string;
  /** Message ids are derived from it, so they stay unique without a shared counter. */
  readonly conversationIndex: number;
  readonly maxPerConversation: number;
  readonly count: number;
  readonly subject: string;
  readonly contact: FrontContact | null;
  readonly teammates: ReadonlyArray<FrontTeammate>;
  readonly startSeconds: number;
}

/** The company address outbound mail is sent from and inbound mail is sent to. */
const companyHandle = 'support@acme.example';

/** A chronological thread: the first message is the customer's, later ones alternate at random. */
export function generateMessages(random: Random, links: FrontLinks, spec: MessageThreadSpec): FrontMessage[] {
  const messages: FrontMessage[] = [];
  let clock = spec.startSeconds;
  for (let index = 0; index < spec.count; index += 1) {
    const inbound = index === 0 || spec.teammates.length === 0 || chance(random, 0.5);
    const previous = messages[messages.length - 1];
    messages.push(generateMessage(random, links, spec, { index, inbound, clock, previous }));
    // Replies come minutes to two days apart.
    clock += 300 + random.next() * 2 * 24 * 3600;
  }
  return messages;
}

interface MessagePosition {
  readonly index: number;
  readonly inbound: boolean;
  readonly clock: number;
  readonly previous: FrontMessage | undefined;
}

function generateMessage(random: Random, links: FrontLinks, spec: MessageThreadSpec, at: MessagePosition): FrontMessage {
  const id = frontId('msg', spec.conversationIndex * spec.maxPerConversation + at.index);
  const author = at.inbound ? null : random.pick(spec.teammates);
  const text = `${phrase(random, bodyWords, random.int(8, 30))}.`;
  return {
    _links: {
      self: links.to('messages', id),
      related: {
        conversation: links.to('conversations', spec.conversationId),
        ...(at.previous ? { message_replied_to: at.previous._links.self } : {}),
        message_seen: links.to('messages', id, 'seen'),
      },
    },
    id,
    message_uid: hexDigits(random, 32),
    type: 'email',
    is_inbound: at.inbound,
    draft_mode: null,
    version: hexDigits(random, 32),
    created_at: frontTimestamp(at.clock),
    subject: at.index === 0 ? spec.subject : `Re: ${spec.subject}`,
    blurb: text.slice(0, 80),
    author,
    recipients: messageRecipients(links, spec, at.inbound, author),
    body: `<p>${text}</p>`,
    text,
    attachments: [],
    metadata: {},
  };
}

function messageRecipients(
  links: FrontLinks,
  spec: MessageThreadSpec,
  inbound: boolean,
  author: FrontTeammate | null,
): FrontRecipient[] {
  const customer: Omit<FrontRecipient, 'role'> = {
    _links: { related: { contact: spec.contact ? links.to('contacts', spec.contact.id) : null } },
    name: spec.contact?.name ?? null,
    handle: spec.contact?.handles[0]?.handle ?? `unknown.${spec.conversationIndex}@customer.example`,
  };
  const company: Omit<FrontRecipient, 'role'> = {
    _links: { related: { contact: null } },
    name: author ? `${author.first_name} ${author.last_name}` : 'Acme Support',
    handle: author?.email ?? companyHandle,
  };
  return inbound
    ? [{ ...customer, role: 'from' }, { ...company, role: 'to' }]
    : [{ ...company, role: 'from' }, { ...customer, role: 'to' }];
}
