import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ConfigError, loadConfig } from '../src/config';

/** Production that asks for the simulators explicitly (the production guard refuses them otherwise). */
const PRODUCTION_ON_SIMULATORS = { NODE_ENV: 'production', SIMULATE_PROVIDERS: 'zendesk,intercom,front' };

function problemsOf(env: Record<string, string>): ReadonlyArray<string> {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs every provider on its simulator when no credentials are set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      defaultPageSize: 20,
      maxPageSize: 500,
      cursorSecret: null,
      providers: {
        zendesk: { mode: 'simulator', headers: { authorization: `Basic ${Buffer.from('agent@example.com/token:sim-zendesk-token').toString('base64')}` } },
        intercom: { mode: 'simulator', headers: { authorization: 'Bearer sim-intercom-token', 'intercom-version': '2.16' } },
        front: { mode: 'simulator', headers: { authorization: 'Bearer sim-front-token' } },
      },
    });
  });

  it('talks to the real APIs when credentials are set (default base URLs)', () => {
    const config = loadConfig({ ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'a@acme.test', ZENDESK_API_TOKEN: 't', INTERCOM_TOKEN: 'i', FRONT_TOKEN: 'f' });
    expect(config.providers.zendesk).toEqual({
      mode: 'remote',
      baseUrl: 'https://acme.zendesk.com',
      headers: { authorization: `Basic ${Buffer.from('a@acme.test/token:t').toString('base64')}` },
    });
    expect(config.providers.intercom).toEqual({ mode: 'remote', baseUrl: 'https://api.intercom.io', headers: { authorization: 'Bearer i', 'intercom-version': '2.16' } });
    expect(config.providers.front).toEqual({ mode: 'remote', baseUrl: 'https://api2.frontapp.com', headers: { authorization: 'Bearer f' } });
  });

  it('reports one line per bad value, all at once', () => {
    const problems = problemsOf({ PORT: 'eighty', MAX_PAGE_SIZE: '0', LOG_LEVEL: 'loud', ZENDESK_BASE_URL: 'ftp://x', CURSOR_SECRET: 'short' });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: must be an integer from 0 to 65535$/),
        expect.stringMatching(/^MAX_PAGE_SIZE: must be an integer from 1 to 10000$/),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^ZENDESK_BASE_URL: must be an http\(s\) URL/),
        expect.stringMatching(/^CURSOR_SECRET: must be at least 32 characters/),
      ]),
    );
  });

  it('gives every request a 60 s deadline by default, REQUEST_TIMEOUT_MS to change it', () => {
    expect(loadConfig({}).requestDeadlineMs).toBe(60_000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '300' }).requestDeadlineMs).toBe(300);
    expect(problemsOf({ REQUEST_TIMEOUT_MS: '0' })).toEqual(['REQUEST_TIMEOUT_MS: must be an integer from 1 to 3600000']);
  });

  it('refuses half-configured credentials instead of silently simulating', () => {
    expect(problemsOf({ ZENDESK_EMAIL: 'a@acme.test' })).toEqual([expect.stringMatching(/^ZENDESK_EMAIL \/ ZENDESK_API_TOKEN: set both/)]);
    expect(problemsOf({ ZENDESK_EMAIL: 'a@acme.test', ZENDESK_API_TOKEN: 't' })).toEqual([expect.stringMatching(/^ZENDESK_BASE_URL: required/)]);
  });

  it('never echoes a secret in a problem line', () => {
    const secret = 'short-secret-value';
    expect(problemsOf({ CURSOR_SECRET: secret }).join('\n')).not.toContain(secret);
  });

  it('keeps introspection off in production unless asked for', () => {
    expect(loadConfig({ ...PRODUCTION_ON_SIMULATORS }).introspection).toBe(false);
    expect(loadConfig({ ...PRODUCTION_ON_SIMULATORS, INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({}).introspection).toBe(true);
  });
});

