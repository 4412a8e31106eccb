import type { IncomingMessage, ServerResponse } from 'node:http';

import type { CorsPolicy } from './corsPolicy';

/** The one path browsers on other origins may call; /metrics, /health and /ready are for machines. */
const CORS_PATH = '/graphql';
const ALLOW_METHODS = 'GET, POST';
/**
 * What a browser client may send. `content-type: application/json` makes every GraphQL POST
 * preflighted; `apollo-require-preflight` / `x-apollo-operation-name` are the headers Apollo's CSRF
 * rule accepts on GETs; `apollographql-client-name`/`-version` are sent by Apollo Client when it is
 * given a name (refusing them would fail its preflight); `authorization` carries GATEWAY_API_KEYS;
 * `x-request-id` and `traceparent`/`tracestate` (W3C Trace Context) let a client correlate its
 * requests with the gateway's logs and traces.
 */
const ALLOW_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  'traceparent',
  'tracestate',
].join(', ');
/** Response headers a page's script may read besides the CORS-safelisted ones. */
const EXPOSE_HEADERS = 'x-request-id';
/** How long a browser may reuse a preflight's answer (Chromium caps it at 7200 s, Firefox at 86400 s). */
const MAX_AGE_SECONDS = '600';

/**
 * Answers a CORS preflight to /graphql (returns true), or adds the CORS headers of an actual
 * request's response and returns false so the request is routed as usual. Runs before the API-key
 * check and Apollo's CSRF rule: a browser sends a preflight without credentials or custom headers,
 * so either would refuse it.
 *
 * Hand-written rather than the `cors` package (2.8.6, present as a dependency of @apollo/server):
 * that middleware sends its allow-methods/-headers/-credentials headers to every OPTIONS request,
 * also from origins it does not allow, treats every OPTIONS as a preflight, and has no types of its
 * own (it would need @types/cors). The rules needed here fit in this file.
 */
export function createCorsHandler(policy: CorsPolicy): (req: IncomingMessage, res: ServerResponse) => boolean {
  const anyOrigin = policy.allowOrigins === 'any';
  const allowed = new Set(policy.allowOrigins === 'any' ? [] : policy.allowOrigins);
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://gateway').pathname !== CORS_PATH) return false;
    const origin = req.headers.origin;
    // With a list, the answer depends on Origin, also the answer to a request without one: a
    // cache must not hand that answer (lacking Access-Control-Allow-Origin) to a listed origin.
    if (!anyOrigin) appendVary(res, 'Origin');
    const allowedOrigin = origin !== undefined && (anyOrigin || allowed.has(origin)) ? origin : null;
    if (isPreflight(req)) {
      if (allowedOrigin === null) {
        // 403 rather than a bare 204: the refusal is visible in the browser's network panel and in
        // access logs, and says which setting decides. The browser blocks the request either way.
        sendForbidden(res);
        return true;
      }
      res.writeHead(204, {
        ...allowOriginHeaders(policy, allowedOrigin),
        'access-control-allow-methods': ALLOW_METHODS,
        'access-control-allow-headers': ALLOW_HEADERS,
        'access-control-max-age': MAX_AGE_SECONDS,
        // Safari waits for a body on a 204 without it.
        'content-length': '0',
      });
      res.end();
      return true;
    }
    if (allowedOrigin !== null) {
      for (const [name, value] of Object.entries(allowOriginHeaders(policy, allowedOrigin))) res.setHeader(name, value);
      res.setHeader('access-control-expose-headers', EXPOSE_HEADERS);
    }
    return false;
  };
}

/** A preflight is an OPTIONS request that names the method it asks for (Fetch standard, CORS-preflight request). */
function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

function allowOriginHeaders(policy: CorsPolicy, origin: string): Record<string, string> {
  // `*` only ever without credentials (config refuses the pair); a listed origin is echoed.
  const headers: Record<string, string> = { 'access-control-allow-origin': policy.allowOrigins === 'any' ? '*' : origin };
  if (policy.allowCredentials) headers['access-control-allow-credentials'] = 'true';
  return headers;
}

function appendVary(res: ServerResponse, field: string): void {
  const current = res.getHeader('vary');
  const text = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  const fields = text.split(',').map((entry) => entry.trim().toLowerCase());
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
  res.setHeader('vary', text.trim() === '' ? field : `${text}, ${field}`);
}

function sendForbidden(res: ServerResponse): void {
  const payload = JSON.stringify({ error: 'Origin not allowed: the gateway answers only the origins in CORS_ORIGINS' });
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
