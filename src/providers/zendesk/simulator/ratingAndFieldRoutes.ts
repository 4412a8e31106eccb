import type { Route } from '../../../simulators/kit/router';
import { orderedRecords } from './orderedRecords';
import { cursorListBody, paginateByCursor, readCursorRequest, wantsCursorPaging } from './paginateByCursor';
import { numberField, orderOf, sortFields, sortRecords, textField } from './recordOrder';
import { serveList, type ListDefinition } from './serveList';
import { findById, showOne, showRecord } from './showRecords';
import type { ZendeskContext } from './zendeskContext';
import type { ZendeskSatisfactionRating, ZendeskTicketField } from './zendeskDataset';

const ratingId = numberField<ZendeskSatisfactionRating>('id', (rating) => rating.id);

/** ListSatisfactionRatings: cursor (recommended) or offset, id order by default. */
const SATISFACTION_RATING_LIST: ListDefinition<ZendeskSatisfactionRating> = {
  key: 'satisfaction_ratings',
  fields: sortFields(
    ratingId,
    textField<ZendeskSatisfactionRating>('created_at', (rating) => rating.created_at),
    textField<ZendeskSatisfactionRating>('updated_at', (rating) => rating.updated_at),
  ),
  defaultOrder: orderOf(ratingId, false),
};

/** ListTicketFields under cursor pagination: "a maximum of 100 records per page and fields are returned in the order specified by their id". */
const FIELD_BY_ID = orderOf(numberField<ZendeskTicketField>('id', (field) => field.id), false);
/** Unpaginated, "every field is returned ... in the order specified by the position and id". */
const FIELD_BY_POSITION = orderOf(numberField<ZendeskTicketField>('position', (field) => field.position), false);

export function ratingAndFieldRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  const ratings = orderedRecords(context.data.satisfactionRatings);
  const fields = orderedRecords(context.data.ticketFields);
  const ratingsById = new Map(context.data.satisfactionRatings.map((rating) => [rating.id, rating]));
  const fieldsById = new Map(context.data.ticketFields.map((field) => [field.id, field]));
  return [
    {
      method: 'GET',
      pattern: '/api/v2/satisfaction_ratings',
      handle: (request) =>
        serveList({
          definition: SATISFACTION_RATING_LIST,
          records: ratings,
          location: { baseUrl: context.baseUrl, path: '/api/v2/satisfaction_ratings', query: request.query },
        }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/satisfaction_ratings/:id',
      // ShowSatisfactionRating: the spec's SatisfactionRatingResponse (schema and example alike) holds
      // `satisfaction_rating` as an array of one rating, not the bare object other show operations answer.
      handle: (_request, { id }) => {
        const rating = findById(id, ratingsById);
        return showRecord(rating === undefined ? undefined : [rating], 'satisfaction_rating');
      },
    },
    // ShowTicketfield: TicketFieldResponse, `{ ticket_field: {...} }`.
    { method: 'GET', pattern: '/api/v2/ticket_fields/:id', handle: (_request, { id }) => showOne(id, fieldsById, 'ticket_field') },
    {
      method: 'GET',
      pattern: '/api/v2/ticket_fields',
      handle: (request) => {
        // Cursor pagination or none: without page[size] the whole list comes in one answer.
        if (!wantsCursorPaging(request.query)) {
          const all = sortRecords(context.data.ticketFields, FIELD_BY_POSITION);
          return { status: 200, body: { ticket_fields: all, next_page: null, previous_page: null, count: all.length } };
        }
        const cursor = readCursorRequest(request.query, FIELD_BY_ID);
        if (!cursor.ok) return cursor.response;
        const page = paginateByCursor(fields.inOrder(FIELD_BY_ID), FIELD_BY_ID, cursor.value);
        const location = { baseUrl: context.baseUrl, path: '/api/v2/ticket_fields', query: request.query };
        return { status: 200, body: cursorListBody('ticket_fields', page, cursor.value, location) };
      },
    },
  ];
}
