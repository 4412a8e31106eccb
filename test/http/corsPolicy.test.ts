import { type CorsSettings, corsPolicyFrom, parseCorsOrigins } from '../../src/http/corsPolicy';

describe('parseCorsOrigins', () => {
  it('reads comma-separated origins, dropping blanks and duplicates and lower-casing scheme and host', () => {
    expect(parseCorsOrigins(' https://app.example.com , http://localhost:5173,,HTTPS://App.Example.com')).toEqual({
      ok: true,
      origins: ['https://app.example.com', 'http://localhost:5173'],
    });
    expect(parseCorsOrigins('http://[::1]:8080')).toEqual({ ok: true, origins: ['http://[::1]:8080'] });
  });

  it('reads `*` alone as any origin', () => {
    expect(parseCorsOrigins('*')).toEqual({ ok: true, origins: 'any' });
    expect(parseCorsOrigins('*, https://app.example.com')).toEqual({ ok: false, problem: '`*` must stand alone, not in a list of origins' });
  });

  it.each([
    ['https://app.example.com/', 'https://app.example.com'],
    ['https://app.example.com/graphql', 'https://app.example.com'],
    ['https://app.example.com:443', 'https://app.example.com'],
    ['http://app.example.com:80', 'http://app.example.com'],
    ['https://app.example.com?x=1', 'https://app.example.com'],
    ['https://user@app.example.com', 'https://app.example.com'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
  ])('refuses %s, which a browser never sends as Origin, naming the form to write (%s)', (entry, origin) => {
    expect(parseCorsOrigins(entry)).toEqual({ ok: false, problem: `${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path): write ${origin}` });
  });

  it.each(['app.example.com', 'null', 'file:///tmp/page.html', 'ftp://files.example.com', 'https://'])('refuses %s: not an http(s) origin', (entry) => {
    expect(parseCorsOrigins(entry)).toEqual({ ok: false, problem: `${JSON.stringify(entry)} is not an http(s) origin (scheme://host[:port])` });
  });

  it('refuses a list of nothing but commas', () => {
    expect(parseCorsOrigins(' , ,')).toEqual({ ok: false, problem: 'lists no origin' });
  });
});

describe('corsPolicyFrom', () => {
  const settings = (overrides: Partial<CorsSettings>): CorsSettings => ({ origins: undefined, credentials: false, production: false, apiKeysSet: false, ...overrides });
  const policy = (overrides: Partial<CorsSettings>) => {
    const problems: string[] = [];
    return { policy: corsPolicyFrom(settings(overrides), problems), problems };
  };

  it('has no policy by default: same-origin only', () => {
    expect(policy({})).toEqual({ policy: null, problems: [] });
  });

  it('keeps the listed origins, with or without credentials', () => {
    expect(policy({ origins: ['https://app.example.com'], credentials: true, production: true })).toEqual({
      policy: { allowOrigins: ['https://app.example.com'], allowCredentials: true },
      problems: [],
    });
  });

  it('refuses credentials without origins, `*` with credentials, and `*` in production without API keys', () => {
    expect(policy({ credentials: true }).problems).toEqual(['CORS_CREDENTIALS: has no effect without CORS_ORIGINS']);
    expect(policy({ origins: 'any', credentials: true }).problems).toEqual([
      'CORS_ORIGINS: `*` cannot be combined with CORS_CREDENTIALS=true: list the origins instead',
    ]);
    expect(policy({ origins: 'any', production: true }).problems).toEqual([
      'CORS_ORIGINS: `*` in production needs GATEWAY_API_KEYS: without keys any web page could read the graph',
    ]);
  });

  it('allows `*` without credentials in development, and in production behind API keys', () => {
    expect(policy({ origins: 'any' })).toEqual({ policy: { allowOrigins: 'any', allowCredentials: false }, problems: [] });
    expect(policy({ origins: 'any', production: true, apiKeysSet: true }).policy).toEqual({ allowOrigins: 'any', allowCredentials: false });
  });
});
