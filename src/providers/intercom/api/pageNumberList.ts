import type { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import type { JsonValue, Paginator } from '../../types';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { pagedEnvelope } from './types';

/** A paged list envelope (`pagedEnvelope`) with its records under `data`. */
type PagedList<TRaw> = z.ZodType<z.infer<typeof pagedEnvelope> & { readonly data: ReadonlyArray<TRaw> }>;

export interface IntercomPageNumberListOptions<TRaw, TNode, TArgs> {
  readonly resource: string;
  /** Low-cardinality label (`GET /contacts/:id/notes`). */
  readonly endpoint: string;
  path(args: TArgs): string;
  /** Built once, at module level: zod compiles a schema on its first parse (memoizeSchema.ts). */
  readonly page: PagedList<TRaw>;
  toNode(raw: TRaw): TNode;
  /** Why no record cap applies: Intercom documents none for these lists. */
  readonly capExplanation: string;
}

/**
 * An Intercom list the spec declares no paging parameters for, whose answer is a paged list
 * (`pages` with `page`, `per_page`, `total_pages`, `next`; `total_count`), and which Intercom's SDK
 * reads with `page` and `per_page` (contact notes, articles): read by page number through the
 * shared offset paginator, at most 150 a call (the pagination guide's maximum for any API). No
 * record cap is documented, so the paginator's is set out of reach. These lists are newest first,
 * so a record added while a client pages shifts the rest by one: a repeated record is skipped,
 * not failed, as for companies.
 */
export function createIntercomPageNumberList<TRaw, TNode extends { readonly nativeId: string }, TArgs extends JsonValue>(
  http: UpstreamHttp,
  options: IntercomPageNumberListOptions<TRaw, TNode, TArgs>,
): Paginator<TNode, TArgs, OffsetToken> {
  const paginator = createPageNumberPaginator<TNode, TArgs>({
    resource: options.resource,
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    recordCap: Number.MAX_SAFE_INTEGER,
    capExplanation: options.capExplanation,
    idOf: (node) => node.nativeId,
    async fetchNumberedPage(args, page, perPage, readAhead) {
      const body = await http.requestJson({ method: 'GET', path: options.path(args), endpoint: options.endpoint, query: { page, per_page: perPage }, readAhead });
      const parsed = parseUpstream(options.page, body, 'intercom', options.endpoint);
      const next = parsed.pages?.next;
      const lastPage = parsed.pages?.total_pages;
      return {
        nodes: parsed.data.map((raw) => options.toNode(raw)),
        // `next` is the spec's signal; `total_pages` covers a response that leaves `next` out.
        hasNext: (next !== null && next !== undefined) || (lastPage !== undefined && lastPage !== null && page < lastPage),
        totalCount: parsed.total_count ?? undefined,
      };
    },
  });
  return { ...paginator, onRepeatedNode: 'skip' };
}
