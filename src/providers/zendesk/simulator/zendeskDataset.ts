/**
 * The records the Zendesk simulator serves, typed exactly as the Support and Help Center APIs
 * send them (snake_case JSON). The data set holds them pre-built, so a test can compare what a
 * client collected with the source of truth byte for byte.
 */

export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';
export type TicketType = 'question' | 'incident' | 'problem' | 'task';
export type UserRole = 'end-user' | 'agent' | 'admin';

/** Zendesk's own lifecycle order; sorting tickets by status follows it, not the alphabet. */
export const TICKET_STATUSES: ReadonlyArray<TicketStatus> = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
export const USER_ROLES: ReadonlyArray<UserRole> = ['end-user', 'agent', 'admin'];

export interface ZendeskTicket {
  readonly id: number;
  readonly url: string;
  readonly subject: string;
  readonly description: string;
  readonly status: TicketStatus;
  readonly priority: TicketPriority | null;
  readonly type: TicketType | null;
  readonly requester_id: number;
  readonly submitter_id: number;
  readonly assignee_id: number | null;
  readonly organization_id: number | null;
  readonly group_id: number | null;
  readonly tags: ReadonlyArray<string>;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ZendeskUser {
  readonly id: number;
  readonly url: string;
  readonly name: string;
  readonly email: string;
  readonly role: UserRole;
  readonly organization_id: number | null;
  readonly active: boolean;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ZendeskOrganization {
  readonly id: number;
  readonly url: string;
  readonly name: string;
  readonly domain_names: ReadonlyArray<string>;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ZendeskGroup {
  readonly id: number;
  readonly url: string;
  readonly name: string;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ZendeskComment {
  readonly id: number;
  readonly type: 'Comment';
  readonly author_id: number;
  readonly body: string;
  readonly html_body: string;
  readonly public: boolean;
  readonly created_at: string;
}

export interface ZendeskArticle {
  readonly id: number;
  readonly url: string;
  readonly html_url: string;
  readonly title: string;
  readonly body: string;
  readonly section_id: number;
  readonly locale: string;
  readonly author_id: number;
  /** Help Center orders articles by this manual position first (then created_at). */
  readonly position: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/** One event of an audit (the Ticket Audit events reference): the simulator writes Comment and Create events. */
export type ZendeskAuditEvent =
  | {
      readonly id: number;
      readonly type: 'Comment';
      readonly author_id: number;
      readonly body: string;
      readonly html_body: string;
      readonly public: boolean;
      readonly attachments: ReadonlyArray<never>;
    }
  | { readonly id: number; readonly type: 'Create'; readonly field_name: string; readonly value: string | null };

/** A ticket audit (the spec's TicketAuditObject): one update of a ticket, with the events it made. */
export interface ZendeskAudit {
  readonly id: number;
  readonly ticket_id: number;
  readonly author_id: number;
  readonly created_at: string;
  readonly via: { readonly channel: string; readonly source: Readonly<Record<string, unknown>> };
  readonly metadata: { readonly system: Readonly<Record<string, unknown>>; readonly custom: Readonly<Record<string, unknown>> };
  readonly events: ReadonlyArray<ZendeskAuditEvent>;
}

/** One condition of a view (the Conditions reference): the simulator's views use these fields and operators. */
export interface ZendeskViewCondition {
  readonly field: 'status' | 'group_id' | 'priority';
  readonly operator: 'is' | 'less_than';
  readonly value: string;
}

/** A view (the spec's ViewObject): saved ticket conditions and how its tickets are sorted. */
export interface ZendeskView {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly active: boolean;
  readonly default: boolean;
  readonly position: number;
  readonly restriction: null;
  readonly conditions: { readonly all: ReadonlyArray<ZendeskViewCondition>; readonly any: ReadonlyArray<ZendeskViewCondition> };
  readonly execution: {
    readonly sort_by: 'id' | 'created_at' | 'updated_at' | 'status';
    readonly sort_order: 'asc' | 'desc';
    readonly group_by: null;
    readonly columns: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  };
  readonly created_at: string;
  readonly updated_at: string;
}

/** A satisfaction rating (the spec's SatisfactionRatingObject): a requester's verdict on a solved ticket. */
export interface ZendeskSatisfactionRating {
  readonly id: number;
  readonly url: string;
  readonly ticket_id: number;
  readonly requester_id: number;
  readonly assignee_id: number | null;
  readonly group_id: number | null;
  readonly score: 'offered' | 'good' | 'bad';
  readonly comment: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A ticket field (the spec's TicketFieldObject): the system fields and the account's custom ones. */
export interface ZendeskTicketField {
  readonly id: number;
  readonly url: string;
  readonly type: string;
  readonly title: string;
  readonly raw_title: string;
  readonly description: string;
  readonly position: number;
  readonly active: boolean;
  readonly required: boolean;
  readonly removable: boolean;
  readonly tag: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A Help Center category: the top of the knowledge base (categories → sections → articles). */
export interface ZendeskCategory {
  readonly id: number;
  readonly url: string;
  readonly html_url: string;
  readonly name: string;
  readonly description: string;
  readonly locale: string;
  readonly source_locale: string;
  readonly outdated: boolean;
  /** Help Center lists categories by this manual position first (then created_at). */
  readonly position: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A Help Center section: it belongs to a category and holds articles. */
export interface ZendeskSection {
  readonly id: number;
  readonly url: string;
  readonly html_url: string;
  readonly name: string;
  readonly description: string;
  readonly locale: string;
  readonly source_locale: string;
  readonly outdated: boolean;
  readonly category_id: number;
  readonly parent_section_id: number | null;
  readonly sorting: 'manual' | 'created_at' | 'updated_at' | 'title';
  /** Help Center lists sections by this manual position first (then created_at). */
  readonly position: number;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface ZendeskDataset {
  readonly tickets: ReadonlyArray<ZendeskTicket>;
  readonly users: ReadonlyArray<ZendeskUser>;
  readonly organizations: ReadonlyArray<ZendeskOrganization>;
  readonly groups: ReadonlyArray<ZendeskGroup>;
  readonly articles: ReadonlyArray<ZendeskArticle>;
  readonly categories: ReadonlyArray<ZendeskCategory>;
  readonly sections: ReadonlyArray<ZendeskSection>;
  readonly views: ReadonlyArray<ZendeskView>;
  readonly satisfactionRatings: ReadonlyArray<ZendeskSatisfactionRating>;
  readonly ticketFields: ReadonlyArray<ZendeskTicketField>;
  /** Audits per ticket id, oldest first: one per comment (the update that added it). */
  readonly audits: ReadonlyMap<number, ReadonlyArray<ZendeskAudit>>;
  /** Comments per ticket id, each list in the API's default order (created_at, then id). */
  readonly comments: ReadonlyMap<number, ReadonlyArray<ZendeskComment>>;
}

export interface ZendeskDatasetSizes {
  readonly tickets: number;
  readonly users: number;
  readonly organizations: number;
  readonly groups: number;
  readonly articles: number;
  readonly categories: number;
  readonly sections: number;
  readonly views: number;
  /** Custom ticket fields, beside the seven system ones. */
  readonly customTicketFields: number;
  readonly maxCommentsPerTicket: number;
}
