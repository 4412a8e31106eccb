const HTML_TYPES = new Set(['text/html']);
const JSON_TYPES = new Set(['application/json', 'application/graphql-response+json', 'application/*', '*/*']);

/**
 * True when an Accept header asks for HTML at least as much as for JSON: a browser navigating to
 * /graphql (`text/html,...,*\/*;q=0.8`) gets GraphiQL, while GraphQL clients (`application/json`,
 * curl's `*\/*`, or no header at all) keep getting Apollo.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  let html = 0;
  let json = 0;
  for (const part of accept.toLowerCase().split(',')) {
    const [type = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = qValue(params);
    if (HTML_TYPES.has(type)) html = Math.max(html, q);
    if (JSON_TYPES.has(type)) json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

function qValue(params: readonly string[]): number {
  const q = params.find((param) => param.startsWith('q='));
  if (q === undefined) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) ? value : 0;
}
