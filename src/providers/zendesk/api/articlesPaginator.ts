import type { UpstreamHttp } from '../../http/httpClient';
import { parseUpstream } from '../../parseUpstream';
import { pathSegment } from '../../pathSegment';
import type { Paginator } from '../../types';
import { createZendeskCursorPaginator, type ZendeskCursorToken } from './cursorPaginator';
import { toArticle } from './toModels';
import type { ZendeskArticleModel } from './models';
import { offsetMeta, rawArticle } from './types';

export type ZendeskArticleArgs = { readonly locale: string | null };

const endpoint = 'GET /api/v2/help_center/articles';

function articlesPath(args: ZendeskArticleArgs): string {
  return args.locale === null ? '/api/v2/help_center/articles.json' : `/api/v2/help_center/${pathSegment('zendesk', 'a locale', args.locale)}/articles.json`;
}

/**
 * Help Center articles under cursor pagination (`page[size]` ≤ 100, `page[after]`, `meta.has_more`):
 * List Articles supports it like the Support lists, so every article is reachable. Offset paging
 * (`page`, `per_page`) would stop at record 10,000 (Zendesk answers `InvalidPaginationDepth` past it).
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#list-articles
 */
export function createArticlesPaginator(http: UpstreamHttp): Paginator<ZendeskArticleModel, ZendeskArticleArgs, ZendeskCursorToken> {
  const paginator = createZendeskCursorPaginator(http, {
    resource: 'zendesk.articles',
    endpoint,
    path: articlesPath,
    // Help Center's default order (position, then creation): no sort parameter.
    query: () => ({}),
    listKey: 'articles',
    item: rawArticle,
    toNode: toArticle,
  });
  return {
    ...paginator,
    /**
     * Cursor pages carry no total and Help Center has no `/count` endpoint; the offset body's
     * `count` is the total, so one offset page of one record answers it (only when selected).
     */
    async fetchTotalCount(args: ZendeskArticleArgs): Promise<number | null> {
      const body = await http.requestJson({ method: 'GET', path: articlesPath(args), endpoint: `${endpoint}/count`, query: { per_page: 1 } });
      return parseUpstream(offsetMeta, body, 'zendesk', `${endpoint}/count`).count ?? null;
    },
  };
}
