/**
 * The records as Front's Core API returns them (snake_case, `_links` on the company host), trimmed
 * to the fields this project reads plus the ones the spec marks required.
 */

export type FrontCustomFields = Readonly<Record<string, string | number | boolean>>;

export interface FrontTeammate {
  readonly _links: { readonly self: string; readonly related: { readonly inboxes: string; readonly conversations: string } };
  readonly id: string;
  readonly email: string;
  readonly username: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly is_admin: boolean;
  readonly is_available: boolean;
  readonly is_blocked: boolean;
  readonly type: 'user';
  readonly custom_fields: FrontCustomFields;
}

export interface FrontInbox {
  readonly _links: {
    readonly self: string;
    readonly related: { readonly teammates: string; readonly conversations: string; readonly channels: string };
  };
  readonly id: string;
  readonly name: string;
  readonly is_private: boolean;
  readonly is_public: boolean;
  readonly custom_fields: FrontCustomFields;
}

export interface FrontTag {
  readonly _links: {
    readonly self: string;
    readonly related: {
      readonly conversations: string;
      readonly owner: string | null;
      readonly parent_tag: string | null;
      readonly children: string | null;
    };
  };
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly highlight: string | null;
  readonly is_private: boolean;
  readonly is_visible_in_conversation_lists: boolean;
  readonly created_at: number;
  readonly updated_at: number;
}

export interface FrontAccount {
  readonly _links: { readonly self: string; readonly related: { readonly contacts: string } };
  readonly id: string;
  readonly name: string;
  readonly logo_url: string | null;
  readonly description: string | null;
  readonly domains: ReadonlyArray<string>;
  readonly external_id: string | null;
  readonly custom_fields: FrontCustomFields;
  readonly created_at: number;
  readonly updated_at: number;
}

export type FrontHandleSource = 'email' | 'phone' | 'twitter';

export interface FrontContactHandle {
  readonly handle: string;
  readonly source: FrontHandleSource;
}

export interface FrontContact {
  readonly _links: {
    readonly self: string;
    readonly related: { readonly notes: string; readonly conversations: string; readonly owner: string | null };
  };
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly links: ReadonlyArray<string>;
  readonly groups: ReadonlyArray<never>;
  readonly lists: ReadonlyArray<never>;
  readonly handles: ReadonlyArray<FrontContactHandle>;
  readonly custom_fields: FrontCustomFields;
  readonly is_private: boolean;
  readonly is_spammer: boolean;
  readonly created_at: number;
  readonly updated_at: number;
}

export type FrontRecipientRole = 'from' | 'to' | 'cc' | 'bcc' | 'reply-to';

export interface FrontRecipient {
  readonly _links: { readonly related: { readonly contact: string | null } };
  readonly name: string | null;
  readonly handle: string;
  readonly role: FrontRecipientRole;
}

export interface FrontLink {
  readonly _links: { readonly self: string };
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly external_url: string;
  readonly custom_fields: FrontCustomFields;
}

export type FrontConversationStatus = 'assigned' | 'unassigned' | 'archived' | 'deleted';
export type FrontStatusCategory = 'open' | 'waiting' | 'resolved';

export interface FrontConversation {
  readonly _links: {
    readonly self: string;
    readonly related: {
      readonly events: string;
      readonly followers: string;
      readonly messages: string;
      readonly comments: string;
      readonly inboxes: string;
      readonly last_message: string | null;
    };
  };
  readonly id: string;
  readonly type: 'conversation';
  readonly subject: string;
  readonly status: FrontConversationStatus;
  readonly status_id: string;
  readonly status_category: FrontStatusCategory;
  readonly ticket_ids: ReadonlyArray<string>;
  readonly assignee: FrontTeammate | null;
  readonly recipient: FrontRecipient | null;
  readonly tags: ReadonlyArray<FrontTag>;
  readonly links: ReadonlyArray<FrontLink>;
  readonly custom_fields: FrontCustomFields;
  readonly created_at: number;
  readonly updated_at: number;
  readonly waiting_since?: number;
  readonly is_private: boolean;
  readonly scheduled_reminders: ReadonlyArray<never>;
  readonly metadata: Readonly<Record<string, never>>;
}

