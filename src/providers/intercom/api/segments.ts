import { z } from 'zod';

import { ErrorCode } from '../../../errorCodes';
import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds } from '../../isoTime';
import { once } from '../../once';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { ProviderError } from '../../providerError';
import type { Paginator } from '../../types';
import { createWholeListPaginator } from '../../wholeListPaginator';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomSegmentModel } from './models';

/** `segments(includeCount)`: whether Intercom adds each segment's contact count (`include_count`). */
export type IntercomSegmentArgs = { readonly includeCount: boolean };

const rawSegment = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.number(),
  updated_at: z.number(),
  person_type: z.string().nullable().default(null),
  count: z.number().int().nullable().default(null),
});

/**
 * listSegments (spec v2.16): GET, no paging parameter, every segment under `segments`. The schema
 * adds "The result may also have a pages object if the response is paginated" but declares no way
 * to ask for a next page: a response that says one follows is reported as broken paging rather
 * than served as the whole list.
 */
const segmentList = z.object({
  segments: z.array(rawSegment).optional().default([]),
  pages: z.object({ next: z.unknown().optional() }).nullable().optional(),
});

function toSegment(raw: z.infer<typeof rawSegment>): IntercomSegmentModel {
  return {
    nativeId: raw.id,
    name: raw.name,
    personType: raw.person_type,
    count: raw.count,
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
  };
}

async function listSegments(http: UpstreamHttp, args: IntercomSegmentArgs): Promise<ReadonlyArray<IntercomSegmentModel>> {
  const endpoint = 'GET /segments';
  const body = await http.requestJson({ method: 'GET', path: '/segments', endpoint, ...(args.includeCount ? { query: { include_count: 'true' } } : {}) });
  const parsed = parseUpstream(segmentList, body, 'intercom', endpoint);
  const next = parsed.pages?.next;
  if (next !== undefined && next !== null && next !== '') {
    throw new ProviderError(ErrorCode.UPSTREAM_PAGINATION_ERROR, 'intercom.segments: Intercom said more segments follow, but listSegments has no parameter to ask for them.', {
      resource: 'intercom.segments',
    });
  }
  return parsed.segments.map(toSegment);
}

export interface IntercomSegments {
  readonly paginator: Paginator<IntercomSegmentModel, IntercomSegmentArgs, OffsetToken>;
  /** The list without counts, read once per request: what lookups by id (node, nodes) search. */
  all(): Promise<ReadonlyArray<IntercomSegmentModel>>;
}

/**
 * The segment list, read at most once per request and arguments: the connection serves it in
 * windows of at most 150 (any `first`, `last`/`before` too, one call), and lookups by id reuse the
 * same read when it has no counts.
 */
export function createIntercomSegments(http: UpstreamHttp): IntercomSegments {
  const all = once(() => listSegments(http, { includeCount: false }));
  const paginator = createWholeListPaginator({
    resource: 'intercom.segments',
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    idOf: (segment: IntercomSegmentModel) => segment.nativeId,
    fetchAll: (args: IntercomSegmentArgs) => (args.includeCount ? listSegments(http, args) : all()),
  });
  return { paginator, all };
}
