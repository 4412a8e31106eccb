import type { Random } from '../../../simulators/kit/random';
import type {
  IntercomAdmin,
  IntercomContact,
  IntercomConversation,
  IntercomTag,
  IntercomTagReference,
  IntercomTeam,
} from './intercomDataset';

const subjects = ['Cannot log in', 'Refund request', 'Invoice question', 'Feature idea', 'Bug report', 'Export is slow'];

export function tagReferences(random: Random, tags: IntercomTag[], admins: IntercomAdmin[], at: number): IntercomTagReference[] {
  if (tags.length === 0 || admins.length === 0) return [];
  const count = random.pick([0, 0, 1, 2]);
  const picked = new Map<string, IntercomTag>();
  while (picked.size < Math.min(count, tags.length)) {
    const tag = random.pick(tags);
    picked.set(tag.id, tag);
  }
  return [...picked.values()].map((tag) => ({
    type: 'tag',
    id: tag.id,
    name: tag.name,
    applied_at: at,
    applied_by: { type: 'admin', id: random.pick(admins).id },
  }));
}

function lifecycle(random: Random, createdAt: number, updatedAt: number) {
  const state = random.pick(['open', 'open', 'closed', 'closed', 'closed', 'snoozed'] as const);
  return {
    state,
    // A snoozed conversation is still open in Intercom; only closed ones report open: false.
    open: state !== 'closed',
    snoozed_until: state === 'snoozed' ? updatedAt + random.int(1, 72) * 3600 : null,
    waiting_since: state === 'open' && random.next() < 0.6 ? random.int(createdAt, updatedAt) : null,
  };
}

function statistics(random: Random, createdAt: number, updatedAt: number, closed: boolean) {
  const replied = random.next() < 0.85;
  return {
    type: 'conversation_statistics' as const,
    time_to_assignment: random.next() < 0.7 ? random.int(0, 3600) : null,
    time_to_admin_reply: replied ? random.int(30, 86400) : null,
    first_admin_reply_at: replied ? random.int(createdAt, updatedAt) : null,
    last_close_at: closed ? updatedAt : null,
    count_reopens: random.int(0, 3),
    count_assignments: random.int(0, 4),
    count_conversation_parts: random.int(1, 40),
  };
}

/** Conversations reference existing contacts, admins, teams and tags of the same data set. */
export function generateConversations(
  random: Random,
  count: number,
  now: number,
  refs: { contacts: IntercomContact[]; admins: IntercomAdmin[]; teams: IntercomTeam[]; tags: IntercomTag[] },
): IntercomConversation[] {
  const conversations: IntercomConversation[] = [];
  for (let index = 0; index < count; index += 1) {
    const createdAt = now - random.int(0, 500) * 86400 - random.int(0, 86399);
    // Every 10th conversation shares `updated_at` with an earlier one so tie-breaking by id is exercised.
    const earlier = index % 10 === 9 ? conversations[random.int(0, index - 1)] : undefined;
    const updatedAt = earlier ? Math.max(earlier.updated_at, createdAt) : random.int(createdAt, now);
    const contact = refs.contacts.length > 0 ? random.pick(refs.contacts) : undefined;
    const admin = refs.admins.length > 0 && random.next() < 0.8 ? random.pick(refs.admins) : undefined;
    const team = refs.teams.length > 0 && random.next() < 0.6 ? random.pick(refs.teams) : undefined;
    const life = lifecycle(random, createdAt, updatedAt);
    const subject = random.pick(subjects);
    conversations.push({
      type: 'conversation',
      id: String(1000 + index),
      title: random.next() < 0.7 ? `${subject} #${index + 1}` : null,
      created_at: createdAt,
      updated_at: updatedAt,
      waiting_since: life.waiting_since,
      snoozed_until: life.snoozed_until,
      open: life.open,
      state: life.state,
      read: random.next() < 0.6,
      priority: random.pick(['none', 'none', 'none', 'low', 'medium', 'high', 'urgent'] as const),
      admin_assignee_id: admin ? Number(admin.id) : null,
      team_assignee_id: team ? Number(team.id) : null,
      source: {
        type: random.pick(['conversation', 'conversation', 'email', 'push', 'twitter', 'facebook'] as const),
        id: String(403918000 + index),
        delivered_as: random.pick(['customer_initiated', 'admin_initiated', 'automated'] as const),
        subject: '',
        body: `<p>${subject}</p>`,
        author: contact
          ? { type: contact.role, id: contact.id, name: contact.name, email: contact.email }
          : { type: 'lead', id: 'unknown', name: null, email: 'unknown@example.com' },
        attachments: [],
        url: null,
        redacted: false,
      },
      contacts: {
        type: 'contact.list',
        contacts: contact ? [{ type: 'contact', id: contact.id, external_id: contact.external_id }] : [],
      },
      teammates: { type: 'admin.list', teammates: admin ? [{ type: 'admin', id: admin.id }] : [] },
      tags: { type: 'tag.list', tags: tagReferences(random, refs.tags, refs.admins, updatedAt) },
      statistics: statistics(random, createdAt, updatedAt, life.state === 'closed'),
      custom_attributes: {},
    });
  }
  return conversations;
}
