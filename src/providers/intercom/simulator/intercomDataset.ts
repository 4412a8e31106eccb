/**
 * The records the Intercom simulator serves, in the shapes the API returns them (spec v2.16, trimmed
 * to the fields a client of this project can use). Ids of top-level objects are strings; assignee
 * ids on conversations and tickets are integers, because the spec types them that way.
 * Timestamps are unix seconds.
 */

export interface IntercomContactReference {
  type: 'contact';
  id: string;
  external_id: string | null;
}

export interface IntercomTagReference {
  type: 'tag';
  id: string;
  name: string;
  applied_at: number;
  applied_by: { type: 'admin'; id: string };
}

export interface IntercomAdmin {
  type: 'admin';
  id: string;
  name: string;
  email: string;
  job_title: string | null;
  away_mode_enabled: boolean;
  away_mode_reassign: boolean;
  has_inbox_seat: boolean;
  team_ids: number[];
}

export interface IntercomTeam {
  type: 'team';
  id: string;
  name: string;
  admin_ids: number[];
}

export interface IntercomTag {
  type: 'tag';
  id: string;
  name: string;
}

export interface IntercomCompany {
  type: 'company';
  id: string;
  company_id: string;
  app_id: string;
  name: string;
  plan: { type: 'plan'; id: string; name: string } | Record<string, never>;
  remote_created_at: number;
  created_at: number;
  updated_at: number;
  last_request_at: number;
  monthly_spend: number;
  session_count: number;
  user_count: number;
  website: string | null;
  industry: string | null;
  custom_attributes: Record<string, string>;
  tags: { type: 'tag.list'; tags: IntercomTagReference[] };
  segments: { type: 'segment.list'; segments: [] };
}

export interface IntercomListOf<T> {
  type: 'list';
  data: T[];
  url: string;
  total_count: number;
  has_more: boolean;
}

export interface IntercomContact {
  type: 'contact';
  id: string;
  workspace_id: string;
  external_id: string | null;
  role: 'user' | 'lead';
  email: string;
  email_domain: string;
  phone: string | null;
  name: string | null;
  owner_id: number | null;
  has_hard_bounced: boolean;
  marked_email_as_spam: boolean;
  unsubscribed_from_emails: boolean;
  created_at: number;
  updated_at: number;
  signed_up_at: number | null;
  last_seen_at: number | null;
  last_replied_at: number | null;
  last_contacted_at: number | null;
  browser: string | null;
  os: string | null;
  custom_attributes: Record<string, string>;
  location: { type: 'location'; country: string | null; region: string | null; city: string | null };
  tags: IntercomListOf<{ type: 'tag'; id: string; url: string }>;
  companies: IntercomListOf<{ type: 'company'; id: string; url: string }>;
}

export interface IntercomConversationStatistics {
  type: 'conversation_statistics';
  time_to_assignment: number | null;
  time_to_admin_reply: number | null;
  first_admin_reply_at: number | null;
  last_close_at: number | null;
  count_reopens: number;
  count_assignments: number;
  count_conversation_parts: number;
}

export interface IntercomConversation {
  type: 'conversation';
  id: string;
  title: string | null;
  created_at: number;
  updated_at: number;
  waiting_since: number | null;
  snoozed_until: number | null;
  open: boolean;
  state: 'open' | 'closed' | 'snoozed';
  read: boolean;
  priority: 'none' | 'low' | 'medium' | 'high' | 'urgent';
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  source: {
    type: 'conversation' | 'email' | 'push' | 'twitter' | 'facebook';
    id: string;
    delivered_as: 'customer_initiated' | 'admin_initiated' | 'automated';
    subject: string;
    body: string;
    author: { type: 'user' | 'lead' | 'admin'; id: string; name: string | null; email: string };
    attachments: [];
    url: string | null;
    redacted: boolean;
  };
  contacts: { type: 'contact.list'; contacts: IntercomContactReference[] };
  teammates: { type: 'admin.list'; teammates: Array<{ type: 'admin'; id: string }> };
  tags: { type: 'tag.list'; tags: IntercomTagReference[] };
  statistics: IntercomConversationStatistics;
  custom_attributes: Record<string, string>;
}

/** Spec v2.16 `conversation_part` (trimmed): one message or action in a conversation. */
export interface IntercomConversationPart {
  type: 'conversation_part';
  /** The schema types it a string; the retrieveConversation example writes integers. */
  id: string;
  part_type: 'comment' | 'note' | 'assignment' | 'open' | 'close';
  body: string | null;
  created_at: number;
  updated_at: number;
  notified_at: number;
  assigned_to: { type: 'admin'; id: string } | null;
  author: { type: 'admin' | 'user' | 'lead'; id: string; name: string | null; email: string };
  attachments: [];
  external_id: string | null;
  redacted: boolean;
  email_message_metadata: null;
  state: 'open' | 'closed' | 'snoozed';
  tags: [];
  event_details: null;
  app_package_code: string | null;
}

