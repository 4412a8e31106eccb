import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds } from '../../isoTime';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomNoteModel } from './models';
import { pagedEnvelope } from './types';

/** Which contact's notes a connection lists. */
export type IntercomContactScope = { readonly contactId: string };

const idLike = z.union([z.string(), z.number()]).nullable().optional();
const idOrNull = (value: string | number | null | undefined): string | null => (value === null || value === undefined || value === '' ? null : String(value));

/** Spec v2.16 `note` (its id is typed string; retrieveNote's path types it integer). */
const rawNote = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  created_at: z.number(),
  body: z.string().nullable().default(null),
  contact: z.object({ id: idLike }).nullable().optional(),
  author: z.object({ id: idLike, name: z.string().nullable().default(null), email: z.string().nullable().default(null) }).nullable().optional(),
});

export function toNote(raw: z.infer<typeof rawNote>): IntercomNoteModel {
  return {
    nativeId: raw.id,
    contactId: idOrNull(raw.contact?.id),
    body: raw.body,
    authorId: idOrNull(raw.author?.id),
    authorName: raw.author?.name ?? null,
    authorEmail: raw.author?.email ?? null,
    createdAt: isoFromUnixSeconds(raw.created_at),
  };
}

/** listNotes' `note_list`: `data`, `total_count` and `cursor_pages`. */
const notesPage = pagedEnvelope.extend({ data: z.array(rawNote).optional().default([]) });

/**
 * No record cap is documented for a contact's notes: page numbers reach them all. The cap the
 * page-number paginator needs is set out of reach.
 */
const NO_CAP = Number.MAX_SAFE_INTEGER;

/**
 * `IntercomContact.notes`: GET /contacts/{id}/notes, newest first. The spec declares no paging
 * parameter, but its response is a paged `note_list` (`pages` with `page`, `per_page: 50`,
 * `total_pages`, `next`) and Intercom's SDK asks `page` and `per_page`: read by page number through
 * the shared offset paginator, at most 150 a call (the pagination guide's maximum for any API).
 * A note added while a client pages shifts the newest-first list by one, so a repeated note is
 * skipped rather than failed, as for companies.
 */
export function createIntercomContactNotesPaginator(http: UpstreamHttp): Paginator<IntercomNoteModel, IntercomContactScope, OffsetToken> {
  const endpoint = 'GET /contacts/:id/notes';
  const paginator = createPageNumberPaginator<IntercomNoteModel, IntercomContactScope>({
    resource: 'intercom.contactNotes',
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    recordCap: NO_CAP,
    capExplanation: 'Intercom documents no limit on how many of a contact’s notes can be paged.',
    idOf: (note) => note.nativeId,
    async fetchNumberedPage(args, page, perPage, readAhead) {
      const path = `/contacts/${pathSegment('intercom', 'a contact id', args.contactId)}/notes`;
      const body = await http.requestJson({ method: 'GET', path, endpoint, query: { page, per_page: perPage }, readAhead });
      const parsed = parseUpstream(notesPage, body, 'intercom', endpoint);
      const next = parsed.pages?.next;
      const lastPage = parsed.pages?.total_pages;
      return {
        nodes: parsed.data.map(toNote),
        // `next` is the spec's signal; `total_pages` covers a response that leaves `next` out.
        hasNext: (next !== null && next !== undefined) || (lastPage !== undefined && page < lastPage),
        totalCount: parsed.total_count ?? undefined,
      };
    },
  });
  return { ...paginator, onRepeatedNode: 'skip' };
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/notes/retrievenote (GET /notes/{id}). */
export async function fetchNote(http: UpstreamHttp, id: string): Promise<IntercomNoteModel> {
  const endpoint = 'GET /notes/:id';
  const body = await http.requestJson({ method: 'GET', path: `/notes/${pathSegment('intercom', 'a note id', id)}`, endpoint });
  return toNote(parseUpstream(rawNote, body, 'intercom', endpoint));
}
