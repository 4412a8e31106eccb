import { offsetSlice } from '../../../simulators/kit/pagination/offsetPage';
import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { answering, intercomError } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';
import { pagesObject } from './pagesObject';
import { readPage } from './readPage';
import { readPerPage } from './readPerPage';

/** listNotes' example: `per_page: 50` on a first and only page. */
const notesPerPage = 50;

/**
 * Spec v2.16 listNotes (GET /contacts/{id}/notes): a `list` of notes, newest first, with
 * `total_count` and `pages` (`cursor_pages`; the example's last page has `next: null`). The spec
 * declares no paging parameter; the official SDK sends `page` and `per_page` and reads pages until
 * one comes back empty, so both are honoured (per_page at most 150, as everywhere) and a page past
 * the end is an empty 200. An unknown contact is the example's `not_found` "User Not Found".
 */
function listNotes(request: SimRequest, context: IntercomRouteContext, id: string | undefined): SimResponse {
  return answering(() => {
    const contact = context.dataset.contacts.find((candidate) => candidate.id === id);
    if (contact === undefined) return intercomError(404, 'not_found', 'User Not Found');
    const page = readPage(request.query.get('page'));
    const perPage = readPerPage(request.query.get('per_page') ?? undefined, notesPerPage);
    const slice = offsetSlice(context.dataset.contactNotes(contact.id), { page, perPage });
    const pages = pagesObject({ page, perPage, totalCount: slice.total, format: context.perPageFormat, next: slice.hasNext ? { page: page + 1 } : null });
    return { status: 200, body: { type: 'list', data: slice.records, total_count: slice.total, pages } };
  });
}

export function contactNoteRoutes(context: IntercomRouteContext): Route[] {
  return [
    { method: 'GET', pattern: '/contacts/:id/notes', handle: (request, { id }) => listNotes(request, context, id) },
    {
      method: 'GET',
      pattern: '/notes/:id',
      handle: (_request, { id }) => {
        const note = id === undefined ? undefined : context.dataset.noteById(id);
        return note ? { status: 200, body: note } : intercomError(404, 'not_found', 'Resource Not Found');
      },
    },
  ];
}
