import { isoFromUnixSeconds, isoFromUnixSecondsOrNull } from '../../isoTime';
import type {
  FrontAccountModel,
  FrontChannelModel,
  FrontEventModel,
  FrontTeamModel,
  FrontCommentModel,
  FrontContactModel,
  FrontConversationModel,
  FrontInboxModel,
  FrontMessageModel,
  FrontRecipientModel,
  FrontTagModel,
  FrontTeammateModel,
} from './models';
import type { RawAccount, RawChannel, RawEvent, RawTeam, RawComment, RawContact, RawConversation, RawInbox, RawMessage, RawRecipient, RawTag, RawTeammate } from './types';

export function toTeammate(raw: RawTeammate): FrontTeammateModel {
  return {
    nativeId: raw.id,
    email: raw.email,
    username: raw.username,
    firstName: raw.first_name,
    lastName: raw.last_name,
    isAdmin: raw.is_admin,
    isAvailable: raw.is_available,
    isBlocked: raw.is_blocked,
  };
}

export function toTag(raw: RawTag): FrontTagModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    description: raw.description,
    highlight: raw.highlight,
    isPrivate: raw.is_private,
    createdAt: isoFromUnixSecondsOrNull(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
  };
}

export function toConversation(raw: RawConversation): FrontConversationModel {
  return {
    nativeId: raw.id,
    subject: raw.subject,
    status: raw.status,
    statusCategory: raw.status_category,
    assignee: raw.assignee === null ? null : toTeammate(raw.assignee),
    recipient: raw.recipient === null ? null : toRecipient(raw.recipient),
    tags: raw.tags.map(toTag),
    isPrivate: raw.is_private,
    createdAt: isoFromUnixSecondsOrNull(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
  };
}

export function toRecipient(raw: RawRecipient): FrontRecipientModel {
  return { name: raw.name, handle: raw.handle, role: raw.role, contactId: contactIdFromLink(raw._links?.related?.contact ?? null) };
}

/** `https://<company>.api.frontapp.com/contacts/crd_2njtoem` → `crd_2njtoem`; anything else → null. */
export function contactIdFromLink(link: string | null): string | null {
  if (link === null) return null;
  try {
    const match = /\/contacts\/([^/]+)\/?$/.exec(new URL(link).pathname);
    return match?.[1] ? decodeURIComponent(match[1]) : null;
  } catch {
    // Not a URL, or a malformed escape: no contact we could name.
    return null;
  }
}

export function toContact(raw: RawContact): FrontContactModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    description: raw.description,
    handles: raw.handles.map((handle) => ({ handle: handle.handle, source: handle.source })),
    isPrivate: raw.is_private,
    createdAt: isoFromUnixSecondsOrNull(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
  };
}

export function toAccount(raw: RawAccount): FrontAccountModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    description: raw.description,
    domains: raw.domains,
    externalId: raw.external_id,
    createdAt: isoFromUnixSecondsOrNull(raw.created_at),
    updatedAt: isoFromUnixSecondsOrNull(raw.updated_at),
  };
}

export function toInbox(raw: RawInbox): FrontInboxModel {
  return { nativeId: raw.id, name: raw.name, isPrivate: raw.is_private, isPublic: raw.is_public };
}

export function toMessage(raw: RawMessage, conversationId: string): FrontMessageModel {
  return {
    nativeId: raw.id,
    conversationId,
    type: raw.type,
    isInbound: raw.is_inbound,
    subject: raw.subject,
    blurb: raw.blurb,
    body: raw.body,
    text: raw.text,
    author: raw.author === null ? null : toTeammate(raw.author),
    createdAt: isoFromUnixSeconds(raw.created_at),
  };
}

export function toComment(raw: RawComment, conversationId: string): FrontCommentModel {
  return {
    nativeId: raw.id,
    conversationId,
    author: toTeammate(raw.author),
    body: raw.body,
    isPinned: raw.is_pinned,
    postedAt: isoFromUnixSecondsOrNull(raw.posted_at),
  };
}

export function toTeam(raw: RawTeam): FrontTeamModel {
  return { nativeId: raw.id, name: raw.name };
}

export function toChannel(raw: RawChannel): FrontChannelModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    address: raw.address,
    type: raw.type,
    sendAs: raw.send_as,
    isPrivate: raw.is_private,
    isValid: raw.is_valid,
    inboxId: idFromLink(raw._links?.related?.inbox ?? null, 'inboxes'),
  };
}

export function toEvent(raw: RawEvent): FrontEventModel {
  return {
    nativeId: raw.id,
    type: raw.type,
    emittedAt: isoFromUnixSeconds(raw.emitted_at),
    conversation: raw.conversation === null ? null : toConversation(raw.conversation),
  };
}

/** `https://<company>.api.frontapp.com/<collection>/<id>` → `<id>`; anything else → null. The URL is never followed. */
function idFromLink(link: string | null, collection: string): string | null {
  if (link === null) return null;
  try {
    const segments = new URL(link).pathname.split('/').filter((segment) => segment !== '');
    return segments.length === 2 && segments[0] === collection && segments[1] ? decodeURIComponent(segments[1]) : null;
  } catch {
    return null;
  }
}
