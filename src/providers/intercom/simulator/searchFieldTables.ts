import type { IntercomContact, IntercomContactAttachments, IntercomConversation, IntercomTicket } from './intercomDataset';
import type { SearchField, SearchFields, SearchFieldType, SearchFieldValue } from './searchField';

function field<T>(type: SearchFieldType, read: (record: T) => SearchFieldValue): SearchField<T> {
  return { type, read };
}

function manyStrings<T>(read: (record: T) => ReadonlyArray<string>): SearchField<T> {
  return { type: 'string', read, multiValued: true };
}

/**
 * The subset of searchConversations' accepted fields that the simulated records carry. `title` is
 * not in the table but is a key of the conversation model, which the text says is searchable.
 */
export const conversationSearchFields: SearchFields<IntercomConversation> = {
  id: field('string', (c) => c.id),
  created_at: field('date', (c) => c.created_at),
  updated_at: field('date', (c) => c.updated_at),
  title: field('string', (c) => c.title),
  state: field('string', (c) => c.state),
  open: field('boolean', (c) => c.open),
  read: field('boolean', (c) => c.read),
  priority: field('string', (c) => c.priority),
  admin_assignee_id: field('integer', (c) => c.admin_assignee_id),
  team_assignee_id: field('integer', (c) => c.team_assignee_id),
  waiting_since: field('date', (c) => c.waiting_since),
  snoozed_until: field('date', (c) => c.snoozed_until),
  'source.type': field('string', (c) => c.source.type),
  'source.id': field('string', (c) => c.source.id),
  'source.delivered_as': field('string', (c) => c.source.delivered_as),
  'source.author.id': field('string', (c) => c.source.author.id),
  'source.author.type': field('string', (c) => c.source.author.type),
  'source.author.name': field('string', (c) => c.source.author.name),
  'source.author.email': field('string', (c) => c.source.author.email),
  contact_ids: manyStrings((c) => c.contacts.contacts.map((contact) => contact.id)),
  teammate_ids: manyStrings((c) => c.teammates.teammates.map((teammate) => teammate.id)),
  tag_ids: manyStrings((c) => c.tags.tags.map((tag) => tag.id)),
  'statistics.time_to_assignment': field('integer', (c) => c.statistics.time_to_assignment),
  'statistics.time_to_admin_reply': field('integer', (c) => c.statistics.time_to_admin_reply),
  'statistics.first_admin_reply_at': field('date', (c) => c.statistics.first_admin_reply_at),
  'statistics.last_close_at': field('date', (c) => c.statistics.last_close_at),
  'statistics.count_reopens': field('integer', (c) => c.statistics.count_reopens),
  'statistics.count_assignments': field('integer', (c) => c.statistics.count_assignments),
  'statistics.count_conversation_parts': field('integer', (c) => c.statistics.count_conversation_parts),
};

/**
 * SearchContacts' accepted fields that the simulated contacts carry. `tag_id` matches every tag on
 * the contact, not only the 10 its object embeds: `attachments` holds the whole lists.
 */
export const contactSearchFields = (attachments: ReadonlyMap<string, IntercomContactAttachments>): SearchFields<IntercomContact> => ({
  id: field('string', (c) => c.id),
  role: field('string', (c) => c.role),
  name: field('string', (c) => c.name),
  owner_id: field('string', (c) => (c.owner_id === null ? null : String(c.owner_id))),
  email: field('string', (c) => c.email),
  email_domain: field('string', (c) => c.email_domain),
  phone: field('string', (c) => c.phone),
  external_id: field('string', (c) => c.external_id),
  created_at: field('date', (c) => c.created_at),
  signed_up_at: field('date', (c) => c.signed_up_at),
  updated_at: field('date', (c) => c.updated_at),
  last_seen_at: field('date', (c) => c.last_seen_at),
  last_contacted_at: field('date', (c) => c.last_contacted_at),
  last_replied_at: field('date', (c) => c.last_replied_at),
  browser: field('string', (c) => c.browser),
  os: field('string', (c) => c.os),
  'location.country': field('string', (c) => c.location.country),
  'location.region': field('string', (c) => c.location.region),
  'location.city': field('string', (c) => c.location.city),
  unsubscribed_from_emails: field('boolean', (c) => c.unsubscribed_from_emails),
  marked_email_as_spam: field('boolean', (c) => c.marked_email_as_spam),
  has_hard_bounced: field('boolean', (c) => c.has_hard_bounced),
  tag_id: { ...manyStrings<IntercomContact>((c) => attachments.get(c.id)?.tagIds ?? c.tags.data.map((tag) => tag.id)), equalityOnly: true },
});

/**
 * searchTickets' accepted fields. `title` reads the default title attribute and `state` the ticket
 * state's category; `ticket_state` is accepted as another name for `state`.
 */
export const ticketSearchFields: SearchFields<IntercomTicket> = {
  id: field('string', (t) => t.id),
  created_at: field('date', (t) => t.created_at),
  updated_at: field('date', (t) => t.updated_at),
  title: field('string', (t) => t.ticket_attributes._default_title_),
  description: field('string', (t) => t.ticket_attributes._default_description_),
  // The text maps categories to search terms: Customer → request, Back-office → task, Tracker → tracker.
  category: field('string', (t) => ({ Customer: 'request', 'Back-office': 'task', Tracker: 'tracker' })[t.category]),
  ticket_type_id: field('string', (t) => t.ticket_type.id),
  contact_ids: manyStrings((t) => t.contacts.contacts.map((contact) => contact.id)),
  admin_assignee_id: field('string', (t) => String(t.admin_assignee_id)),
  team_assignee_id: field('string', (t) => String(t.team_assignee_id)),
  open: field('boolean', (t) => t.open),
  state: field('string', (t) => t.ticket_state.category),
  ticket_state: field('string', (t) => t.ticket_state.category),
  snoozed_until: field('date', (t) => t.snoozed_until),
};
