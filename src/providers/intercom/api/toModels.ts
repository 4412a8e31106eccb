import { isoFromUnixSeconds, isoFromUnixSecondsOrNull } from '../../isoTime';
import type {
  IntercomAdminModel,
  IntercomCompanyModel,
  IntercomContactModel,
  IntercomConversationModel,
  IntercomConversationSourceModel,
  IntercomTagModel,
  IntercomTeamModel,
  IntercomTicketModel,
} from './models';
import type { RawAdmin, RawCompany, RawContact, RawConversation, RawTag, RawTeam, RawTicket } from './types';

/** Ids arrive as strings or integers; the graph serves strings. */
export const idOrNull = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** Tickets: the spec sends `0`, not null, when nobody of that kind is assigned. */
const assigneeOrNull = (value: string | number | null | undefined): string | null =>
  value === 0 || value === '0' ? null : idOrNull(value);

const textAttribute = (attributes: Readonly<Record<string, unknown>> | null | undefined, key: string): string | null => {
  const value = attributes?.[key];
  return typeof value === 'string' ? value : null;
};

function toConversationSource(raw: RawConversation['source']): IntercomConversationSourceModel | null {
  if (!raw) return null;
  return {
    type: raw.type,
    deliveredAs: raw.delivered_as,
    subject: raw.subject,
    body: raw.body,
    authorType: raw.author?.type ?? null,
    authorId: idOrNull(raw.author?.id),
    authorName: raw.author?.name ?? null,
    authorEmail: raw.author?.email ?? null,
  };
}

export function toConversation(raw: RawConversation): IntercomConversationModel {
  return {
    nativeId: raw.id,
    title: raw.title,
    state: raw.state,
    open: raw.open,
    read: raw.read,
    priority: raw.priority,
    adminAssigneeId: idOrNull(raw.admin_assignee_id),
    teamAssigneeId: idOrNull(raw.team_assignee_id),
    contactIds: raw.contacts?.contacts.map((contact) => contact.id) ?? [],
    // The spec's `reference` allows a null id: such a reference names nobody.
    teammateIds: (raw.teammates?.teammates ?? []).flatMap((teammate) => idOrNull(teammate.id) ?? []),
    tagIds: raw.tags?.tags.map((tag) => tag.id) ?? [],
    source: toConversationSource(raw.source),
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
    waitingSince: raw.waiting_since,
    snoozedUntil: raw.snoozed_until,
  };
}

export function toContact(raw: RawContact): IntercomContactModel {
  return {
    nativeId: raw.id,
    role: raw.role,
    name: raw.name,
    email: raw.email,
    phone: raw.phone,
    externalId: raw.external_id,
    ownerId: idOrNull(raw.owner_id),
    country: raw.location?.country ?? null,
    region: raw.location?.region ?? null,
    city: raw.location?.city ?? null,
    tagIds: raw.tags.ids,
    companyIds: raw.companies.ids,
    tagsTruncated: raw.tags.hasMore,
    companiesTruncated: raw.companies.hasMore,
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
    signedUpAt: isoFromUnixSecondsOrNull(raw.signed_up_at),
    lastSeenAt: isoFromUnixSecondsOrNull(raw.last_seen_at),
  };
}

export function toCompany(raw: RawCompany): IntercomCompanyModel {
  return {
    nativeId: raw.id,
    companyId: raw.company_id,
    name: raw.name,
    // A company without a plan comes with `plan: {}` in the spec's examples.
    planName: raw.plan?.name ?? null,
    website: raw.website,
    industry: raw.industry,
    monthlySpend: raw.monthly_spend ?? null,
    sessionCount: raw.session_count ?? null,
    userCount: raw.user_count ?? null,
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
    lastRequestAt: isoFromUnixSecondsOrNull(raw.last_request_at),
  };
}

export function toTicket(raw: RawTicket): IntercomTicketModel {
  return {
    nativeId: raw.id,
    ticketNumber: raw.ticket_id,
    // The default title and description are ticket attributes with reserved names.
    title: textAttribute(raw.ticket_attributes, '_default_title_'),
    description: textAttribute(raw.ticket_attributes, '_default_description_'),
    category: raw.category,
    state: raw.ticket_state?.category ?? null,
    stateLabel: raw.ticket_state?.external_label ?? null,
    ticketTypeName: raw.ticket_type?.name ?? null,
    open: raw.open,
    adminAssigneeId: assigneeOrNull(raw.admin_assignee_id),
    teamAssigneeId: assigneeOrNull(raw.team_assignee_id),
    contactIds: raw.contacts?.contacts.map((contact) => contact.id) ?? [],
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
    snoozedUntil: raw.snoozed_until,
  };
}

export function toAdmin(raw: RawAdmin): IntercomAdminModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    email: raw.email,
    jobTitle: raw.job_title,
    awayModeEnabled: raw.away_mode_enabled,
    hasInboxSeat: raw.has_inbox_seat,
    teamIds: raw.team_ids.map(String),
  };
}

export function toTeam(raw: RawTeam): IntercomTeamModel {
  return { nativeId: raw.id, name: raw.name, adminIds: raw.admin_ids.map(String) };
}

export function toTag(raw: RawTag): IntercomTagModel {
  return { nativeId: raw.id, name: raw.name };
}
