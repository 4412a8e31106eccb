// Browser entry of the offline GraphiQL bundle, built by scripts/build-graphiql.js with esbuild.
// Everything it needs (React, GraphiQL, CodeMirror, fonts) is bundled, so the page never leaves
// the server that served it.
import 'graphiql/style.css';
import './page.css';

import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { GRAPHIQL_ROOT_ELEMENT_ID, type GraphiqlPageConfig, PAGE_CONFIG_ELEMENT_ID } from '../pageConfig';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherResult = Extract<Awaited<ReturnType<Fetcher>>, { data?: unknown }>;

function readConfig(): GraphiqlPageConfig {
  const text = document.getElementById(PAGE_CONFIG_ELEMENT_ID)?.textContent ?? '';
  const parsed = (text === '' ? {} : JSON.parse(text)) as Partial<GraphiqlPageConfig>;
  const { tabs, introspectionOffNotice } = parsed;
  return {
    tabs: Array.isArray(tabs) ? tabs : [],
    introspectionOffNotice: typeof introspectionOffNotice === 'string' ? introspectionOffNotice : null,
  };
}

/**
 * POSTs JSON to the page's own URL (the page is served at the endpoint itself, so this also works
 * behind a path prefix). A JSON POST is not a "simple" request, so Apollo's CSRF prevention lets
 * it through while still blocking cross-site GETs.
 */
function createFetcher(endpoint: string): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...options?.headers },
      body: JSON.stringify(params),
    });
    const body: unknown = await response.json();
    return body as FetcherResult;
  };
}

function mount(): void {
  const container = document.getElementById(GRAPHIQL_ROOT_ELEMENT_ID);
  if (container === null) throw new Error(`#${GRAPHIQL_ROOT_ELEMENT_ID} is missing from the page`);
  const { tabs, introspectionOffNotice } = readConfig();
  // schema: undefined makes GraphiQL introspect; null makes it run without a schema.
  createRoot(container).render(
    <StrictMode>
      {introspectionOffNotice !== null && (
        <p className="introspection-notice" role="status">
          {introspectionOffNotice}
        </p>
      )}
      <GraphiQL
        fetcher={createFetcher(window.location.pathname)}
        defaultTabs={tabs.map((tab) => ({ query: tab.query }))}
        schema={introspectionOffNotice === null ? undefined : null}
      />
    </StrictMode>,
  );
}

mount();
