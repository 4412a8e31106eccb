import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ConfigError, loadConfig } from '../src/config';

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
      zendesk: { mode: 'simulator' },
      intercom: { mode: 'simulator', version: '2.16' },
      front: { mode: 'simulator' },
    });
  });

  it('talks to the real APIs when credentials are set (default base URLs)', () => {
    const config = loadConfig({ ZENDESK_SUBDOMAIN: 'acme', ZENDESK_EMAIL: 'a@acme.test', ZENDESK_API_TOKEN: 't', INTERCOM_TOKEN: 'i', FRONT_TOKEN: 'f' });
    expect(config.zendesk).toEqual({ mode: 'remote', baseUrl: 'https://acme.zendesk.com', credentials: { email: 'a@acme.test', apiToken: 't' } });
    expect(config.intercom).toMatchObject({ mode: 'remote', baseUrl: 'https://api.intercom.io' });
    expect(config.front).toMatchObject({ mode: 'remote', baseUrl: 'https://api2.frontapp.com' });
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
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
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
});

describe('loadConfig: resilience and security settings (issue 14)', () => {
  it('has defaults that retry a little, cap each request and limit queries', () => {
    const config = loadConfig({});
    expect(config.upstream.retry).toEqual({ maxRetries: 3, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 });
    expect(config.upstreamLimits).toEqual({ maxCalls: 250, retries: 10 });
    expect(config.queryLimits).toEqual({ maxDepth: 15, maxCost: 250, maxNodes: 20_000 });
    expect(config.gatewayApiKeys).toEqual([]);
    expect(config.pageCache).toEqual({ enabled: false, maxEntries: 1_000, ttlMs: 30_000, prefetchDepth: 2 });
  });

  it('bounds how far ahead the page cache reads', () => {
    expect(loadConfig({ PREFETCH_PAGES: 'true', PREFETCH_DEPTH: '3' }).pageCache).toMatchObject({ enabled: true, prefetchDepth: 3 });
    expect(problemsOf({ PREFETCH_DEPTH: '0' })).toEqual([expect.stringMatching(/^PREFETCH_DEPTH: /)]);
    expect(problemsOf({ PREFETCH_DEPTH: '11' })).toEqual([expect.stringMatching(/^PREFETCH_DEPTH: /)]);
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
