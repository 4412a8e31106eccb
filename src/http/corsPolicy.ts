/**
 * Which other origins' browser pages may call /graphql (CORS_ORIGINS, CORS_CREDENTIALS). `null`
 * (the default) keeps the gateway same-origin only: no CORS header is ever sent.
 */
export interface CorsPolicy {
  /** `'any'`: `Access-Control-Allow-Origin: *`; else the exact origins, as browsers serialize them. */
  readonly allowOrigins: 'any' | ReadonlyArray<string>;
  /** Adds `Access-Control-Allow-Credentials: true` (cookies, HTTP auth, TLS client certificates). */
  readonly allowCredentials: boolean;
}

export type ParsedOrigins = { readonly ok: true; readonly origins: 'any' | ReadonlyArray<string> } | { readonly ok: false; readonly problem: string };

/**
 * Reads CORS_ORIGINS: `*` alone, or comma-separated origins `scheme://host[:port]`. An entry must
 * already be in the form a browser sends in `Origin` (no path, not even `/`, no default port), since
 * origins are compared as exact strings: `https://app.example.com/` would otherwise never match and
 * the mistake would only show as a blocked request in someone's browser console.
 */
export function parseCorsOrigins(text: string): ParsedOrigins {
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  if (entries.includes('*')) {
    return entries.length === 1 ? { ok: true, origins: 'any' } : { ok: false, problem: '`*` must stand alone, not in a list of origins' };
  }
  const origins: string[] = [];
  for (const entry of entries) {
    const origin = serializedOrigin(entry);
    if (origin === null) return { ok: false, problem: `${JSON.stringify(entry)} is not an http(s) origin (scheme://host[:port])` };
    // Scheme and host are case-insensitive (browsers send them lower-cased); anything else must match.
    if (origin !== entry.toLowerCase()) return { ok: false, problem: `${JSON.stringify(entry)} is not an origin (scheme://host[:port], no path): write ${origin}` };
    if (!origins.includes(origin)) origins.push(origin);
  }
  if (origins.length === 0) return { ok: false, problem: 'lists no origin' };
  return { ok: true, origins };
}

function serializedOrigin(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin;
}

export interface CorsSettings {
  readonly origins: 'any' | ReadonlyArray<string> | undefined;
  readonly credentials: boolean;
  readonly production: boolean;
  readonly apiKeysSet: boolean;
}

/**
 * The policy, or the settings' contradictions as config problem lines. `*` is refused with
 * credentials (browsers reject that pair, so it could only ever fail), and in production without
 * GATEWAY_API_KEYS: a gateway reachable only from an internal network would then be readable by
 * every web page its users open.
 */
export function corsPolicyFrom(settings: CorsSettings, problems: string[]): CorsPolicy | null {
  const { origins, credentials } = settings;
  if (origins === undefined) {
    if (credentials) problems.push('CORS_CREDENTIALS: has no effect without CORS_ORIGINS');
    return null;
  }
  if (origins === 'any' && credentials) {
    problems.push('CORS_ORIGINS: `*` cannot be combined with CORS_CREDENTIALS=true: list the origins instead');
    return null;
  }
  if (origins === 'any' && settings.production && !settings.apiKeysSet) {
    problems.push('CORS_ORIGINS: `*` in production needs GATEWAY_API_KEYS: without keys any web page could read the graph');
    return null;
  }
  return { allowOrigins: origins, allowCredentials: credentials };
}
