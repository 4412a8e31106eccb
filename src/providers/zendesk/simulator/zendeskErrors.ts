import type { SimResponse } from '../../../simulators/kit/simulatorServer';

/**
 * Zendesk's error bodies. Authentication and missing records use the old `{error, description}`
 * shape (the spec's ShowUser 404 example); request validation uses the `{errors: [...]}` list
 * the spec's `Errors` schema defines (the same list its 429 body uses).
 */

export function unauthorized(): SimResponse {
  return {
    status: 401,
    body: { error: "Couldn't authenticate you" },
    headers: { 'www-authenticate': 'Basic realm="Web Password"' },
  };
}

export function recordNotFound(): SimResponse {
  return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
}

/** A path Zendesk does not route (any method): the `InvalidEndpoint` 404 the API answers. */
export function unknownEndpoint(): SimResponse {
  return { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } };
}

export function badRequest(code: string, detail: string): SimResponse {
  return { status: 400, body: { errors: [{ code, title: 'Bad Request', detail, status: '400' }] } };
}

export function invalidPagination(detail: string): SimResponse {
  return badRequest('InvalidPaginationParameter', detail);
}

/**
 * The 400 Zendesk answers to an offset page past the first 10,000 records (since the 2023-2024
 * rollout of "New limits for offset-based pagination"). Its body, as clients log it, is an
 * `Errors` list whose code is `InvalidPaginationDepth` and whose title states the rule; the detail
 * points to cursor pagination.
 */
export function invalidPaginationDepth(): SimResponse {
  return {
    status: 400,
    body: {
      errors: [
        {
          code: 'InvalidPaginationDepth',
          title: 'Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)',
          detail:
            'There are limits to the page depth in Offset Pagination. Please switch to Cursor Pagination, which has no such limit. ' +
            'See https://developer.zendesk.com/documentation/api-basics/pagination/comparing-cursor-pagination-and-offset-pagination',
        },
      ],
    },
  };
}

export function tooManyRequestsBody(): unknown {
  return { errors: [{ code: 'TooManyRequests', title: 'Too many requests' }] };
}

/** A parse step either yields a value or the error response to send instead. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly response: SimResponse };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(response: SimResponse): Outcome<T> {
  return { ok: false, response };
}
