import type { UpstreamHttp } from '../../http/httpClient';
import type { Paginator } from '../../types';
import { createZendeskCursorPaginator, type ZendeskCursorToken, type ZendeskNoArgs } from './cursorPaginator';
import { toCategory, toSection } from './helpCenterModels';
import type { ZendeskCategoryModel, ZendeskSectionModel } from './models';
import { rawCategory, rawSection } from './types';

/**
 * Help Center sections and categories, cursor-paged like articles (`page[size]` ≤ 100,
 * `page[after]`, `meta.has_more`), in Help Center's default order (manual position, then creation).
 * Neither has a `/count` endpoint, so their connections have no totalCount.
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/sections/#list-sections
 * https://developer.zendesk.com/api-reference/help_center/help-center-api/categories/#list-categories
 */
export function createSectionsPaginator(http: UpstreamHttp): Paginator<ZendeskSectionModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.sections',
    endpoint: 'GET /api/v2/help_center/sections',
    path: () => '/api/v2/help_center/sections.json',
    query: () => ({}),
    listKey: 'sections',
    item: rawSection,
    toNode: toSection,
  });
}

export function createCategoriesPaginator(http: UpstreamHttp): Paginator<ZendeskCategoryModel, ZendeskNoArgs, ZendeskCursorToken> {
  return createZendeskCursorPaginator(http, {
    resource: 'zendesk.categories',
    endpoint: 'GET /api/v2/help_center/categories',
    path: () => '/api/v2/help_center/categories.json',
    query: () => ({}),
    listKey: 'categories',
    item: rawCategory,
    toNode: toCategory,
  });
}
