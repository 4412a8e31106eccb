import { z } from 'zod';

/**
 * Raw Intercom shapes (spec v2.16), checked at the boundary so a provider change fails loudly here
 * instead of as `undefined` deep in a resolver. Only the fields this graph uses are declared;
 * unknown fields are dropped: nothing reads them, parsing them cost ~75% of validation time
 * (bench/), and a page kept in the page cache holds only what is served. Ids of top-level objects
 * are strings; assignee and owner ids are integers in the spec, so both forms are accepted.
 * Absent fields become `null` through `.default(null)`, not a transform: a transform is a zod
 * pipe that allocates per field and record (~20 KB per page of ten Zendesk tickets, bench/).
 */
const text = z.string().nullable().default(null);
const timestamp = z.number().nullable().default(null);
const flag = z.boolean().optional().default(false);
/** An id the API writes as a string or an integer, or leaves out. */
export const idLike = z.union([z.string(), z.number()]).nullable().optional();

/** A whole number that the API may write as `5` or `"5"`. */
const lenientInt = z.union([z.number().int(), z.string().regex(/^\s*\d+\s*$/).transform(Number)]);

/**
 * The spec's `cursor_pages`. `per_page` is typed integer, yet the seed's list examples show `"5"`:
 * both are accepted. `next` is left out on the last page, or sent as `null` (company examples):
 * both mean "no next page".
 */
export const cursorPages = z.object({
  type: z.literal('pages').optional(),
  page: lenientInt.optional(),
  per_page: lenientInt.optional(),
  total_pages: lenientInt.optional(),
  next: z
    .object({ page: lenientInt.optional(), per_page: lenientInt.optional(), starting_after: z.string().nullable().optional() })
    .nullable()
    .default(null),
});

/** What every paged Intercom list carries beside its items: `pages` (nullable in the spec) and `total_count`. */
export const pagedEnvelope = z.object({
  pages: cursorPages.nullable().default(null),
  total_count: lenientInt.nullable().default(null),
});

/**
 * A contact's embedded `companies` / `tags` (spec v2.16 `contact_companies`, `contact_tags`): "Up to
 * 10 will be displayed here. Use the url to get more", with `has_more` saying whether there are.
 */
const embeddedList = z
  .object({ data: z.array(z.object({ id: z.string() })).optional().default([]), has_more: z.boolean().optional().default(false) })
  .nullable()
  .optional()
  .transform((value) => ({ ids: value?.data.map((item) => item.id) ?? [], hasMore: value?.has_more ?? false }));

export const rawConversation = z.object({
  id: z.string(),
  title: text,
  created_at: z.number(),
  updated_at: z.number(),
  waiting_since: timestamp,
  snoozed_until: timestamp,
  open: flag,
  state: z.string(),
  read: flag,
  priority: text,
  admin_assignee_id: idLike,
  team_assignee_id: idLike,
  source: z
    .object({
      type: text,
      delivered_as: text,
      subject: text,
      body: text,
      author: z.object({ type: text, id: idLike, name: text, email: text }).nullable().optional(),
    })
    .nullable()
    .optional(),
  contacts: z
    .object({ contacts: z.array(z.object({ id: z.string() })).optional().default([]) })
    .nullable()
    .optional(),
  tags: z
    .object({ tags: z.array(z.object({ id: z.string(), name: text })).optional().default([]) })
    .nullable()
    .optional(),
  // Spec v2.16 `conversation_teammates`: admins who wrote at least one part, as references.
  teammates: z
    .object({ teammates: z.array(z.object({ id: idLike })).optional().default([]) })
    .nullable()
    .optional(),
});

export const rawContact = z.object({
  id: z.string(),
  role: z.string(),
  name: text,
  email: text,
  phone: text,
  external_id: text,
  owner_id: idLike,
  created_at: z.number(),
  updated_at: z.number(),
  signed_up_at: timestamp,
  last_seen_at: timestamp,
  location: z.object({ country: text, region: text, city: text }).nullable().optional(),
  tags: embeddedList,
  companies: embeddedList,
});

export const rawCompany = z.object({
  id: z.string(),
  company_id: text,
  name: text,
  plan: z.object({ name: z.string().optional() }).nullable().optional(),
  created_at: z.number(),
  updated_at: z.number(),
  last_request_at: timestamp,
  monthly_spend: z.number().nullable().optional(),
  session_count: z.number().nullable().optional(),
  user_count: z.number().nullable().optional(),
  website: text,
  industry: text,
});

export const rawTicket = z.object({
  id: z.string(),
  ticket_id: text,
  category: text,
  ticket_attributes: z.record(z.string(), z.unknown()).nullable().optional(),
  ticket_state: z.object({ category: text, external_label: text }).nullable().optional(),
  ticket_type: z.object({ name: text }).nullable().optional(),
  contacts: z
    .object({ contacts: z.array(z.object({ id: z.string() })).optional().default([]) })
    .nullable()
    .optional(),
  admin_assignee_id: idLike,
  team_assignee_id: idLike,
  open: flag,
  created_at: z.number(),
  updated_at: z.number(),
  snoozed_until: timestamp,
});

export const rawAdmin = z.object({
  id: z.string(),
  name: z.string(),
  email: text,
  job_title: text,
  away_mode_enabled: flag,
  has_inbox_seat: flag,
  team_ids: z.array(z.union([z.number(), z.string()])).optional().default([]),
});

export const rawTeam = z.object({
  id: z.string(),
  name: z.string(),
  admin_ids: z.array(z.union([z.number(), z.string()])).optional().default([]),
});

export const rawTag = z.object({ id: z.string(), name: z.string() });

export type RawConversation = z.infer<typeof rawConversation>;
export type RawContact = z.infer<typeof rawContact>;
export type RawCompany = z.infer<typeof rawCompany>;
export type RawTicket = z.infer<typeof rawTicket>;
export type RawAdmin = z.infer<typeof rawAdmin>;
export type RawTeam = z.infer<typeof rawTeam>;
export type RawTag = z.infer<typeof rawTag>;
export type CursorPages = z.infer<typeof cursorPages>;