describe('the server process', () => {
  it('exits non-zero with one clear line per bad value', () => {
    const result = spawnSync(process.execPath, ['-r', join(__dirname, 'helpers/registerTs.js'), join(__dirname, '../src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', PORT: '-1', DEFAULT_PAGE_SIZE: 'many' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'config error: PORT: must be an integer from 0 to 65535',
      'config error: DEFAULT_PAGE_SIZE: must be an integer from 1 to 10000',
    ]);
  });

  it('refuses to start in production without provider credentials, one line per provider (issue 22)', () => {
    const result = spawnSync(process.execPath, ['-r', join(__dirname, 'helpers/registerTs.js'), join(__dirname, '../src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', INTERCOM_TOKEN: 'i', FRONT_TOKNE: 'f' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^config error: ZENDESK_EMAIL \/ ZENDESK_API_TOKEN: not set, and NODE_ENV=production never serves simulated data/),
      expect.stringMatching(/^config error: FRONT_TOKEN: not set, and NODE_ENV=production never serves simulated data/),
      'config error: FRONT_TOKNE: unknown variable (FRONT_ variables: FRONT_BASE_URL, FRONT_TOKEN, FRONT_RATE_LIMIT, FRONT_SIMULATOR_PORT)',
    ]);
  });
});

describe('loadConfig: resilience and security settings (issue 14)', () => {
  it('has defaults that retry a little, cap each request and limit queries', () => {
    const config = loadConfig({});
    expect(config.upstream.retry).toEqual({ maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 });
    expect(config.upstreamLimits).toEqual({ maxCalls: 250, retries: 10 });
    expect(config.queryLimits).toEqual({ maxDepth: 15, maxCost: 250, maxNodes: 20_000 });
    expect(config.documentLimits).toEqual({ maxLength: 100_000, maxTokens: 15_000, maxAliases: 100 });
    expect(config.gatewayApiKeys).toEqual([]);
    expect(config.pageCache).toEqual({ enabled: true, maxEntries: 1_000, ttlMs: 30_000, prefetchDepth: 2, waitMs: 1_000 });
    expect(config.redisUrl).toBeNull();
  });

  it('reads the document limits, which must stay within what the body and the parser can take', () => {
    expect(loadConfig({ MAX_QUERY_LENGTH: '5000', MAX_QUERY_TOKENS: '800', MAX_QUERY_ALIASES: '0' }).documentLimits).toEqual({
      maxLength: 5_000,
      maxTokens: 800,
      maxAliases: 0,
    });
    expect(problemsOf({ MAX_QUERY_LENGTH: '2000000', MAX_QUERY_TOKENS: '0', MAX_QUERY_ALIASES: '-1' })).toEqual([
      expect.stringMatching(/^MAX_QUERY_LENGTH: /),
      expect.stringMatching(/^MAX_QUERY_TOKENS: /),
      expect.stringMatching(/^MAX_QUERY_ALIASES: /),
    ]);
  });

  it('bounds how far ahead the page cache reads', () => {
    expect(loadConfig({ PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '3' }).pageCache).toMatchObject({ enabled: true, prefetchDepth: 3 });
    expect(problemsOf({ PREFETCH_DEPTH: '0' })).toEqual([expect.stringMatching(/^PREFETCH_DEPTH: /)]);
    expect(problemsOf({ PREFETCH_DEPTH: '11' })).toEqual([expect.stringMatching(/^PREFETCH_DEPTH: /)]);
  });

  it('reads PREFETCH_PAGES=false as the switch that turns the page cache off', () => {
    expect(loadConfig({ PREFETCH_PAGES: 'false' }).pageCache.enabled).toBe(false);
  });

  it('reads REDIS_URL (issue 23) and refuses another scheme without echoing the value', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:s3cret-pass@cache:6379/0' }).redisUrl).toBe('redis://:s3cret-pass@cache:6379/0');
    expect(loadConfig({ REDIS_URL: 'rediss://cache:6380' }).redisUrl).toBe('rediss://cache:6380');
    const problems = problemsOf({ REDIS_URL: 'http://:s3cret-pass@cache:6379' });
    expect(problems).toEqual([expect.stringMatching(/^REDIS_URL: /)]);
    expect(problems.join('\n')).not.toContain('s3cret-pass');
    expect(loadConfig({ PAGE_CACHE_WAIT_MS: '250' }).pageCache.waitMs).toBe(250);
    expect(problemsOf({ PAGE_CACHE_WAIT_MS: '60001' })).toEqual([expect.stringMatching(/^PAGE_CACHE_WAIT_MS: /)]);
  });

  it('reads GATEWAY_API_KEYS as a comma-separated list and refuses short keys without echoing them', () => {
    expect(loadConfig({ GATEWAY_API_KEYS: ' key-one-0123456789abcdef , key-two-0123456789abcdef,' }).gatewayApiKeys).toEqual([
      'key-one-0123456789abcdef',
      'key-two-0123456789abcdef',
    ]);
    const problems = problemsOf({ GATEWAY_API_KEYS: 'key-one-0123456789abcdef,tiny-key' });
    expect(problems).toEqual(['GATEWAY_API_KEYS: each comma-separated key must be at least 16 characters']);
    expect(problems.join('\n')).not.toContain('tiny-key');
  });
});

