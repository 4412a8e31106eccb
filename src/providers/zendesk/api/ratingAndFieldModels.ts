import { z } from 'zod';

const id = z.number().int();
const nullableId = id.nullable().default(null);

/** The spec's SatisfactionRatingObject, the fields this graph serves. */
export const rawSatisfactionRating = z.object({
  id,
  ticket_id: nullableId,
  requester_id: nullableId,
  assignee_id: nullableId,
  group_id: nullableId,
  score: z.string(),
  comment: z.string().nullable().default(null),
  created_at: z.string(),
  updated_at: z.string(),
});

/** The spec's TicketFieldObject, the fields this graph serves. */
export const rawTicketField = z.object({
  id,
  type: z.string(),
  title: z.string(),
  description: z.string().nullable().default(null),
  position: z.number().int().nullable().default(null),
  active: z.boolean().optional().default(true),
  required: z.boolean().optional().default(false),
  removable: z.boolean().optional().default(true),
  created_at: z.string(),
  updated_at: z.string(),
});

export interface ZendeskSatisfactionRatingModel {
  readonly nativeId: string;
  readonly ticketId: string | null;
  readonly requesterId: string | null;
  readonly assigneeId: string | null;
  readonly groupId: string | null;
  /** offered, unoffered, good or bad. */
  readonly score: string;
  readonly comment: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ZendeskTicketFieldModel {
  readonly nativeId: string;
  readonly type: string;
  readonly title: string;
  readonly description: string | null;
  readonly position: number | null;
  readonly active: boolean;
  readonly required: boolean;
  /** False for the system fields (subject, status, ...). */
  readonly removable: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const idText = (value: number | null): string | null => (value === null ? null : String(value));

export function toSatisfactionRating(raw: z.infer<typeof rawSatisfactionRating>): ZendeskSatisfactionRatingModel {
  return {
    nativeId: String(raw.id),
    ticketId: idText(raw.ticket_id),
    requesterId: idText(raw.requester_id),
    assigneeId: idText(raw.assignee_id),
    groupId: idText(raw.group_id),
    score: raw.score,
    comment: raw.comment,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function toTicketField(raw: z.infer<typeof rawTicketField>): ZendeskTicketFieldModel {
  return {
    nativeId: String(raw.id),
    type: raw.type,
    title: raw.title,
    description: raw.description,
    position: raw.position,
    active: raw.active,
    required: raw.required,
    removable: raw.removable,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}
