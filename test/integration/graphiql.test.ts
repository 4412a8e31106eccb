import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { EXAMPLE_QUERIES } from '../../src/graphiql/exampleQueries';
import { selectUsableExamples } from '../../src/graphiql/usableExamples';
import { buildSchema } from '../../src/schema';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { ensureGraphiqlBundle } from '../helpers/graphiqlBundle';
import { rawGet } from '../helpers/rawHttp';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/** The offline GraphiQL page and its assets, served by the real server next to /graphql. */
describe('GraphiQL served by the gateway', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;
  let url: string;

  beforeAll(async () => {
    ensureGraphiqlBundle();
    simulator = await startZendeskSimulator({ sizes: { tickets: 50, users: 20, organizations: 5, groups: 3, articles: 10, maxCommentsPerTicket: 2 } });
    gateway = await startTestGateway(zendeskEnv(simulator));
    url = gateway.runtime.url;
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });

  const getPage = () => fetch(`${url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  const assetPaths = (html: string) => [...html.matchAll(/(?:src|href)="(graphiql\/[^"]+)"/g)].map((match) => `/${match[1] ?? ''}`);

  it('answers a browser GET /graphql with the GraphiQL page under a strict CSP', async () => {
    const response = await getPage();
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(html).toContain('<div id="graphiql">');
    expect(html).toContain('query ZendeskTickets');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('links a script and a stylesheet that are served with their content types, integrity and long caching', async () => {
    const html = await (await getPage()).text();
    const paths = assetPaths(html);
    expect(paths).toEqual([expect.stringMatching(/^\/graphiql\/app-\w+\.css$/), expect.stringMatching(/^\/graphiql\/app-\w+\.js$/)]);
    expect(html.match(/integrity="sha384-[A-Za-z0-9+/=]+"/g)).toHaveLength(2);
    for (const path of paths) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      const etag = response.headers.get('etag') ?? '';
      const revalidated = await fetch(`${url}${path}`, { headers: { 'if-none-match': etag } });
      expect(revalidated.status).toBe(304);
    }
  });

  it('sends the bundle compressed as the browser asks (brotli, else gzip), revalidated per coding', async () => {
    const paths = assetPaths(await (await getPage()).text());
    for (const path of paths) {
      const plain = await rawGet(url, path);
      const br = await rawGet(url, path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      const gzip = await rawGet(url, path, { 'accept-encoding': 'gzip, deflate' });
      expect([plain, br, gzip].map((response) => response.headers['content-encoding'])).toEqual([undefined, 'br', 'gzip']);
      for (const response of [plain, br, gzip]) {
        expect(response.status).toBe(200);
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      }
      expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
      expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);
      expect(br.bytes.length).toBeLessThan(plain.bytes.length);
      const revalidated = await rawGet(url, path, { 'accept-encoding': 'gzip, deflate, br, zstd', 'if-none-match': String(br.headers.etag) });
      expect(revalidated.status).toBe(304);
    }
  });

  it.each([
    '/graphiql/../package.json',
    '/graphiql/..%2fpackage.json',
    '/graphiql/%2e%2e%2fpackage.json',
    '/graphiql/%2e%2e/%2e%2e/package.json',
    '/graphiql/..%5cpackage.json',
    '/graphiql/....//....//package.json',
    '/graphiql//etc/passwd',
    '/graphiql/manifest.json',
    '/graphiql/',
  ])('refuses %s', async (path) => {
    const response = await rawGet(url, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('helpdesk-graph');
    expect(response.body).not.toContain('root:');
  });

  it('still answers GraphQL GETs with JSON, and keeps CSRF prevention for them', async () => {
    const query = encodeURIComponent('{ zendesk { tickets(first: 1) { totalCount } } }');
    const preflighted = await fetch(`${url}/graphql?query=${query}`, { headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { zendesk: { tickets: { totalCount: 50 } } } });
    const simple = await fetch(`${url}/graphql?query=${query}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
  });

  it.each([['application/json'], ['*/*'], ['application/json, text/html;q=0.5']])('does not serve the page to Accept: %s', async (accept) => {
    const response = await fetch(`${url}/graphql`, { headers: { accept } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('still answers a JSON POST', async () => {
    const result = await gateway.query<{ zendesk: { tickets: { totalCount: number } } }>('{ zendesk { tickets(first: 1) { totalCount } } }');
    expect(result.status).toBe(200);
    expect(result.data?.zendesk.tickets.totalCount).toBe(50);
  });
});

/** NODE_ENV=production turns introspection off: the page says which setting turns it back on. */
describe('GraphiQL page in production', () => {
  let simulator: ZendeskSimulator;
  beforeAll(async () => {
    ensureGraphiqlBundle();
    simulator = await startZendeskSimulator({ sizes: { tickets: 5, users: 5, organizations: 1, groups: 1, articles: 1, maxCommentsPerTicket: 1 } });
  });
  afterAll(() => simulator.close());

  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', INTROSPECTION: 'true' }, false],
    [{ NODE_ENV: 'development' }, false],
  ])('with %j names INTROSPECTION=true: %s', async (env, named) => {
    // Production never simulates a provider unasked: Zendesk is the simulator above, the others are asked for.
    const gateway = await startTestGateway({ ...zendeskEnv(simulator), SIMULATE_PROVIDERS: 'intercom,front', ...env });
    try {
      const html = await (await fetch(`${gateway.runtime.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } })).text();
      expect(html.includes('INTROSPECTION=true')).toBe(named);
      // The server refuses introspection exactly when the page says so.
      const introspection = await gateway.query('{ __schema { queryType { name } } }');
      expect(introspection.errors === undefined).toBe(!named);
    } finally {
      await gateway.stop();
    }
  });
});

/** What the page opens with must work: every example the schema accepts runs without errors. */
describe('GraphiQL example queries', () => {
  let simulator: ZendeskSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    simulator = await startZendeskSimulator({ sizes: { tickets: 50, users: 20, organizations: 5, groups: 3, articles: 10, maxCommentsPerTicket: 2 } });
    // Providers other than Zendesk run on their built-in simulators.
    gateway = await startTestGateway(zendeskEnv(simulator));
  });
  afterAll(async () => {
    await gateway.stop();
    await simulator.close();
  });

  const { usable } = selectUsableExamples(buildSchema(), EXAMPLE_QUERIES);

  it('include the Zendesk one', () => {
    expect(usable.map((example) => example.provider)).toContain('zendesk');
  });

  it.each(usable.map((example) => [example.provider, example.query] as const))('%s example returns data and no errors', async (_provider, query) => {
    const result = await gateway.query(query);
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data).toEqual(expect.any(Object));
  });
});
