import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds } from '../../isoTime';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import type { IntercomNoteModel } from './models';
import { createIntercomPageNumberList } from './pageNumberList';
import { idOrNull } from './toModels';
import { idLike, pagedEnvelope } from './types';

/** Which contact's notes a connection lists. */
export type IntercomContactScope = { readonly contactId: string };

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
 * `IntercomContact.notes`: GET /contacts/{id}/notes, newest first, by page number
 * (pageNumberList.ts); the spec's answer is a paged `note_list` (`per_page: 50`).
 */
export function createIntercomContactNotesPaginator(http: UpstreamHttp): Paginator<IntercomNoteModel, IntercomContactScope, OffsetToken> {
  return createIntercomPageNumberList(http, {
    resource: 'intercom.contactNotes',
    endpoint: 'GET /contacts/:id/notes',
    path: (args) => `/contacts/${pathSegment('intercom', 'a contact id', args.contactId)}/notes`,
    page: notesPage,
    toNode: toNote,
    capExplanation: 'Intercom documents no limit on how many of a contact’s notes can be paged.',
  });
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/notes/retrievenote (GET /notes/{id}). */
export async function fetchNote(http: UpstreamHttp, id: string): Promise<IntercomNoteModel> {
  const endpoint = 'GET /notes/:id';
  const body = await http.requestJson({ method: 'GET', path: `/notes/${pathSegment('intercom', 'a note id', id)}`, endpoint });
  return toNote(parseUpstream(rawNote, body, 'intercom', endpoint));
}
