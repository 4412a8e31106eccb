import type { RawAudit, RawAuditEvent } from './auditTypes';

export interface ZendeskAuditEventModel {
  readonly nativeId: string;
  readonly type: string;
  readonly body: string | null;
  readonly htmlBody: string | null;
  readonly public: boolean | null;
  readonly fieldName: string | null;
  /** Text as sent; any other JSON value (a number, a list) as its JSON text. */
  readonly value: string | null;
  readonly previousValue: string | null;
}

export interface ZendeskTicketAuditModel {
  readonly nativeId: string;
  readonly ticketId: string;
  readonly authorId: string | null;
  readonly viaChannel: string | null;
  readonly events: ReadonlyArray<ZendeskAuditEventModel>;
  readonly createdAt: string;
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function toAuditEvent(raw: RawAuditEvent): ZendeskAuditEventModel {
  return {
    nativeId: String(raw.id),
    type: raw.type,
    body: raw.body ?? null,
    htmlBody: raw.html_body ?? null,
    public: raw.public ?? null,
    fieldName: raw.field_name ?? null,
    value: asText(raw.value),
    previousValue: asText(raw.previous_value),
  };
}

export function toTicketAudit(raw: RawAudit): ZendeskTicketAuditModel {
  return {
    nativeId: String(raw.id),
    ticketId: String(raw.ticket_id),
    authorId: raw.author_id === null ? null : String(raw.author_id),
    viaChannel: raw.via?.channel ?? null,
    events: raw.events.map(toAuditEvent),
    createdAt: raw.created_at,
  };
}