describe('loadConfig: hardening settings (issue 20)', () => {
  it.each(['0x10', '1e3', '0b1', '12.0', '+80', '8_0', '80 80', '١٢'])('reads numbers as plain decimal integers: PORT=%j is refused', (port) => {
    expect(problemsOf({ PORT: port })).toEqual(['PORT: must be an integer from 0 to 65535']);
  });

  it('still accepts decimal digits, surrounding spaces and leading zeros', () => {
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
    expect(loadConfig({ PORT: '0080' }).port).toBe(80);
  });

  it('serves the subgraph SDL where introspection is on, unless SUBGRAPH_SDL says otherwise', () => {
    expect(loadConfig({}).subgraphSdl).toBe(true);
    expect(loadConfig({ ...PRODUCTION_ON_SIMULATORS }).subgraphSdl).toBe(false);
    expect(loadConfig({ ...PRODUCTION_ON_SIMULATORS, SUBGRAPH_SDL: 'true' }).subgraphSdl).toBe(true);
    expect(loadConfig({ SUBGRAPH_SDL: 'false' }).subgraphSdl).toBe(false);
  });

  it('bounds how long a client may take to send a request, headers within the whole', () => {
    expect(loadConfig({}).http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 });
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toEqual([
      'HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (1000)',
    ]);
  });
});

describe('loadConfig: upstream body cap (issue 20)', () => {
  it('defaults UPSTREAM_MAX_BODY_BYTES to 16 MiB and reads a configured one', () => {
    expect(loadConfig({}).upstream.maxBodyBytes).toBe(16 * 1024 * 1024);
    expect(loadConfig({ UPSTREAM_MAX_BODY_BYTES: '4096' }).upstream.maxBodyBytes).toBe(4096);
    expect(problemsOf({ UPSTREAM_MAX_BODY_BYTES: '0' })).toEqual([expect.stringMatching(/^UPSTREAM_MAX_BODY_BYTES: /)]);
  });
});

describe('loadConfig: production guard (issue 22)', () => {
  const ALL_CREDENTIALS = { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'a@acme.test', ZENDESK_API_TOKEN: 't', INTERCOM_TOKEN: 'i', FRONT_TOKEN: 'f' };

  it('refuses to serve simulated data in production, one line per provider without credentials', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^ZENDESK_EMAIL \/ ZENDESK_API_TOKEN: not set, and NODE_ENV=production never serves simulated data: .* SIMULATE_PROVIDERS/),
      expect.stringMatching(/^INTERCOM_TOKEN: not set, and NODE_ENV=production never serves simulated data/),
      expect.stringMatching(/^FRONT_TOKEN: not set, and NODE_ENV=production never serves simulated data/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', ...ALL_CREDENTIALS, FRONT_TOKEN: '  ' })).toEqual([expect.stringMatching(/^FRONT_TOKEN: not set/)]);
  });

  it('starts in production with every provider configured, or simulated on request', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...ALL_CREDENTIALS })).toMatchObject({ providers: { zendesk: { mode: 'remote' }, intercom: { mode: 'remote' }, front: { mode: 'remote' } }, warnings: [] });
    const { FRONT_TOKEN: _front, ...withoutFront } = ALL_CREDENTIALS;
    expect(loadConfig({ NODE_ENV: 'production', ...withoutFront, SIMULATE_PROVIDERS: 'front' })).toMatchObject({ providers: { zendesk: { mode: 'remote' }, front: { mode: 'simulator' } } });
    expect(problemsOf({ ...PRODUCTION_ON_SIMULATORS, FRONT_TOKEN: 'f' })).toEqual(['SIMULATE_PROVIDERS: lists front, but FRONT_TOKEN is set: remove one of them']);
    expect(problemsOf({ SIMULATE_PROVIDERS: 'zendesk,slack' })).toEqual(['SIMULATE_PROVIDERS: unknown provider "slack" (known: zendesk, intercom, front)']);
  });

  it('refuses a misspelt provider variable in production, naming the real ones', () => {
    const { FRONT_TOKEN: token, ...withoutFront } = ALL_CREDENTIALS;
    expect(problemsOf({ NODE_ENV: 'production', ...withoutFront, FRONT_TOKNE: token })).toEqual([
      expect.stringMatching(/^FRONT_TOKEN: not set/),
      'FRONT_TOKNE: unknown variable (FRONT_ variables: FRONT_BASE_URL, FRONT_TOKEN, FRONT_RATE_LIMIT, FRONT_SIMULATOR_PORT)',
    ]);
    // Also when other values are wrong, so one run shows everything to fix.
    expect(problemsOf({ NODE_ENV: 'production', PORT: 'x', ZENDESK_APITOKEN: 't' })).toEqual([
      'PORT: must be an integer from 0 to 65535',
      'ZENDESK_APITOKEN: unknown variable (ZENDESK_ variables: ZENDESK_BASE_URL, ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN, ZENDESK_RATE_LIMIT, ZENDESK_SIMULATOR_PORT)',
    ]);
  });

  it('only warns about a misspelt provider variable outside production, and knows the simulator script\'s', () => {
    const config = loadConfig({ FRONT_TOKNE: 'f', ZENDESK_SIMULATOR_PORT: '4101' });
    expect(config.providers.front?.mode).toBe('simulator');
    expect(config.warnings).toEqual(['FRONT_TOKNE: unknown variable (FRONT_ variables: FRONT_BASE_URL, FRONT_TOKEN, FRONT_RATE_LIMIT, FRONT_SIMULATOR_PORT)']);
  });
});

