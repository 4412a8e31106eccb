import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { buildSchema as buildSdl } from 'graphql';

import { createGraphiqlHandler, type GraphiqlHandlerOptions } from '../../src/graphiql/graphiqlHandler';
import { selectUsableExamples } from '../../src/graphiql/usableExamples';
import { createLogger } from '../../src/logger';
import { ensureGraphiqlBundle } from '../helpers/graphiqlBundle';

const schema = buildSdl('type Query { zendesk: Zendesk! } type Zendesk { hello: String }');
const html = { accept: 'text/html' };

/** The handler alone on a bare server: requests it does not claim get a 418 so the tests can tell. */
async function serve(options: Partial<GraphiqlHandlerOptions>): Promise<{ url: string; server: Server }> {
  const handler = createGraphiqlHandler({ schema, logger: createLogger('silent'), ...options });
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
