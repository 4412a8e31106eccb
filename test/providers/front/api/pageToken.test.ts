import { ErrorCode } from '../../../../src/errorCodes';
import { pageTokenFromNext } from '../../../../src/providers/front/api/pageToken';
import { ProviderError } from '../../../../src/providers/providerError';

const endpoint = 'GET /contacts';

function errorOf(next: string): ProviderError {
  try {
    pageTokenFromNext(next, endpoint);
  } catch (error) {
    if (error instanceof ProviderError) return error;
    throw error;
  }
  throw new Error(`no error for ${next}`);
}

describe('pageTokenFromNext', () => {
  it.each([
    ['the company host of the pagination guide', 'https://yourDomain.api.frontapp.com/contacts?limit=25&page_token=2d018a58'],
    ['the request host', 'https://api2.frontapp.com/contacts?limit=25&page_token=2d018a58'],
    ['a loopback address with a port', 'http://127.0.0.1:9/contacts?page_token=2d018a58&limit=25'],
    ['a host that is not Front at all', 'https://attacker.example/steal?page_token=2d018a58'],
    ['another path and extra parameters', 'https://acme.api.frontapp.com/other/path?q%5Bstatuses%5D%5B%5D=archived&page_token=2d018a58&x=1'],
    ['userinfo and a fragment', 'https://user:pass@acme.api.frontapp.com/contacts?page_token=2d018a58#top'],
  ])('takes only the page_token from %s', (_name, next) => {
    expect(pageTokenFromNext(next, endpoint)).toBe('2d018a58');
  });

  it('decodes a percent-encoded token', () => {
    expect(pageTokenFromNext('https://acme.api.frontapp.com/contacts?page_token=a%2Bb%3D%3D', endpoint)).toBe('a+b==');
  });

  it.each([
    ['no page_token', 'https://acme.api.frontapp.com/contacts?limit=25'],
    ['an empty page_token', 'https://acme.api.frontapp.com/contacts?limit=25&page_token='],
    ['two page_tokens', 'https://acme.api.frontapp.com/contacts?page_token=a&page_token=b'],
    ['a relative URL', '/contacts?limit=25&page_token=2d018a58'],
    ['a bare token', '2d018a58'],
    ['an empty string', ''],
    ['a malformed URL', 'https://[not-a-host/contacts?page_token=2d018a58'],
  ])('refuses a next URL with %s as UPSTREAM_ERROR, without echoing it', (_name, next) => {
    const error = errorOf(next);
    expect(error.code).toBe(ErrorCode.UPSTREAM_ERROR);
    expect(error.message).toContain(endpoint);
    if (next !== '') expect(error.message).not.toContain(next);
    expect(error.details).toEqual({ provider: 'front' });
  });
});