describe('loadConfig: CORS and shutdown (issue 22)', () => {
  it('is same-origin only by default, and reads CORS_ORIGINS / CORS_CREDENTIALS', () => {
    expect(loadConfig({}).cors).toBeNull();
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:5173', CORS_CREDENTIALS: 'true' }).cors).toEqual({
      allowOrigins: ['https://app.example.com', 'http://localhost:5173'],
      allowCredentials: true,
    });
    expect(loadConfig({ CORS_ORIGINS: '*' }).cors).toEqual({ allowOrigins: 'any', allowCredentials: false });
  });

  it('refuses what is not an origin, and contradicting CORS settings', () => {
    expect(problemsOf({ CORS_ORIGINS: 'https://app.example.com/' })).toEqual([
      'CORS_ORIGINS: "https://app.example.com/" is not an origin (scheme://host[:port], no path): write https://app.example.com',
    ]);
    expect(problemsOf({ CORS_CREDENTIALS: 'true' })).toEqual(['CORS_CREDENTIALS: has no effect without CORS_ORIGINS']);
    expect(problemsOf({ CORS_ORIGINS: '*', CORS_CREDENTIALS: 'true' })).toEqual([expect.stringMatching(/^CORS_ORIGINS: `\*` cannot be combined with CORS_CREDENTIALS=true/)]);
    expect(problemsOf({ ...PRODUCTION_ON_SIMULATORS, CORS_ORIGINS: '*' })).toEqual([expect.stringMatching(/^CORS_ORIGINS: `\*` in production needs GATEWAY_API_KEYS/)]);
  });

  it('closes at once on a signal unless SHUTDOWN_DRAIN_MS asks for a drain', () => {
    expect(loadConfig({}).shutdownDrainMs).toBe(0);
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: '15000' }).shutdownDrainMs).toBe(15_000);
    expect(problemsOf({ SHUTDOWN_DRAIN_MS: '600001' })).toEqual(['SHUTDOWN_DRAIN_MS: must be an integer from 0 to 600000']);
  });
});

describe('loadConfig: rate budgets (issue 23)', () => {
  it('defaults: budgets in this process, a 10 s longest wait, each provider on its published default', () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({}).rateBudgets).toEqual({ maxWaitMs: 10_000, limits: { zendesk: null, intercom: null, front: null } });
  });

  it('reads the three budgets, REDIS_URL and RATE_LIMIT_MAX_WAIT_MS', () => {
    const config = loadConfig({
      ZENDESK_RATE_LIMIT: '700/60s',
      INTERCOM_RATE_LIMIT: '1666/10s',
      FRONT_RATE_LIMIT: '100/60s',
      REDIS_URL: 'redis://cache:6379/0',
      RATE_LIMIT_MAX_WAIT_MS: '0',
    });
    expect(config.redisUrl).toBe('redis://cache:6379/0');
    expect(config.rateBudgets).toEqual({
      maxWaitMs: 0,
      limits: { zendesk: { requests: 700, perSeconds: 60 }, intercom: { requests: 1666, perSeconds: 10 }, front: { requests: 100, perSeconds: 60 } },
    });
  });

  it('refuses a budget written any other way, naming the variable, and a REDIS_URL that is not one', () => {
    expect(problemsOf({ ZENDESK_RATE_LIMIT: '700/min', FRONT_RATE_LIMIT: '0/60s', REDIS_URL: 'http://cache:6379', RATE_LIMIT_MAX_WAIT_MS: '-1' })).toEqual([
      'REDIS_URL: must be a redis:// or rediss:// URL',
      'RATE_LIMIT_MAX_WAIT_MS: must be an integer from 0 to 600000',
      'ZENDESK_RATE_LIMIT: must be <requests>/<seconds>s, e.g. 700/60s',
      'FRONT_RATE_LIMIT: requests must be from 1 to 1000000000',
    ]);
  });
});
