import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';

import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { CHROMIUM, CHROMIUM_LAUNCH_ARGS, describeWithChromium } from '../helpers/chromium';
import { ensureGraphiqlBundle } from '../helpers/graphiqlBundle';
import { startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

const ARTIFACTS = join(__dirname, '../artifacts');

/** A small Zendesk simulator, a gateway over it configured by `env`, and a browser; stopped after the describe. */
function useBrowserAndGateway(env: Record<string, string>): { readonly gateway: () => TestGateway; readonly browser: () => Browser } {
  let simulator: ZendeskSimulator | undefined;
  let gateway: TestGateway | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureGraphiqlBundle();
    simulator = await startZendeskSimulator({ sizes: { tickets: 50, users: 20, organizations: 5, groups: 3, articles: 10, maxCommentsPerTicket: 2 } });
    gateway = await startTestGateway({ ...zendeskEnv(simulator), ...env });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_LAUNCH_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await simulator?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('beforeAll did not finish');
    return value;
  };
  return { gateway: () => started(gateway), browser: () => started(browser) };
}

describeWithChromium('GraphiQL in a real browser', () => {
  describe('GraphiQL in headless Chromium, offline', () => {
    const setup = useBrowserAndGateway({});

    it('loads the page, runs the example query and shows data, with every request same-origin', async () => {
      const origin = new URL(setup.gateway().runtime.url).origin;
      const page = await setup.browser().newPage({ viewport: { width: 1440, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

      await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
      await expectEditorToShow(page, 'query ZendeskTickets');
      await page.locator('.graphiql-execute-button').click();
      const result = await waitForResult(page);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });
      const otherTabs = await runOtherTabs(page);
      await page.close();

      expect(result).toContain('"data"');
      expect(result).toContain('"totalCount": 50');
      expect(result).not.toContain('"errors"');
      // The other providers' example tabs (as many as the schema has namespaces for) run too.
      for (const tab of otherTabs) expect(tab).toMatch(/^\S+: \{\s*"data"/);
      // data: URLs are GraphiQL's inlined fonts and icons, decoded in the browser; anything else must come from the server.
      const offOrigin = requests.filter((request) => !request.startsWith('data:') && new URL(request).origin !== origin);
      expect(offOrigin).toEqual([]);
      expect(requests).toEqual(expect.arrayContaining([`${origin}/graphql`, expect.stringMatching(/\/graphiql\/app-\w+\.js$/), expect.stringMatching(/\/graphiql\/app-\w+\.css$/)]));
      // CSP violations are reported as console errors, so this also proves the strict policy suffices.
      expect(problems).toEqual([]);
    });
  });

  describe('GraphiQL in headless Chromium against a production gateway (introspection off)', () => {
    // Production never simulates a provider unasked: Zendesk is the simulator above, the others are asked for.
    const setup = useBrowserAndGateway({ NODE_ENV: 'production', SIMULATE_PROVIDERS: 'intercom,front' });

    it("names INTROSPECTION=true instead of Apollo's hint, sends no introspection query, and still runs queries", async () => {
      const origin = new URL(setup.gateway().runtime.url).origin;
      const page = await setup.browser().newPage({ viewport: { width: 1440, height: 900 } });
      const posted: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posted.push(request.postData() ?? '');
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

      await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
      await expectEditorToShow(page, 'query ZendeskTickets');
      const notice = page.locator('.introspection-notice');
      await notice.waitFor({ state: 'visible', timeout: 30_000 });
      await page.locator('.graphiql-execute-button').click();
      const result = await waitForResult(page);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'graphiql-production.png') });
      const noticeText = await notice.innerText();
      const body = await page.locator('body').innerText();
      await page.close();

      expect(noticeText).toContain('INTROSPECTION=true');
      expect(body).not.toContain('introspection: true');
      expect(body).not.toContain('ApolloServer');
      expect(result).toContain('"totalCount": 50');
      expect(posted.length).toBeGreaterThan(0);
      expect(posted.filter((request) => request.includes('__schema'))).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
});

/** Runs every tab after the first; returns `<tab label>: <response text>` for each. */
async function runOtherTabs(page: Page): Promise<string[]> {
  const tabs = page.locator('.graphiql-tab-button');
  const results: string[] = [];
  for (let index = 1; index < (await tabs.count()); index += 1) {
    await tabs.nth(index).click();
    // GraphiQL re-reads the operation name from the editor 100 ms (debounced) after a tab switch;
    // running sooner sends the previous tab's name. No DOM change marks it, so wait it out.
    await page.waitForTimeout(500);
    await page.locator('.graphiql-execute-button').click();
    results.push(`${(await tabs.nth(index).innerText()).trim()}: ${await waitForResult(page)}`);
  }
  return results;
}

async function expectEditorToShow(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-query-editor', { hasText: text }).waitFor({ state: 'visible', timeout: 30_000 });
}

/** The response editor's text once it holds a response (CodeMirror renders the visible lines as DOM text). */
async function waitForResult(page: Page): Promise<string> {
  const response = page.locator('.graphiql-response .CodeMirror-code', { hasText: /"data"|"errors"/ });
  await response.waitFor({ state: 'visible', timeout: 30_000 });
  return response.innerText();
}
