import { z } from 'zod';

import { memoizeSchema } from '../../memoizeSchema';

/**
 * Raw Front Core API shapes (https://dev.frontapp.com/reference), checked at the boundary so a
 * provider change fails loudly here (UPSTREAM_ERROR) instead of as `undefined` in a resolver. Only
 * the fields this graph reads are declared; unknown fields are dropped: nothing reads them, parsing
 * them cost ~75% of validation time (bench/), and a page kept in the page cache holds only what is
 * served. Fields the spec does not mark required become `null` when absent, through
 * `.default(null)` rather than a transform: a transform is a zod pipe that allocates per field and
 * record (~20 KB per page of ten Zendesk tickets, bench/).
 */
const text = z.string().nullable().default(null);
const flag = z.boolean().optional().default(false);
/** Front timestamps are unix seconds with up to three decimals (`1701292649.333`). */
const seconds = z.number().nullable().default(null);

export const rawTeammate = z.object({
  id: z.string(),
  email: z.string(),
  username: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  is_admin: z.boolean(),
  is_available: z.boolean(),
  is_blocked: z.boolean(),
});

export const rawTag = z.object({
  id: z.string(),
  name: z.string(),
  description: text,
  highlight: text,
  is_private: z.boolean(),
  created_at: seconds,
  updated_at: seconds,
});

/** RecipientResponse: the contact is only a link (`_links.related.contact`, null when Front has none). */
export const rawRecipient = z.object({
  _links: z
    .object({ related: z.object({ contact: text }).optional() })
    .optional(),
  name: text,
  handle: z.string(),
  role: z.string(),
});

export const rawConversation = z.object({
  id: z.string(),
  subject: z.string(),
  status: z.string(),
  status_category: text,
  assignee: rawTeammate.nullable(),
  recipient: rawRecipient.nullable().default(null),
  tags: z.array(rawTag),
  is_private: z.boolean(),
  created_at: seconds,
  updated_at: seconds,
});

export const rawContactHandle = z.object({ handle: z.string(), source: z.string() });

export const rawContact = z.object({
  id: z.string(),
  name: text,
  description: text,
  handles: z.array(rawContactHandle).optional().default([]),
  is_private: flag,
  created_at: seconds,
  updated_at: seconds,
});

export const rawAccount = z.object({
  id: z.string(),
  name: z.string(),
  description: text,
  domains: z.array(z.string()),
  external_id: text,
  created_at: seconds,
  updated_at: seconds,
});

export const rawInbox = z.object({
  id: z.string(),
  name: z.string(),
  is_private: flag,
  is_public: flag,
});

export const rawMessage = z.object({
  id: z.string(),
  type: z.string(),
  is_inbound: z.boolean(),
  created_at: z.number(),
  subject: text,
  blurb: text,
  author: rawTeammate.nullable().default(null),
  body: text,
  text: text,
});

export const rawComment = z.object({
  id: z.string(),
  author: rawTeammate,
  body: z.string(),
  posted_at: seconds,
  is_pinned: z.boolean(),
});

/** TeamPreviewResponse: what list-teams returns (the whole TeamResponse adds inboxes and members). */
export const rawTeam = z.object({ id: z.string(), name: z.string() });

export const rawChannel = z.object({
  _links: z.object({ related: z.object({ inbox: text }).optional() }).optional(),
  id: z.string(),
  name: text,
  address: text,
  type: z.string(),
  send_as: text,
  is_private: flag,
  is_valid: flag,
});

/** EventResponse: every property optional in the spec but `id`, `type` and `emitted_at`, which every event has. */
export const rawEvent = z.object({
  id: z.string(),
  type: z.string(),
  emitted_at: z.number(),
  conversation: rawConversation.nullable().default(null),
});

/**
 * The envelope of a paginated list (https://dev.frontapp.com/docs/pagination): `_pagination.next` is
 * a full URL, or null on the last page, and search adds `_total`. Its `_results` are read with
 * {@link wholeListOf}. Tags use it too although the spec declares no `_pagination` for them: Front
 * does page tags, and a missing `_pagination` fails loudly rather than silently ending the list
 * after its first page.
 */
export const paginationEnvelope = z.object({
  _pagination: z.object({ next: z.string().nullable() }),
  _total: z.number().int().nonnegative().optional(),
});

/**
 * `_results`: the whole answer of a list the spec leaves unpaginated (inboxes, teammates, comments),
 * or the records of one page beside its {@link paginationEnvelope}.
 */
export function wholeListOf<TItem extends z.ZodType>(item: TItem) {
  return wholeLists(item) as ReturnType<typeof wholeListShape<TItem>>;
}

function wholeListShape<TItem extends z.ZodType>(item: TItem) {
  return z.object({ _results: z.array(item) });
}

const wholeLists = memoizeSchema((item: z.ZodType) => wholeListShape(item));

export type RawTeammate = z.infer<typeof rawTeammate>;
export type RawTag = z.infer<typeof rawTag>;
export type RawRecipient = z.infer<typeof rawRecipient>;
export type RawConversation = z.infer<typeof rawConversation>;
export type RawContact = z.infer<typeof rawContact>;
export type RawAccount = z.infer<typeof rawAccount>;
export type RawInbox = z.infer<typeof rawInbox>;
export type RawMessage = z.infer<typeof rawMessage>;
export type RawComment = z.infer<typeof rawComment>;
export type RawTeam = z.infer<typeof rawTeam>;
export type RawChannel = z.infer<typeof rawChannel>;
export type RawEvent = z.infer<typeof rawEvent>;
