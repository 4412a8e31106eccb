/**
 * The searchable fields of each Intercom search endpoint, with the types from each operation's own
 * "Accepted Fields" table (spec v2.16: searchConversations, SearchContacts, searchTickets). The type
 * decides which operators and which kind of value a condition may use (see searchQuery.ts).
 */
export type SearchFieldType = 'string' | 'integer' | 'boolean' | 'date';

export interface SearchFieldRule {
  readonly type: SearchFieldType;
  /** SearchContacts: "Searching by `tag_id` supports only the `=` and `!=` operators." */
  readonly equalityOnly?: boolean;
  /** Fields that hold several values (`tag_ids`, `contact_ids`…) or a relation cannot be sorted on. */
  readonly unsortable?: boolean;
}

/**
 * The endpoints disagree on operators, and each is mirrored from its own text:
 * - `contacts`: dates take only `=`, `<`, `>` (matched by calendar day in the workspace's timezone);
 *   `!=`, `<=`, `>=`, `IN`, `NIN` "are not supported on Date fields and return an error".
 * - `conversations` (searchConversations and searchTickets): `=`, `!=`, `IN`, `NIN` on every type and
 *   `>`/`<` ("greater (or equal)"/"lower (or equal)") on integers and dates; `<=`/`>=` are accepted
 *   there too (searchTickets: "You may use the `<=` or `>=` operators").
 */
export type SearchDialect = 'contacts' | 'conversations';

export interface SearchEndpointRules<TField extends string> {
  /** For messages: `conversation search`. */
  readonly label: string;
  readonly dialect: SearchDialect;
  readonly fields: Readonly<Record<TField, SearchFieldRule>>;
}

const string: SearchFieldRule = { type: 'string' };
const integer: SearchFieldRule = { type: 'integer' };
const boolean: SearchFieldRule = { type: 'boolean' };
const date: SearchFieldRule = { type: 'date' };
const manyStrings: SearchFieldRule = { type: 'string', unsortable: true };

const conversationFields = {
  id: string,
  created_at: date,
  updated_at: date,
  'source.type': string,
  'source.id': string,
  'source.delivered_as': string,
  'source.subject': string,
  'source.body': string,
  'source.author.id': string,
  'source.author.type': string,
  'source.author.name': string,
  'source.author.email': string,
  contact_ids: manyStrings,
  teammate_ids: manyStrings,
  admin_assignee_id: integer,
  team_assignee_id: integer,
  open: boolean,
  read: boolean,
  state: string,
  waiting_since: date,
  snoozed_until: date,
  tag_ids: manyStrings,
  priority: string,
  'statistics.time_to_assignment': integer,
  'statistics.time_to_admin_reply': integer,
  'statistics.first_admin_reply_at': date,
  'statistics.last_close_at': date,
  'statistics.count_reopens': integer,
  'statistics.count_assignments': integer,
  'statistics.count_conversation_parts': integer,
} as const satisfies Record<string, SearchFieldRule>;

const contactFields = {
  id: string,
  role: string,
  name: string,
  owner_id: string,
  email: string,
  email_domain: string,
  phone: string,
  external_id: string,
  created_at: date,
  signed_up_at: date,
  updated_at: date,
  last_seen_at: date,
  last_contacted_at: date,
  last_replied_at: date,
  last_email_opened_at: date,
  last_email_clicked_at: date,
  browser: string,
  os: string,
  'location.country': string,
  'location.region': string,
  'location.city': string,
  unsubscribed_from_emails: boolean,
  marked_email_as_spam: boolean,
  has_hard_bounced: boolean,
  segment_id: { type: 'string', unsortable: true },
  tag_id: { type: 'string', unsortable: true, equalityOnly: true },
} as const satisfies Record<string, SearchFieldRule>;

/** searchTickets types both assignee ids as strings, unlike searchConversations. */
const ticketFields = {
  id: string,
  created_at: date,
  updated_at: date,
  title: string,
  description: string,
  category: string,
  ticket_type_id: string,
  contact_ids: manyStrings,
  teammate_ids: manyStrings,
  admin_assignee_id: string,
  team_assignee_id: string,
  open: boolean,
  state: string,
  snoozed_until: date,
} as const satisfies Record<string, SearchFieldRule>;

export type ConversationSearchField = keyof typeof conversationFields;
export type ContactSearchField = keyof typeof contactFields;
export type TicketSearchField = keyof typeof ticketFields;

export const CONVERSATION_SEARCH: SearchEndpointRules<ConversationSearchField> = {
  label: 'conversation search',
  dialect: 'conversations',
  fields: conversationFields,
};

export const CONTACT_SEARCH: SearchEndpointRules<ContactSearchField> = {
  label: 'contact search',
  dialect: 'contacts',
  fields: contactFields,
};

export const TICKET_SEARCH: SearchEndpointRules<TicketSearchField> = {
  label: 'ticket search',
  dialect: 'conversations',
  fields: ticketFields,
};
