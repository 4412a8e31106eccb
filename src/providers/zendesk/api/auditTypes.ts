import { z } from 'zod';

/**
 * The spec's TicketAuditObject, the fields this graph serves. Events are free-form objects
 * (`additionalProperties: true`, "Ticket Audit events reference"): `id` and `type` always, the
 * rest by type; a `value` may be text, a number, a list or null, so it is kept as JSON.
 */
const rawAuditEvent = z.object({
  id: z.number().int(),
  type: z.string(),
  body: z.string().nullable().optional(),
  html_body: z.string().nullable().optional(),
  public: z.boolean().nullable().optional(),
  field_name: z.string().nullable().optional(),
  value: z.unknown().optional(),
  previous_value: z.unknown().optional(),
});

export const rawAudit = z.object({
  id: z.number().int(),
  ticket_id: z.number().int(),
  author_id: z.number().int().nullable().default(null),
  created_at: z.string(),
  via: z.object({ channel: z.string().nullable().optional() }).nullable().optional(),
  events: z.array(rawAuditEvent).optional().default([]),
});

export type RawAudit = z.infer<typeof rawAudit>;
export type RawAuditEvent = z.infer<typeof rawAuditEvent>;
