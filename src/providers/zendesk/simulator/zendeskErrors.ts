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
