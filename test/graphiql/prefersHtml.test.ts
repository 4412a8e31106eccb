import { prefersHtml } from '../../src/graphiql/prefersHtml';

describe('prefersHtml', () => {
  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', true],
    ['text/html', true],
    ['TEXT/HTML; charset=utf-8', true],
    ['application/json, text/html', true],
    ['application/json, text/html;q=0.5', false],
    ['text/html;q=0', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['*/*', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
