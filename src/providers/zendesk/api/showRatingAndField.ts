import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import {
  rawSatisfactionRating,
  rawTicketField,
  toSatisfactionRating,
  toTicketField,
  type ZendeskSatisfactionRatingModel,
  type ZendeskTicketFieldModel,
} from './ratingAndFieldModels';

/** TicketFieldResponse: `{ ticket_field: {...} }`. */
const ticketFieldBody = z.object({ ticket_field: rawTicketField });

/**
 * SatisfactionRatingResponse: the spec (schema and example) gives `satisfaction_rating` as an array
 * holding the one rating, where every other show operation gives the bare object. Both are read, so
 * the lookup holds whichever the live API sends.
 */
const satisfactionRatingBody = z.object({ satisfaction_rating: z.union([rawSatisfactionRating, z.tuple([rawSatisfactionRating])]) });

/** ShowTicketfield. https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_fields/#show-ticket-field */
export async function showTicketField(http: UpstreamHttp, id: string): Promise<ZendeskTicketFieldModel> {
  const endpoint = 'GET /api/v2/ticket_fields/:id';
  const path = `/api/v2/ticket_fields/${pathSegment('zendesk', 'a ticket field id', id)}.json`;
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  return toTicketField(parseUpstream(ticketFieldBody, body, 'zendesk', endpoint).ticket_field);
}

/** ShowSatisfactionRating. https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/#show-satisfaction-rating */
export async function showSatisfactionRating(http: UpstreamHttp, id: string): Promise<ZendeskSatisfactionRatingModel> {
  const endpoint = 'GET /api/v2/satisfaction_ratings/:id';
  const path = `/api/v2/satisfaction_ratings/${pathSegment('zendesk', 'a satisfaction rating id', id)}.json`;
  const body = await http.requestJson({ method: 'GET', path, endpoint });
  const rating = parseUpstream(satisfactionRatingBody, body, 'zendesk', endpoint).satisfaction_rating;
  return toSatisfactionRating(Array.isArray(rating) ? rating[0] : rating);
}
