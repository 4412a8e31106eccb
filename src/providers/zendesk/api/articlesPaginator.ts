import { z } from 'zod';

import type { UpstreamHttp } from '../../http/httpClient';
import { createPageNumberPaginator, type OffsetToken } from '../../pageNumberPaginator';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { toArticle } from './toModels';
import type { ZendeskArticleModel } from './models';
import { offsetMeta, rawArticle } from './types';

export type ZendeskArticleArgs = { readonly locale: string | null };

/**
 * Zendesk: "offset-based pagination requests over the first 10,000 records (100 pages) will result
 * in a 400 Bad Request". Help Center articles have no cursor pagination, so that is a hard wall.
 */
export const ZENDESK_OFFSET_RECORD_CAP = 10_000;
const ARTICLES_MAX_PER_PAGE = 100;
const endpoint = 'GET /api/v2/help_center/articles';
const articlesPage = offsetMeta.extend({ articles: z.array(rawArticle) });

/** Help Center articles, offset-paged (`page`, `per_page`, `next_page`, `count`). */
export function createArticlesPaginator(http: UpstreamHttp): Paginator<ZendeskArticleModel, ZendeskArticleArgs, OffsetToken> {
  return createPageNumberPaginator<ZendeskArticleModel, ZendeskArticleArgs>({
    resource: 'zendesk.articles',
    maxPageSize: ARTICLES_MAX_PER_PAGE,
    recordCap: ZENDESK_OFFSET_RECORD_CAP,
    capExplanation:
      'Zendesk serves Help Center articles only by offset, and offset paging stops at record 10,000 ' +
      '(Zendesk answers 400 past it). Narrow the list, e.g. with `locale`, to reach later articles.',
    idOf: (article) => article.nativeId,
    async fetchNumberedPage(args, page, perPage, readAhead) {
      // https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#list-articles
      const path = args.locale === null ? '/api/v2/help_center/articles.json' : `/api/v2/help_center/${pathSegment('zendesk', 'a locale', args.locale)}/articles.json`;
      const body = await http.requestJson({ method: 'GET', path, endpoint, query: { page, per_page: perPage }, readAhead });
      const parsed = parseUpstream(articlesPage, body, 'zendesk', endpoint);
      return {
        nodes: parsed.articles.map(toArticle),
        hasNext: parsed.next_page !== null && parsed.next_page !== undefined,
        totalCount: parsed.count,
      };
    },
  });
}
