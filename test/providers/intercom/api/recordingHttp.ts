import { bodyOnlyHttp } from '../../../helpers/bodyOnlyHttp';
import type { UpstreamHttp, UpstreamRequest } from '../../../../src/providers/http/httpClient';

export interface RecordingHttp extends UpstreamHttp {
  /** Every request the paginator made, in order. */
  readonly requests: UpstreamRequest[];
}

/** An UpstreamHttp that answers from `respond` and records each request, so tests assert exact traffic. */
export function recordingHttp(respond: (request: UpstreamRequest, index: number) => unknown): RecordingHttp {
  const requests: UpstreamRequest[] = [];
  return {
    requests,
    ...bodyOnlyHttp(async (request) => {
      requests.push(request);
      return respond(request, requests.length - 1);
    }),
  };
}

/** A cursor-list response as Intercom writes it: `pages.next` left out on the last page. */
export function cursorListBody(
  listKey: string,
  items: ReadonlyArray<Record<string, unknown>>,
  options: { next?: string | null; omitNext?: boolean; perPage?: number | string; totalCount?: number } = {},
): Record<string, unknown> {
  const pages: Record<string, unknown> = { type: 'pages', page: 1, per_page: options.perPage ?? items.length, total_pages: 1 };
  if (!options.omitNext) pages.next = options.next === null ? null : { page: 2, starting_after: options.next };
  return { type: 'list', [listKey]: items, total_count: options.totalCount ?? items.length, pages };
}

export function rawConversation(id: string): Record<string, unknown> {
  return { type: 'conversation', id, created_at: 1_700_000_000, updated_at: 1_700_000_100, state: 'open', open: true, read: false };
}

export function rawContact(id: string): Record<string, unknown> {
  return { type: 'contact', id, role: 'user', created_at: 1_700_000_000, updated_at: 1_700_000_100 };
}
