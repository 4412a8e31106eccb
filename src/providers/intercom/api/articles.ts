import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds } from '../../isoTime';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { INTERCOM_MAX_PER_PAGE } from './cursorPage';
import type { IntercomNoArgs } from './listPaginator';
import type { IntercomArticleModel } from './models';
import { pagedEnvelope } from './types';

const idLike = z.union([z.string(), z.number()]).nullable().optional();
const idOrNull = (value: string | number | null | undefined): string | null => (value === null || value === undefined || value === '' ? null : String(value));

/** Spec v2.16 `article_list_item` / `article`; `author_id` is an integer in the spec. */
const rawArticle = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  body: z.string().nullable().default(null),
  author_id: idLike,
  state: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  parent_ids: z.array(z.union([z.string(), z.number()])).nullable().optional(),
  created_at: z.number(),
  updated_at: z.number(),
});

function toArticle(raw: z.infer<typeof rawArticle>): IntercomArticleModel {
  return {
    nativeId: raw.id,
    title: raw.title,
    description: raw.description,
    body: raw.body,
    authorId: idOrNull(raw.author_id),
    state: raw.state,
    url: raw.url,
    parentIds: (raw.parent_ids ?? []).map(String),
    createdAt: isoFromUnixSeconds(raw.created_at),
    updatedAt: isoFromUnixSeconds(raw.updated_at),
  };
}

/** listArticles' `article_list`: `data`, `total_count`, `cursor_pages`. */
const articlesPage = pagedEnvelope.extend({ data: z.array(rawArticle).optional().default([]) });

/**
 * `intercom.articles`: GET /articles, "in descending order on the `updated_at` attribute". The
 * spec declares no paging parameter, but answers a paged `article_list` (`pages`, `per_page: 25`)
 * and Intercom's SDK asks `page` and `per_page`: read by page number through the shared offset
 * paginator, at most 150 a call. No record cap is documented. An article updated while a client
 * pages moves to the front and shifts the rest, so a repeated article is skipped, not failed.
 */
export function createIntercomArticlesPaginator(http: UpstreamHttp): Paginator<IntercomArticleModel, IntercomNoArgs, OffsetToken> {
  const endpoint = 'GET /articles';
  const paginator = createPageNumberPaginator<IntercomArticleModel, IntercomNoArgs>({
    resource: 'intercom.articles',
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    recordCap: Number.MAX_SAFE_INTEGER,
    capExplanation: 'Intercom documents no limit on how many articles can be paged.',
    idOf: (article) => article.nativeId,
    async fetchNumberedPage(_args, page, perPage, readAhead) {
      const body = await http.requestJson({ method: 'GET', path: '/articles', endpoint, query: { page, per_page: perPage }, readAhead });
      const parsed = parseUpstream(articlesPage, body, 'intercom', endpoint);
      const next = parsed.pages?.next;
      const lastPage = parsed.pages?.total_pages;
      return {
        nodes: parsed.data.map(toArticle),
        hasNext: (next !== null && next !== undefined) || (lastPage !== undefined && page < lastPage),
        totalCount: parsed.total_count ?? undefined,
      };
    },
  });
  return { ...paginator, onRepeatedNode: 'skip' };
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/articles/retrievearticle (GET /articles/{id}). */
export async function fetchArticle(http: UpstreamHttp, id: string): Promise<IntercomArticleModel> {
  const endpoint = 'GET /articles/:id';
  const body = await http.requestJson({ method: 'GET', path: `/articles/${pathSegment('intercom', 'an article id', id)}`, endpoint });
  return toArticle(parseUpstream(rawArticle, body, 'intercom', endpoint));
}
