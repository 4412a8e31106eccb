import { createRouter, type Route } from '../../../src/simulators/kit/router';
import type { SimRequest } from '../../../src/simulators/kit/simRequest';

function request(method: string, path: string): SimRequest {
  return { method, path, query: new URLSearchParams(), headers: {}, body: undefined };
}

const echo = (name: string): Route['handle'] => (_request, params) => ({ status: 200, body: { name, params } });

describe('createRouter', () => {
  const routes: Route[] = [
    { method: 'GET', pattern: '/tickets/count', handle: echo('count') },
    { method: 'GET', pattern: '/tickets/:id', handle: echo('show') },
    { method: 'GET', pattern: '/tickets/:id/comments', handle: echo('comments') },
    { method: 'POST', pattern: '/tickets/search', handle: echo('search') },
    { method: 'GET', pattern: '/search/*query', handle: echo('rest') },
    { method: 'GET', pattern: '/help/:locale/articles', where: { locale: /[a-z]{2}/ }, handle: echo('articles') },
  ];
  const router = createRouter(routes);

  it('routes by method and template, first match first, with named params', () => {
    expect(router.dispatch(request('GET', '/tickets/count')).body).toEqual({ name: 'count', params: {} });
    expect(router.dispatch(request('GET', '/tickets/42')).body).toEqual({ name: 'show', params: { id: '42' } });
    expect(router.dispatch(request('GET', '/tickets/42/comments')).body).toEqual({ name: 'comments', params: { id: '42' } });
    expect(router.dispatch(request('POST', '/tickets/search')).body).toEqual({ name: 'search', params: {} });
    // A GET of the POST-only path falls through to the next route that matches it.
    expect(router.dispatch(request('GET', '/tickets/search')).body).toEqual({ name: 'show', params: { id: 'search' } });
  });

  it('lets *name take the rest of the path, slashes included, and where narrow a parameter', () => {
    expect(router.dispatch(request('GET', '/search/a/b c')).body).toEqual({ name: 'rest', params: { query: 'a/b c' } });
    expect(router.dispatch(request('GET', '/help/de/articles')).body).toEqual({ name: 'articles', params: { locale: 'de' } });
    expect(router.dispatch(request('GET', '/help/deutsch/articles')).status).toBe(404);
  });

  it('answers 404 for an unknown path and 405 with Allow for a known path under another method', () => {
    expect(router.dispatch(request('GET', '/nowhere'))).toMatchObject({ status: 404 });
    expect(router.dispatch(request('DELETE', '/tickets/count'))).toMatchObject({ status: 405, headers: { Allow: 'GET' } });
  });

  it('hands both cases to the provider fallback, with the methods the path does serve', () => {
    const seen: Array<ReadonlyArray<string>> = [];
    const withFallback = createRouter(routes, {
      fallback: (_request, allowed) => {
        seen.push(allowed);
        return { status: 404, body: { provider: 'own shape' } };
      },
    });
    expect(withFallback.dispatch(request('PUT', '/tickets/search')).body).toEqual({ provider: 'own shape' });
    expect(withFallback.dispatch(request('GET', '/nowhere')).status).toBe(404);
    expect(seen).toEqual([['GET', 'POST'], []]);
  });

  it('accepts an optional suffix and a trailing slash when asked to', () => {
    const zendeskLike = createRouter(routes, { optionalSuffix: '.json' });
    expect(zendeskLike.dispatch(request('GET', '/tickets/42.json')).body).toEqual({ name: 'show', params: { id: '42' } });
    expect(zendeskLike.dispatch(request('GET', '/tickets/count.json')).body).toEqual({ name: 'count', params: {} });
    expect(router.dispatch(request('GET', '/tickets/42/')).status).toBe(404);
    const intercomLike = createRouter(routes, { trailingSlash: true });
    expect(intercomLike.dispatch(request('GET', '/tickets/42/')).body).toEqual({ name: 'show', params: { id: '42' } });
  });

  it('takes RegExp patterns too, named groups becoming params', () => {
    const regex = createRouter([{ method: 'GET', pattern: /^\/v(?<version>\d+)\/ping$/, handle: echo('ping') }]);
    expect(regex.dispatch(request('GET', '/v2/ping')).body).toEqual({ name: 'ping', params: { version: '2' } });
  });
});
