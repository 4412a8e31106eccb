import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Browser, chromium, type Page } from 'playwright-core';

import { CHROMIUM, CHROMIUM_LAUNCH_ARGS, describeWithChromium } from '../helpers/chromium';
import { type SmallGateway, startSmallGateway } from '../helpers/smallGateway';

const KEY = 'browser-cors-key-0123456789abcdef';

/** An app on another origin: a page served from its own port (same host, other port = other origin). */
async function startAppServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>app</title><p>app on another origin</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

type FetchOutcome = { readonly kind: 'answered'; readonly status: number; readonly body: unknown } | { readonly kind: 'rejected'; readonly name: string; readonly message: string };

/**
 * fetch() from the page, as an app would: a JSON POST with the API key, which the browser may only
 * send after a preflight (`content-type: application/json` and `authorization` are not CORS-safelisted).
 */
function fetchFromPage(page: Page, graphqlUrl: string): Promise<FetchOutcome> {
  return page.evaluate(
    async ({ url, key }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ zendesk { tickets(first: 2) { totalCount nodes { nativeId } } } }' }),
        });
        return { kind: 'answered' as const, status: response.status, body: (await response.json()) as unknown };
      } catch (error) {
        return { kind: 'rejected' as const, name: (error as Error).name, message: (error as Error).message };
      }
    },
    { url: graphqlUrl, key: KEY },
  );
}

describeWithChromium('CORS in headless Chromium: an app on another origin calls /graphql', () => {
  let listed: { origin: string; server: Server };
  let unlisted: { origin: string; server: Server };
  let small: SmallGateway;
  let browser: Browser;

  beforeAll(async () => {
    listed = await startAppServer();
    unlisted = await startAppServer();
    small = await startSmallGateway({ CORS_ORIGINS: listed.origin, GATEWAY_API_KEYS: KEY });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_LAUNCH_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await small?.stop();
    for (const app of [listed, unlisted]) await new Promise((resolve) => app?.server.close(resolve));
  });

  async function fetchFrom(appOrigin: string): Promise<{ outcome: FetchOutcome; upstreamCalls: number }> {
    const page = await browser.newPage();
    try {
      await page.goto(`${appOrigin}/`);
      const before = small.simulator.requests.entries.length;
      const outcome = await fetchFromPage(page, `${small.gateway.runtime.url}/graphql`);
      return { outcome, upstreamCalls: small.simulator.requests.entries.length - before };
    } finally {
      await page.close();
    }
  }

  it('gets the data when the page origin is in CORS_ORIGINS', async () => {
    const { outcome, upstreamCalls } = await fetchFrom(listed.origin);
    expect(outcome).toEqual({
      kind: 'answered',
      status: 200,
      body: { data: { zendesk: { tickets: { totalCount: 20, nodes: [expect.any(Object), expect.any(Object)] } } } },
    });
    expect(upstreamCalls).toBeGreaterThan(0);
  });

  it('is blocked by the browser (fetch rejects with TypeError) when it is not, before the query runs', async () => {
    const { outcome, upstreamCalls } = await fetchFrom(unlisted.origin);
    expect(outcome).toEqual({ kind: 'rejected', name: 'TypeError', message: 'Failed to fetch' });
    // The preflight was refused, so the browser never sent the POST: no provider was called.
    expect(upstreamCalls).toBe(0);
  });
});
