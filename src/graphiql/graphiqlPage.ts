import type { GraphiqlBundle } from './graphiqlBundle';
import { GRAPHIQL_ROOT_ELEMENT_ID, type GraphiqlPageConfig, PAGE_CONFIG_ELEMENT_ID } from './pageConfig';

/**
 * Same-origin only. The bundle needs no 'unsafe-eval', no 'unsafe-inline' and no workers
 * (GraphiQL 4 edits with CodeMirror 5, not Monaco). `data:` is allowed for fonts and images
 * because GraphiQL's CSS inlines its fonts and a few icons as data: URLs; the page's inline
 * config is a JSON data block, which script-src does not govern since it is never executed.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Asset URLs are relative to the page (served at /graphql), so a path-prefixing proxy keeps working. */
export function renderGraphiqlPage(bundle: GraphiqlBundle, assetPath: string, config: GraphiqlPageConfig): string {
  const script = bundle.assets.get(bundle.script);
  const stylesheet = bundle.assets.get(bundle.stylesheet);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Helpdesk graph · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetPath}${bundle.stylesheet}" integrity="${stylesheet?.integrity ?? ''}">
<script src="${assetPath}${bundle.script}" integrity="${script?.integrity ?? ''}" defer></script>
</head>
<body>
<div id="${GRAPHIQL_ROOT_ELEMENT_ID}"><noscript>GraphiQL needs JavaScript. POST GraphQL as JSON to this URL instead.</noscript></div>
<script type="application/json" id="${PAGE_CONFIG_ELEMENT_ID}">${jsonForHtml(config)}</script>
</body>
</html>
`;
}

/** Shown (with 503) when the server runs without a built bundle, instead of a blank page. */
export function renderUnavailablePage(reason: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>GraphiQL unavailable</title></head>
<body>
<h1>GraphiQL is not built</h1>
<p>${escapeHtml(reason)}</p>
<p>The GraphQL endpoint itself works: POST JSON to this URL.</p>
</body>
</html>
`;
}

/** JSON that cannot close its <script> element or open a comment, whatever the queries contain. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
