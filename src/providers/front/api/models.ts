/**
 * Front records as the graph serves them: camelCase, ids as Front's own strings (`cnv_…`), and
 * times as ISO 8601 (Front sends fractional unix seconds; `null` where the spec makes them optional).
 */

export interface FrontTeammateModel {
  readonly nativeId: string;
  readonly email: string;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly isAdmin: boolean;
  readonly isAvailable: boolean;
  readonly isBlocked: boolean;
}

export interface FrontTagModel {
  readonly nativeId: string;
  readonly name: string;
  readonly description: string | null;
  readonly highlight: string | null;
  readonly isPrivate: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/** A conversation's main recipient. Front links its contact by URL; only the id is kept, the URL is never followed. */
export interface FrontRecipientModel {
  readonly name: string | null;
  readonly handle: string;
  /** from, to, cc, bcc or reply-to. */
  readonly role: string;
  /** The id at the end of `_links.related.contact` (`crd_…`); null when Front links no contact. */
  readonly contactId: string | null;
}

export interface FrontConversationModel {
  readonly nativeId: string;
  readonly subject: string;
  readonly status: string;
  readonly statusCategory: string | null;
  readonly assignee: FrontTeammateModel | null;
  readonly recipient: FrontRecipientModel | null;
  readonly tags: ReadonlyArray<FrontTagModel>;
  readonly isPrivate: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

export interface FrontContactHandleModel {
  readonly handle: string;
  readonly source: string;
}

export interface FrontContactModel {
  readonly nativeId: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly handles: ReadonlyArray<FrontContactHandleModel>;
  readonly isPrivate: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

export interface FrontAccountModel {
  readonly nativeId: string;
  readonly name: string;
  readonly description: string | null;
  readonly domains: ReadonlyArray<string>;
  readonly externalId: string | null;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

export interface FrontInboxModel {
  readonly nativeId: string;
  readonly name: string;
  readonly isPrivate: boolean;
  readonly isPublic: boolean;
}

export interface FrontMessageModel {
  readonly nativeId: string;
  readonly conversationId: string;
  readonly type: string;
  readonly isInbound: boolean;
  readonly subject: string | null;
  readonly blurb: string | null;
  readonly body: string | null;
  readonly text: string | null;
  /** Null on inbound messages: their author is a contact, not a teammate. */
  readonly author: FrontTeammateModel | null;
  readonly createdAt: string;
}

export interface FrontCommentModel {
  readonly nativeId: string;
  readonly conversationId: string;
  readonly author: FrontTeammateModel;
  readonly body: string;
  readonly isPinned: boolean;
  readonly postedAt: string | null;
}

/** A team (Front's "workspace") as list-teams previews it. */
export interface FrontTeamModel {
  readonly nativeId: string;
  readonly name: string;
}

export interface FrontChannelModel {
  readonly nativeId: string;
  readonly name: string | null;
  readonly address: string | null;
  /** gmail, imap, smtp, twilio, front_chat, custom, … */
  readonly type: string;
  readonly sendAs: string | null;
  readonly isPrivate: boolean;
  readonly isValid: boolean;
  /** The id at the end of `_links.related.inbox` (`inb_…`); null when the channel has no inbox. */
  readonly inboxId: string | null;
}

export interface FrontEventModel {
  readonly nativeId: string;
  /** inbound, outbound, comment, assign, tag, … (Front's event type). */
  readonly type: string;
  readonly emittedAt: string;
  /** Embedded whole by Front; null if an event ever comes without one. */
  readonly conversation: FrontConversationModel | null;
}
