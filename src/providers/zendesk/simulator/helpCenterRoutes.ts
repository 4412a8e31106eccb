import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import type { OrderedRecords } from './orderedRecords';
import { offsetListBody, paginateByOffset, readOffsetRequest } from './paginateByOffset';
import { readOffsetOrder } from './serveList';
import type { ZendeskContext } from './zendeskContext';
import type { ZendeskArticle } from './zendeskDataset';
import { ARTICLE_LIST } from './zendeskLists';

/** The pagination article gives Help Center articles a default page of 30 (Support lists: 100). */
export const ARTICLES_DEFAULT_PER_PAGE = 30;

/** Help Center article lists: offset paging only, with or without a locale in the path. */
export function helpCenterRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  return [
    {
      method: 'GET',
      pattern: '/api/v2/help_center/articles',
      handle: (request) => serveArticles(context.articlesWhere('*', () => true), '/api/v2/help_center/articles', request.query, context),
    },
    {
      method: 'GET',
      pattern: '/api/v2/help_center/:locale/articles',
      where: { locale: /[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*/ },
      handle: (request, { locale = '' }) => {
        const wanted = locale.toLowerCase();
        const articles = context.articlesWhere(wanted, (article) => article.locale === wanted);
        return serveArticles(articles, `/api/v2/help_center/${locale}/articles`, request.query, context);
      },
    },
  ];
}

/**
 * Help Center list bodies carry more paging detail than Support ones: the current page, its
 * size, the page count and the effective sort, next to count/next_page/previous_page.
 */
function serveArticles(
  articles: OrderedRecords<ZendeskArticle>,
  path: string,
  query: URLSearchParams,
  context: ZendeskContext,
): SimResponse {
  const order = readOffsetOrder(query, ARTICLE_LIST);
  if (!order.ok) return order.response;
  const request = readOffsetRequest(query, ARTICLES_DEFAULT_PER_PAGE);
  if (!request.ok) return request.response;
  const page = paginateByOffset(articles.inOrder(order.value), request.value);
  const { page: number, perPage } = request.value;
  return {
    status: 200,
    body: {
      ...offsetListBody(ARTICLE_LIST.key, page, { baseUrl: context.baseUrl, path, query }),
      page: number,
      per_page: perPage,
      page_count: page.pageCount,
      sort_by: order.value.field.name,
      sort_order: order.value.descending ? 'desc' : 'asc',
    },
  };
}
