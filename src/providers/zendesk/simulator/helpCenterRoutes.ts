import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import type { OrderedRecords } from './orderedRecords';
import type { ListLocation } from './listLocation';
import { cursorListBody, paginateByCursor, readCursorRequest, wantsCursorPaging } from './paginateByCursor';
import { offsetListBody, paginateByOffset, readOffsetRequest } from './paginateByOffset';
import type { Identified, RecordOrder } from './recordOrder';
import { readOffsetOrder, type ListDefinition } from './serveList';
import { findById, showOne, showRecord } from './showRecords';
import type { ZendeskContext } from './zendeskContext';
import { CATEGORY_LIST, SECTION_LIST } from './helpCenterLists';
import { ARTICLE_LIST } from './zendeskLists';

/** The pagination article gives Help Center lists a default page of 30 (Support lists: 100). */
export const ARTICLES_DEFAULT_PER_PAGE = 30;

/** A Help Center locale as a path segment, e.g. `en-us`, `de`, `pt-br`. */
const LOCALE = /[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*/;

/** A Help Center list and where its records come from, per locale (`*`: every locale), and by id. */
interface HelpCenterList<T extends Identified & { readonly locale: string }> {
  readonly definition: ListDefinition<T>;
  readonly where: (filterKey: string, keep: (record: T) => boolean) => OrderedRecords<T>;
  readonly index: ReadonlyMap<number, T>;
  /** The show endpoint's envelope key: `{ article: … }`. */
  readonly singular: string;
}

/** Help Center's article, section and category lists and show endpoints, each with or without a locale in the path. */
export function helpCenterRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  const routesOf = <T extends Identified & { readonly locale: string }>(list: HelpCenterList<T>): Route[] => [...listRoutes(list, context), ...showRoutes(list)];
  return [
    ...routesOf({ definition: ARTICLE_LIST, where: context.articlesWhere, index: context.byId.articles, singular: 'article' }),
    ...routesOf({ definition: SECTION_LIST, where: context.sectionsWhere, index: context.byId.sections, singular: 'section' }),
    ...routesOf({ definition: CATEGORY_LIST, where: context.categoriesWhere, index: context.byId.categories, singular: 'category' }),
  ];
}

/**
 * Show Article / Show Section / Show Category: `GET /api/v2/help_center{/locale}/articles/{article_id}`
 * (and `sections/{section_id}`, `categories/{category_id}`) answer `{ article | section | category: … }`,
 * the record as the lists serialise it; `{/locale}` is optional for agents and admins, as for the lists.
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/#show-article
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/sections/#show-section
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/categories/#show-category
 * The reference documents no 404 body for Help Center, and there is no Help Center spec in the
 * provider specs: an unknown id answers the Support API's `RecordNotFound` 404 (the Help Center API
 * "is part of the Zendesk v2 API", its introduction says). Assumed too: with a locale, a record
 * shown in another locale is not found (each simulated record exists in one locale, with no
 * translations to fall back on).
 */
function showRoutes<T extends Identified & { readonly locale: string }>(list: HelpCenterList<T>): Route[] {
  const key = list.definition.key;
  return [
    {
      method: 'GET',
      pattern: `/api/v2/help_center/${key}/:id`,
      handle: (_request, { id }) => showOne(id, list.index, list.singular),
    },
    {
      method: 'GET',
      pattern: `/api/v2/help_center/:locale/${key}/:id`,
      where: { locale: LOCALE },
      handle: (_request, { locale = '', id }) => {
        const record = findById(id, list.index);
        return showRecord(record?.locale === locale.toLowerCase() ? record : undefined, list.singular);
      },
    },
  ];
}

function listRoutes<T extends Identified & { readonly locale: string }>(list: HelpCenterList<T>, context: ZendeskContext): Route[] {
  const key = list.definition.key;
  const serve = (records: OrderedRecords<T>, path: string, query: URLSearchParams): SimResponse =>
    serveHelpCenterList(list.definition, records, { baseUrl: context.baseUrl, path, query }, ARTICLES_DEFAULT_PER_PAGE);
  return [
    {
      method: 'GET',
      pattern: `/api/v2/help_center/${key}`,
      handle: (request) => serve(list.where('*', () => true), `/api/v2/help_center/${key}`, request.query),
    },
    {
      method: 'GET',
      pattern: `/api/v2/help_center/:locale/${key}`,
      where: { locale: LOCALE },
      handle: (request, { locale = '' }) => {
        const wanted = locale.toLowerCase();
        return serve(list.where(wanted, (record) => record.locale === wanted), `/api/v2/help_center/${locale}/${key}`, request.query);
      },
    },
  ];
}

/**
 * Help Center lists page either way, chosen as in Support by the presence of `page[size]`: cursor
 * (`page[size]` ≤ 100, `page[after]`/`page[before]`, `meta` + `links`) or offset (`page`,
 * `per_page`, which stops at record 10,000). Both sort with Help Center's own `sort_by` +
 * `sort_order`, not Support's `sort=[-]field`.
 */
function serveHelpCenterList<T extends Identified>(
  definition: ListDefinition<T>,
  records: OrderedRecords<T>,
  location: ListLocation,
  defaultPerPage: number,
): SimResponse {
  const order = readOffsetOrder(location.query, definition);
  if (!order.ok) return order.response;
  if (wantsCursorPaging(location.query)) {
    const request = readCursorRequest(location.query, order.value);
    if (!request.ok) return request.response;
    const page = paginateByCursor(records.inOrder(order.value), order.value, request.value);
    return { status: 200, body: cursorListBody(definition.key, page, request.value, location) };
  }
  return serveOffsetList(definition, records, order.value, location, defaultPerPage);
}

/**
 * Help Center offset bodies carry more paging detail than Support ones: the current page, its
 * size, the page count and the effective sort, next to count/next_page/previous_page.
 */
function serveOffsetList<T>(
  definition: ListDefinition<T>,
  records: OrderedRecords<T>,
  order: RecordOrder<T>,
  location: ListLocation,
  defaultPerPage: number,
): SimResponse {
  const request = readOffsetRequest(location.query, defaultPerPage);
  if (!request.ok) return request.response;
  const page = paginateByOffset(records.inOrder(order), request.value);
  const { page: number, perPage } = request.value;
  return {
    status: 200,
    body: {
      ...offsetListBody(definition.key, page, location),
      page: number,
      per_page: perPage,
      page_count: page.pageCount,
      sort_by: order.field.name,
      sort_order: order.descending ? 'desc' : 'asc',
    },
  };
}
