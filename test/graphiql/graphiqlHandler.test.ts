import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { buildSchema as buildSdl } from 'graphql';

import { EXAMPLE_QUERIES } from '../../src/graphiql/exampleQueries';
import { createGraphiqlHandler, type GraphiqlHandlerOptions } from '../../src/graphiql/graphiqlHandler';
import { selectUsableExamples } from '../../src/graphiql/usableExamples';
import { createLogger } from '../../src/logger';
import { defaultBundleDir } from '../../src/graphiql/graphiqlBundle';
import { ensureGraphiqlBundle } from '../helpers/graphiqlBundle';
import { rawGet } from '../helpers/rawHttp';

const schema = buildSdl('type Query { zendesk: Zendesk! } type Zendesk { hello: String }');
const html = { accept: 'text/html' };

/** The handler alone on a bare server: requests it does not claim get a 418 so the tests can tell. */
async function serve(options: Partial<GraphiqlHandlerOptions>): Promise<{ url: string; server: Server }> {
  const handler = createGraphiqlHandler({ schema, introspection: true, logger: createLogger('silent'), examples: EXAMPLE_QUERIES, ...options });
  const server = createServer((req, res) => {
    if (!handler(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('createGraphiqlHandler', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
  const start = async (options: Partial<GraphiqlHandlerOptions>) => {
    const started = await serve(options);
    servers.push(started.server);
    return started.url;
  };

  it('answers 503 with the reason when the bundle was never built, and leaves GraphQL alone', async () => {
    const url = await start({ bundleDir: join(__dirname, 'no-such-bundle') });
    const page = await fetch(`${url}/graphql`, { headers: html });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:graphiql');
    expect((await fetch(`${url}/graphql`, { method: 'POST', headers: html })).status).toBe(418);
    expect((await fetch(`${url}/graphql?query=%7B__typename%7D`, { headers: html })).status).toBe(418);
  });

  it('keeps only the examples that validate, and escapes them so they cannot close the data block', async () => {
    ensureGraphiqlBundle();
    const url = await start({
      examples: [
        { provider: 'zendesk', query: '{ zendesk { hello } } # </script><script>alert(1)</script>' },
        { provider: 'front', query: '{ front { conversations(first: 5) { edges { cursor } } } }' },
      ],
    });
    const response = await fetch(`${url}/graphql`, { headers: html });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(body).not.toContain('<script>alert(1)');
    expect(body).not.toContain('front {');
  });

  describe('assets', () => {
    let url: string;
    let script: { path: string; bytes: Buffer };
    beforeAll(async () => {
      ensureGraphiqlBundle();
      url = await start({});
      const manifest = JSON.parse(readFileSync(join(defaultBundleDir(), 'manifest.json'), 'utf8')) as { script: string };
      script = { path: `/graphiql/${manifest.script}`, bytes: readFileSync(join(defaultBundleDir(), manifest.script)) };
    });
    const get = (headers: Record<string, string>, method: 'GET' | 'HEAD' = 'GET') => rawGet(url, script.path, headers, method);

    it.each([
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0.5, gzip;q=0.9', 'gzip'],
      ['', undefined],
      [undefined, undefined],
    ])('sends the script in the coding Accept-Encoding %j prefers (%s), cacheable for a year', async (acceptEncoding, coding) => {
      const response = await get(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(coding);
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(Number(response.headers['content-length'])).toBe(response.bytes.length);
      const decoded = coding === 'br' ? brotliDecompressSync(response.bytes) : coding === 'gzip' ? gunzipSync(response.bytes) : response.bytes;
      expect(decoded.equals(script.bytes)).toBe(true);
      if (coding !== undefined) expect(response.bytes.length).toBeLessThan(script.bytes.length / 2);
    });

    it('gives each coding its own strong ETag and answers If-None-Match with 304 for that coding only', async () => {
      const br = await get({ 'accept-encoding': 'br' });
      const gzip = await get({ 'accept-encoding': 'gzip' });
      const identity = await get({});
      const tags = [br, gzip, identity].map((response) => String(response.headers.etag));
      expect(new Set(tags).size).toBe(3);
      for (const tag of tags) expect(tag).toMatch(/^"[\w.-]+"$/);
      for (const ifNoneMatch of [tags[0] ?? '', `W/${tags[0] ?? ''}`, `"nope", ${tags[0] ?? ''}`, '*']) {
        const revalidated = await get({ 'accept-encoding': 'br', 'if-none-match': ifNoneMatch });
        expect(revalidated.status).toBe(304);
        expect(revalidated.bytes.length).toBe(0);
        expect(revalidated.headers).toMatchObject({ etag: tags[0], vary: 'Accept-Encoding', 'cache-control': 'public, max-age=31536000, immutable' });
      }
      // The brotli tag does not name the gzip bytes: that client gets them in full.
      const other = await get({ 'accept-encoding': 'gzip', 'if-none-match': tags[0] ?? '' });
      expect(other.status).toBe(200);
      expect(other.headers.etag).toBe(tags[1]);
    });

    it('answers 406 when Accept-Encoding refuses every coding, whatever If-None-Match says', async () => {
      for (const acceptEncoding of ['identity;q=0', '*;q=0', 'br;q=0, gzip;q=0, identity;q=0']) {
        const response = await get({ 'accept-encoding': acceptEncoding, 'if-none-match': '*' });
        expect(response.status).toBe(406);
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.body).toContain('br, gzip, identity');
      }
    });

    it('answers HEAD with the headers of the chosen coding and no body', async () => {
      const full = await get({ 'accept-encoding': 'br' });
      const head = await get({ 'accept-encoding': 'br' }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.bytes.length).toBe(0);
      expect(head.headers).toMatchObject({ 'content-encoding': 'br', 'content-length': String(full.bytes.length), etag: full.headers.etag });
    });
  });

  it('keeps the page out of long-lived caches and revalidates it with its ETag', async () => {
    ensureGraphiqlBundle();
    const url = await start({});
    const page = await fetch(`${url}/graphql`, { headers: html });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const revalidated = await fetch(`${url}/graphql`, { headers: { ...html, 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe('no-cache');
    // A page naming other content (after a deploy: other assets, other examples) is sent in full.
    const redeployed = await start({ examples: [{ provider: 'zendesk', query: '{ zendesk { hello } }' }] });
    const changed = await fetch(`${redeployed}/graphql`, { headers: { ...html, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('tells the page when introspection is off, with a notice naming INTROSPECTION=true', async () => {
    ensureGraphiqlBundle();
    const configOf = async (url: string) => {
      const body = await (await fetch(`${url}/graphql`, { headers: html })).text();
      const json = /<script type="application\/json" id="graphiql-config">(.*)<\/script>/.exec(body)?.[1] ?? 'null';
      return JSON.parse(json) as { introspectionOffNotice: string | null };
    };
    const off = await configOf(await start({ introspection: false }));
    expect(off.introspectionOffNotice).toContain('INTROSPECTION=true');
    expect(off.introspectionOffNotice).not.toMatch(/ApolloServer|introspection: true/);
    expect((await configOf(await start({ introspection: true }))).introspectionOffNotice).toBeNull();
  });

  it('answers HEAD with headers and no body', async () => {
    ensureGraphiqlBundle();
    const url = await start({});
    const response = await fetch(`${url}/graphql`, { method: 'HEAD', headers: html });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await response.text()).toBe('');
  });
});

describe('selectUsableExamples', () => {
  it('reports why an example was dropped', () => {
    const { usable, dropped } = selectUsableExamples(schema, [
      { provider: 'zendesk', query: '{ zendesk { hello } }' },
      { provider: 'intercom', query: '{ intercom { conversations { totalCount } } }' },
      { provider: 'front', query: '{ front {' },
    ]);
    expect(usable.map((example) => example.provider)).toEqual(['zendesk']);
    expect(dropped).toEqual([
      { provider: 'intercom', reason: expect.stringContaining('Cannot query field "intercom"') },
      { provider: 'front', reason: expect.stringContaining('Syntax Error') },
    ]);
  });
});