/** Spec v2.16 `segment`. `count` is sent only when the request asks `include_count=true`. */
export interface IntercomSegment {
  type: 'segment';
  id: string;
  name: string;
  created_at: number;
  updated_at: number;
  person_type: 'user' | 'contact';
  count: number;
}

/** Spec v2.16 `data_attribute`. Only custom attributes have an `id` (an integer) and an `admin_id`. */
export interface IntercomDataAttribute {
  type: 'data_attribute';
  id?: number;
  model: 'contact' | 'company';
  name: string;
  full_name: string;
  label: string;
  description: string;
  data_type: 'string' | 'integer' | 'float' | 'boolean' | 'date';
  options?: string[];
  api_writable: boolean;
  messenger_writable: boolean;
  ui_writable: boolean;
  custom: boolean;
  archived: boolean;
  created_at?: number;
  updated_at?: number;
  admin_id?: string;
}

/** Spec v2.16 `note`: an admin's note on a contact. */
export interface IntercomNote {
  type: 'note';
  id: string;
  created_at: number;
  contact: { type: 'contact'; id: string };
  author: { type: 'admin'; id: string; name: string; email: string; away_mode_enabled: boolean; away_mode_reassign: boolean };
  body: string;
}

/** Spec v2.16 `article_list_item` (trimmed). */
export interface IntercomArticle {
  type: 'article';
  id: string;
  workspace_id: string;
  title: string;
  description: string;
  body: string;
  author_id: number;
  state: 'published' | 'draft';
  created_at: number;
  updated_at: number;
  url: string;
  parent_id: number | null;
  parent_ids: number[];
  parent_type: 'collection' | null;
  default_locale: string;
}

export type IntercomTicketStateCategory = 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved';

export interface IntercomTicket {
  type: 'ticket';
  id: string;
  ticket_id: string;
  category: 'Customer' | 'Back-office' | 'Tracker';
  ticket_attributes: { _default_title_: string; _default_description_: string | null };
  ticket_state: {
    type: 'ticket_state';
    id: string;
    category: IntercomTicketStateCategory;
    internal_label: string;
    external_label: string;
  };
  ticket_type: { type: 'ticket_type'; id: string; name: string; category: 'Customer' | 'Back-office' | 'Tracker' };
  contacts: { type: 'contact.list'; contacts: IntercomContactReference[] };
  /** The spec says 0, not null, when the ticket has no admin (or team) assignee. */
  admin_assignee_id: number;
  team_assignee_id: number;
  created_at: number;
  updated_at: number;
  open: boolean;
  snoozed_until: number | null;
  is_shared: boolean;
}

/**
 * Everything attached to one contact. The contact object embeds at most 10 of each (spec v2.16
 * `contact_companies` / `contact_tags`: "Up to 10 will be displayed here. Use the url to get more"),
 * so the whole lists live here and back `GET /contacts/{id}/companies` and `/tags`.
 */
export interface IntercomContactAttachments {
  readonly companyIds: ReadonlyArray<string>;
  readonly tagIds: ReadonlyArray<string>;
}

export interface IntercomDataset {
  readonly conversations: IntercomConversation[];
  readonly contacts: IntercomContact[];
  /** By contact id: every company and tag attached, of which the contact embeds the first 10. */
  readonly contactAttachments: ReadonlyMap<string, IntercomContactAttachments>;
  readonly companies: IntercomCompany[];
  readonly admins: IntercomAdmin[];
  readonly teams: IntercomTeam[];
  readonly tags: IntercomTag[];
  readonly tickets: IntercomTicket[];
  /**
   * Every part of a conversation, oldest first, `statistics.count_conversation_parts` of them. Built
   * on first read (a conversation's parts depend only on the seed and the conversation), so a
   * simulator start does not pay for ~40,000 parts nobody reads.
   */
  conversationParts(conversationId: string): ReadonlyArray<IntercomConversationPart>;
  /** A contact's notes, newest first (built on first read, as conversation parts). */
  contactNotes(contactId: string): ReadonlyArray<IntercomNote>;
  /** retrieveNote: the note with this id, if any. */
  noteById(noteId: string): IntercomNote | undefined;
  /** listArticles: paged by page number, most recently updated first. */
  readonly articles: IntercomArticle[];
  /** listSegments: one unpaged list. */
  readonly segments: IntercomSegment[];
  /** lisDataAttributes: the standard attributes of contacts and companies first, then custom ones. */
  readonly dataAttributes: IntercomDataAttribute[];
  /** The newest timestamp in the data set: "now" for the simulated workspace. */
  readonly generatedAt: number;
}

export interface IntercomDatasetSizes {
  conversations: number;
  contacts: number;
  companies: number;
  admins: number;
  teams: number;
  tags: number;
  tickets: number;
  /** Optional so callers that predate them keep compiling; absent means the default (160 each). */
  segments?: number;
  dataAttributes?: number;
  /** Absent means the default (700). */
  articles?: number;
}
