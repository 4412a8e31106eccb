import type {
  ZendeskArticleModel,
  ZendeskGroupModel,
  ZendeskOrganizationModel,
  ZendeskTicketCommentModel,
  ZendeskTicketModel,
  ZendeskUserModel,
} from './models';
import type { RawArticle, RawComment, RawGroup, RawOrganization, RawTicket, RawUser } from './types';

const idOrNull = (value: number | null): string | null => (value === null ? null : String(value));

export function toTicket(raw: RawTicket): ZendeskTicketModel {
  return {
    nativeId: String(raw.id),
    subject: raw.subject,
    description: raw.description,
    status: raw.status,
    priority: raw.priority,
    type: raw.type,
    tags: raw.tags,
    requesterId: idOrNull(raw.requester_id),
    submitterId: idOrNull(raw.submitter_id),
    assigneeId: idOrNull(raw.assignee_id),
    organizationId: idOrNull(raw.organization_id),
    groupId: idOrNull(raw.group_id),
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function toUser(raw: RawUser): ZendeskUserModel {
  return {
    nativeId: String(raw.id),
    name: raw.name,
    email: raw.email,
    role: raw.role,
    organizationId: idOrNull(raw.organization_id),
    active: raw.active,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function toOrganization(raw: RawOrganization): ZendeskOrganizationModel {
  return {
    nativeId: String(raw.id),
    name: raw.name,
    domainNames: raw.domain_names,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function toGroup(raw: RawGroup): ZendeskGroupModel {
  return { nativeId: String(raw.id), name: raw.name, createdAt: raw.created_at, updatedAt: raw.updated_at };
}

/** `users`: what the comment's page sideloaded, by native id (src/providers/zendesk/api/sideloadedUsers.ts). */
export function toTicketComment(ticketId: string, users: ReadonlyMap<string, ZendeskUserModel>) {
  return (raw: RawComment): ZendeskTicketCommentModel => {
    const authorId = idOrNull(raw.author_id);
    return {
      nativeId: String(raw.id),
      ticketId,
      authorId,
      sideloadedAuthor: authorId === null ? null : (users.get(authorId) ?? null),
      body: raw.body,
      htmlBody: raw.html_body,
      public: raw.public,
      createdAt: raw.created_at,
    };
  };
}

export function toArticle(raw: RawArticle): ZendeskArticleModel {
  return {
    nativeId: String(raw.id),
    title: raw.title,
    body: raw.body,
    locale: raw.locale,
    sectionId: idOrNull(raw.section_id),
    authorId: idOrNull(raw.author_id),
    htmlUrl: raw.html_url,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}
