import { offsetSlice } from '../../../simulators/kit/pagination/offsetPage';
import type { Route, SimRequest, SimResponse } from '../../../simulators/kit/simulatorServer';
import { compareSortKeys } from './compareSortKeys';
import { answering, intercomError } from './intercomError';
import type { IntercomArticle } from './intercomDataset';
import type { IntercomRouteContext } from './intercomRouteContext';
import { pagesObject } from './pagesObject';
import { readPage } from './readPage';
import { readPerPage } from './readPerPage';

/** listArticles' example: `per_page: 25`. */
const articlesPerPage = 25;

/**
 * Spec v2.16 listArticles: "Articles will be returned in descending order on the `updated_at`
 * attribute" (ties here by id, descending too), as a `list` with `total_count` and `pages`. The spec
 * declares no paging parameter; the official SDK sends `page` and `per_page` and stops at an empty
 * page, so both are honoured (per_page at most 150) and a page past the end is an empty 200.
 */
function listArticles(request: SimRequest, context: IntercomRouteContext): SimResponse {
  return answering(() => {
    const page = readPage(request.query.get('page'));
    const perPage = readPerPage(request.query.get('per_page') ?? undefined, articlesPerPage);
    const keyOf = (article: IntercomArticle) => ({ value: article.updated_at, id: article.id });
    const sorted = [...context.dataset.articles].sort((a, b) => compareSortKeys(keyOf(a), keyOf(b), 'descending'));
    const slice = offsetSlice(sorted, { page, perPage });
    const pages = pagesObject({ page, perPage, totalCount: slice.total, format: context.perPageFormat, next: slice.hasNext ? { page: page + 1 } : null });
    return { status: 200, body: { type: 'list', pages, total_count: slice.total, data: slice.records } };
  });
}

export function articleRoutes(context: IntercomRouteContext): Route[] {
  return [
    { method: 'GET', pattern: '/articles', handle: (request) => listArticles(request, context) },
    {
      method: 'GET',
      pattern: '/articles/:id',
      handle: (_request, { id }) => {
        const article = context.dataset.articles.find((candidate) => candidate.id === id);
        return article ? { status: 200, body: article } : intercomError(404, 'not_found', 'Resource Not Found');
      },
    },
  ];
}
