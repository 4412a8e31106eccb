import { createRandom } from '../../../simulators/kit/random';
import type { IntercomAdmin, IntercomConversation, IntercomConversationPart } from './intercomDataset';

/**
 * Every 250th conversation is a long thread of 460 to 620 parts, so some pass the 500 parts that
 * retrieveConversation returns at most ("Hard limit of 500 parts") and some stay under it; every
 * 100th, from the first, has no part yet (nobody answered). The others keep their statistic (1 to 40).
 */
export const LONG_THREAD_EVERY = 250;
const LONG_THREAD_PARTS = [460, 500, 540, 620] as const;
export const UNANSWERED_EVERY = 100;

/** The part count of conversation `index` when it is not its own statistic's: `null` keeps that. */
export function partCountOverride(index: number): number | null {
  if (index % UNANSWERED_EVERY === 0) return 0;
  if (index % LONG_THREAD_EVERY !== LONG_THREAD_EVERY - 1) return null;
  return LONG_THREAD_PARTS[Math.floor(index / LONG_THREAD_EVERY) % LONG_THREAD_PARTS.length] ?? null;
}

const partTypes = ['comment', 'comment', 'comment', 'note', 'assignment', 'close', 'open'] as const;
const replies = ['Thanks, looking into it.', 'Could you send a screenshot?', 'That worked!', 'Still broken for me.', 'Escalating to the team.'];

/**
 * The parts of each conversation, generated on first read from the seed and the conversation alone
 * (its own random stream), so the order in which conversations are read changes nothing. Times are
 * spread from `created_at` to the `updated_at` the conversation had when the data set was built.
 * Part ids are numeric strings, unique across the workspace: the conversation id times 10,000 plus
 * the part's position (at most 620 parts a conversation).
 */
export function createConversationParts(
  seed: number,
  conversations: ReadonlyArray<IntercomConversation>,
  admins: ReadonlyArray<IntercomAdmin>,
): (conversationId: string) => ReadonlyArray<IntercomConversationPart> {
  const built = new Map(conversations.map((conversation) => [conversation.id, { conversation, updatedAt: conversation.updated_at }]));
  const memo = new Map<string, ReadonlyArray<IntercomConversationPart>>();
  return (conversationId) => {
    const known = memo.get(conversationId);
    if (known !== undefined) return known;
    const entry = built.get(conversationId);
    const parts = entry === undefined ? [] : generateParts(seed, entry.conversation, entry.updatedAt, admins);
    memo.set(conversationId, parts);
    return parts;
  };
}

function generateParts(
  seed: number,
  conversation: IntercomConversation,
  updatedAt: number,
  admins: ReadonlyArray<IntercomAdmin>,
): IntercomConversationPart[] {
  const random = createRandom((seed ^ Math.imul(Number(conversation.id) + 1, 0x9e3779b9)) >>> 0);
  const count = conversation.statistics.count_conversation_parts;
  const teammate = conversation.teammates.teammates[0];
  const admin = admins.find((candidate) => candidate.id === teammate?.id);
  const customer = conversation.source.author;
  const span = Math.max(0, updatedAt - conversation.created_at);
  const parts: IntercomConversationPart[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = conversation.created_at + Math.floor((span * (index + 1)) / (count + 1));
    // Only the conversation's teammate writes admin parts (spec: teammates are "admins who wrote a part").
    const partType = admin ? random.pick(partTypes) : 'comment';
    const byAdmin = admin !== undefined && (partType !== 'comment' || random.next() < 0.5);
    const author = byAdmin
      ? { type: 'admin' as const, id: admin.id, name: admin.name, email: admin.email }
      : { type: customer.type === 'admin' ? ('user' as const) : customer.type, id: customer.id, name: customer.name, email: customer.email };
    parts.push({
      type: 'conversation_part',
      id: String(Number(conversation.id) * 10_000 + index + 1),
      part_type: partType,
      body: partType === 'comment' || partType === 'note' ? `<p>${random.pick(replies)}</p>` : null,
      created_at: at,
      updated_at: at,
      notified_at: at,
      assigned_to: partType === 'assignment' && admin ? { type: 'admin', id: admin.id } : null,
      author,
      attachments: [],
      external_id: null,
      redacted: false,
      email_message_metadata: null,
      state: partType === 'close' ? 'closed' : 'open',
      tags: [],
      event_details: null,
      app_package_code: null,
    });
  }
  return parts;
}
