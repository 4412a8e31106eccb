import { z } from 'zod';

/**
 * Raw Zendesk shapes, checked at the boundary (Nango's habit) so a provider change fails loudly
 * here instead of as `undefined` deep in a resolver. Only the fields this graph uses are declared;
 * unknown fields are dropped: nothing reads them, parsing them cost ~75% of validation time
 * (bench/), and a page kept in the page cache holds only what is served.
 * Absent fields become `null` through `.default(null)`, not a transform: a transform is a zod
 * pipe that allocates per field and record (~20 KB per page of ten tickets, bench/).
 */
const id = z.number().int();
const nullableId = id.nullable().default(null);
const text = z.string().nullable().default(null);

export const rawTicket = z.object({
  id,
  subject: text,
  description: text,
  status: text,
  priority: text,
  type: text,
  tags: z.array(z.string()).optional().default([]),
  requester_id: nullableId,
  submitter_id: nullableId,
  assignee_id: nullableId,
  organization_id: nullableId,
  group_id: nullableId,
  created_at: z.string(),
  updated_at: z.string(),
});

export const rawUser = z.object({
  id,
  name: z.string(),
  email: text,
  role: z.string(),
  organization_id: nullableId,
  active: z.boolean().optional().default(true),
  created_at: z.string(),
  updated_at: z.string(),
});

export const rawOrganization = z.object({
  id,
  name: z.string(),
  domain_names: z.array(z.string()).optional().default([]),
  created_at: z.string(),
  updated_at: z.string(),
});

export const rawGroup = z.object({
  id,
  name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const rawComment = z.object({
  id,
  author_id: nullableId,
  body: text,
  html_body: text,
  public: z.boolean().optional().default(true),
  created_at: z.string(),
});

export const rawArticle = z.object({
  id,
  title: z.string(),
  body: text,
  locale: z.string(),
  section_id: nullableId,
  author_id: nullableId,
  html_url: text,
  created_at: z.string(),
  updated_at: z.string(),
});

/** Help Center categories and sections: the fields the graph serves (sections add their category). */
const helpCenterContainer = {
  id,
  name: z.string(),
  description: text,
  locale: z.string(),
  position: z.number().int().optional().default(0),
  html_url: text,
  created_at: z.string(),
  updated_at: z.string(),
};

export const rawCategory = z.object(helpCenterContainer);

export const rawSection = z.object({ ...helpCenterContainer, category_id: nullableId, parent_section_id: nullableId });

/** Cursor pagination (`page[size]`): `meta` and `links` beside the list key. */
export const cursorMeta = z.object({
  meta: z.object({
    has_more: z.boolean(),
    after_cursor: z.string().nullable().default(null),
    before_cursor: z.string().nullable().default(null),
  }),
});

/** Offset pagination (`page`, `per_page`): `count` is the total, `next_page` a URL or null. */
export const offsetMeta = z.object({
  count: z.number().int().nonnegative().optional(),
  next_page: z.string().nullable().optional(),
});

export const countResponse = z.object({ count: z.object({ value: z.number().int().nonnegative() }) });

export type RawTicket = z.infer<typeof rawTicket>;
export type RawUser = z.infer<typeof rawUser>;
export type RawOrganization = z.infer<typeof rawOrganization>;
export type RawGroup = z.infer<typeof rawGroup>;
export type RawComment = z.infer<typeof rawComment>;
export type RawArticle = z.infer<typeof rawArticle>;
export type RawCategory = z.infer<typeof rawCategory>;
export type RawSection = z.infer<typeof rawSection>;