export interface FrontMessage {
  readonly _links: {
    readonly self: string;
    readonly related: {
      readonly conversation: string;
      readonly message_replied_to?: string;
      readonly message_seen: string;
    };
  };
  readonly id: string;
  readonly message_uid: string;
  readonly type: 'email';
  readonly is_inbound: boolean;
  readonly draft_mode: null;
  readonly version: string;
  readonly created_at: number;
  readonly subject: string;
  readonly blurb: string;
  /** Null on inbound messages: the author is the contact, who is not a teammate. */
  readonly author: FrontTeammate | null;
  readonly recipients: ReadonlyArray<FrontRecipient>;
  readonly body: string;
  readonly text: string;
  readonly attachments: ReadonlyArray<never>;
  readonly metadata: Readonly<Record<string, never>>;
}

export interface FrontComment {
  readonly _links: {
    readonly self: string;
    readonly related: { readonly conversation: string; readonly mentions: string; readonly comment_replied_to: string | null };
  };
  readonly id: string;
  readonly author: FrontTeammate;
  readonly body: string;
  readonly posted_at: number;
  readonly attachments: ReadonlyArray<never>;
  readonly is_pinned: boolean;
}

/** TeamResponse (GET /teams/{id}); the list serves only its preview (`_links`, `id`, `name`). */
export interface FrontTeam {
  readonly _links: { readonly self: string };
  readonly id: string;
  readonly name: string;
  readonly inboxes: ReadonlyArray<FrontInbox>;
  readonly members: ReadonlyArray<FrontTeammate>;
}

/** The spec's channel `type` values this simulator generates (a subset of its enum). */
export type FrontChannelType = 'gmail' | 'imap' | 'smtp' | 'twilio' | 'front_chat' | 'custom';

export interface FrontChannel {
  readonly _links: { readonly self: string; readonly related: { readonly inbox: string | null; readonly owner: string } };
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly type: FrontChannelType;
  readonly send_as: string;
  readonly settings: { readonly undo_send_time: number; readonly all_teammates_can_reply?: boolean };
  readonly is_private: boolean;
  readonly is_valid: boolean;
}

/** The event types this simulator derives from its conversations (a subset of the spec's enum). */
export type FrontEventType = 'inbound' | 'outbound' | 'comment' | 'assign' | 'tag' | 'archive';

export interface FrontEvent {
  readonly _links: { readonly self: string };
  readonly id: string;
  readonly type: FrontEventType;
  readonly emitted_at: number;
  readonly source: { readonly _meta: { readonly type: string }; readonly data: unknown };
  readonly target: { readonly _meta: { readonly type: string }; readonly data: unknown } | null;
  /** The conversation as it is now (Front embeds the whole ConversationResponse). */
  readonly conversation: FrontConversation;
}

/**
 * Everything the simulator serves. Top-level arrays are in creation (id) order; the per-conversation
 * message and comment lists are chronological (oldest first). The API's own orders are applied by
 * the routes, so tests can sort these the same way to compare with a traversal.
 */
export interface FrontDataset {
  readonly teammates: ReadonlyArray<FrontTeammate>;
  readonly inboxes: ReadonlyArray<FrontInbox>;
  readonly tags: ReadonlyArray<FrontTag>;
  readonly accounts: ReadonlyArray<FrontAccount>;
  readonly contacts: ReadonlyArray<FrontContact>;
  readonly conversations: ReadonlyArray<FrontConversation>;
  readonly messagesByConversation: ReadonlyMap<string, ReadonlyArray<FrontMessage>>;
  readonly commentsByConversation: ReadonlyMap<string, ReadonlyArray<FrontComment>>;
  readonly inboxIdsByConversation: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly teams: ReadonlyArray<FrontTeam>;
  readonly channels: ReadonlyArray<FrontChannel>;
  /** Oldest first (ids in emission order); GET /events serves them newest first. */
  readonly events: ReadonlyArray<FrontEvent>;
}
