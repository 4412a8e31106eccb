/**
 * Intercom records as the graph serves them: camelCase, native ids as strings, times as ISO 8601
 * (Intercom sends unix seconds; src/providers/isoTime.ts converts them).
 */

export interface IntercomConversationSourceModel {
  /** conversation, email, push, … */
  readonly type: string | null;
  readonly deliveredAs: string | null;
  readonly subject: string | null;
  readonly body: string | null;
  readonly authorType: string | null;
  readonly authorId: string | null;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
}

export interface IntercomConversationModel {
  readonly nativeId: string;
  readonly title: string | null;
  readonly state: string;
  readonly open: boolean;
  readonly read: boolean;
  readonly priority: string | null;
  readonly adminAssigneeId: string | null;
  readonly teamAssigneeId: string | null;
  readonly contactIds: ReadonlyArray<string>;
  /** Admins who wrote at least one part of the conversation (`teammates`). */
  readonly teammateIds: ReadonlyArray<string>;
  readonly tagIds: ReadonlyArray<string>;
  readonly source: IntercomConversationSourceModel | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly waitingSince: number | null;
  readonly snoozedUntil: number | null;
}

export interface IntercomContactModel {
  readonly nativeId: string;
  /** user or lead. */
  readonly role: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly externalId: string | null;
  readonly ownerId: string | null;
  readonly country: string | null;
  readonly region: string | null;
  readonly city: string | null;
  /** The embedded tags: the first 10 when `tagsTruncated`. */
  readonly tagIds: ReadonlyArray<string>;
  /** The embedded companies: the first 10 when `companiesTruncated`. */
  readonly companyIds: ReadonlyArray<string>;
  /** Intercom embeds at most 10 tags; `has_more` says there are others, read from GET /contacts/{id}/tags. */
  readonly tagsTruncated: boolean;
  /** Intercom embeds at most 10 companies; `has_more` says there are others, read from GET /contacts/{id}/companies. */
  readonly companiesTruncated: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signedUpAt: string | null;
  readonly lastSeenAt: string | null;
}

export interface IntercomCompanyModel {
  readonly nativeId: string;
  /** The id the workspace gave the company (`company_id`), not Intercom's. */
  readonly companyId: string | null;
  readonly name: string | null;
  readonly planName: string | null;
  readonly website: string | null;
  readonly industry: string | null;
  readonly monthlySpend: number | null;
  readonly sessionCount: number | null;
  readonly userCount: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastRequestAt: string | null;
}

export interface IntercomTicketModel {
  readonly nativeId: string;
  /** The number agents and customers see (`ticket_id`), distinct from the object id. */
  readonly ticketNumber: string | null;
  readonly title: string | null;
  readonly description: string | null;
  /** Customer, Back-office or Tracker. */
  readonly category: string | null;
  /** submitted, in_progress, waiting_on_customer or resolved. */
  readonly state: string | null;
  readonly stateLabel: string | null;
  readonly ticketTypeName: string | null;
  readonly open: boolean;
  readonly adminAssigneeId: string | null;
  readonly teamAssigneeId: string | null;
  readonly contactIds: ReadonlyArray<string>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly snoozedUntil: number | null;
}

export interface IntercomAdminModel {
  readonly nativeId: string;
  readonly name: string;
  readonly email: string | null;
  readonly jobTitle: string | null;
  readonly awayModeEnabled: boolean;
  readonly hasInboxSeat: boolean;
  readonly teamIds: ReadonlyArray<string>;
}

export interface IntercomTeamModel {
  readonly nativeId: string;
  readonly name: string;
  readonly adminIds: ReadonlyArray<string>;
}

export interface IntercomTagModel {
  readonly nativeId: string;
  readonly name: string;
}

/** One message or action of a conversation (spec v2.16 `conversation_part`). */
export interface IntercomConversationPartModel {
  readonly nativeId: string;
  /** The conversation it belongs to. */
  readonly conversationId: string;
  /** comment, note, assignment, open, close, … */
  readonly partType: string;
  /** HTML; null for parts that are actions, not messages. */
  readonly body: string | null;
  readonly createdAt: string;
  readonly updatedAt: string | null;
  readonly notifiedAt: string | null;
  /** admin, user, lead, bot, team. */
  readonly authorType: string | null;
  readonly authorId: string | null;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
  /** Who the part assigned the conversation to, if it changed the assignment. */
  readonly assignedToType: string | null;
  readonly assignedToId: string | null;
  /** The conversation's state when the part was created: open, closed or snoozed. */
  readonly state: string | null;
  readonly redacted: boolean;
  readonly externalId: string | null;
}

/** A group of contacts defined by rules (spec v2.16 `segment`). */
export interface IntercomSegmentModel {
  readonly nativeId: string;
  readonly name: string;
  /** user or contact (lead). */
  readonly personType: string | null;
  /** Contacts in the segment: only when the list was asked `includeCount`. */
  readonly count: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A contact or company attribute, standard or custom (spec v2.16 `data_attribute`). */
export interface IntercomDataAttributeModel {
  /** Only custom attributes have one. */
  readonly nativeId: string | null;
  /** contact or company. */
  readonly model: string;
  readonly name: string;
  readonly fullName: string;
  readonly label: string | null;
  readonly description: string | null;
  /** string, integer, float, boolean or date. */
  readonly dataType: string | null;
  readonly options: ReadonlyArray<string>;
  readonly apiWritable: boolean;
  readonly messengerWritable: boolean;
  readonly uiWritable: boolean;
  readonly custom: boolean;
  readonly archived: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
  readonly adminId: string | null;
}

/** An admin's note on a contact (spec v2.16 `note`). */
export interface IntercomNoteModel {
  readonly nativeId: string;
  readonly contactId: string | null;
  /** HTML. */
  readonly body: string | null;
  readonly authorId: string | null;
  readonly authorName: string | null;
  readonly authorEmail: string | null;
  readonly createdAt: string;
}

/** A Help Center article (spec v2.16 `article_list_item`). */
export interface IntercomArticleModel {
  readonly nativeId: string;
  readonly title: string | null;
  readonly description: string | null;
  /** HTML. */
  readonly body: string | null;
  readonly authorId: string | null;
  /** published or draft. */
  readonly state: string | null;
  readonly url: string | null;
  readonly parentIds: ReadonlyArray<string>;
  readonly createdAt: string;
  readonly updatedAt: string;
}
