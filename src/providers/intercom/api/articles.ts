import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { isoFromUnixSeconds } from '../../isoTime';
import type { OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import type { IntercomNoArgs } from './listPaginator';
import type { IntercomArticleModel } from './models';
import { createIntercomPageNumberList } from './pageNumberList';
import { idOrNull } from './toModels';
import { idLike, pagedEnvelope } from './types';

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
 * `intercom.articles`: GET /articles, "in descending order on the `updated_at` attribute", by page
 * number (pageNumberList.ts); the spec's answer is a paged `article_list` (`per_page: 25`).
 */
export function createIntercomArticlesPaginator(http: UpstreamHttp): Paginator<IntercomArticleModel, IntercomNoArgs, OffsetToken> {
  return createIntercomPageNumberList(http, {
    resource: 'intercom.articles',
    endpoint: 'GET /articles',
    path: () => '/articles',
    page: articlesPage,
    toNode: toArticle,
    capExplanation: 'Intercom documents no limit on how many articles can be paged.',
  });
}

/** https://developers.intercom.com/docs/references/rest-api/api.intercom.io/articles/retrievearticle (GET /articles/{id}). */
export async function fetchArticle(http: UpstreamHttp, id: string): Promise<IntercomArticleModel> {
  const endpoint = 'GET /articles/:id';
  const body = await http.requestJson({ method: 'GET', path: `/articles/${pathSegment('intercom', 'an article id', id)}`, endpoint });
  return toArticle(parseUpstream(rawArticle, body, 'intercom', endpoint));
}
