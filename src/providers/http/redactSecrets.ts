/**
 * Removes credentials from text a provider sent us before it goes anywhere else. Providers (or
 * proxies in front of them) echo what they were sent: `bad token Bearer <token>`, or Zendesk's
 * Basic credential, base64 or decoded (`email/token:<token>`). The secrets come from the headers
 * the HTTP client sends, so no provider has to remember to declare them.
 */
export type Redact = (text: string) => string;

export const REDACTED = '[redacted]';

/**
 * Shorter strings are not credentials anyone relies on, and redacting them would blank ordinary
 * words of every message (a Basic user name such as `api`).
 */
const MIN_SECRET_LENGTH = 4;

/** Header names whose values are credentials: `authorization`, and API-key/token style headers. */
const SECRET_HEADER = /authorization|token|key|secret|cookie|session/i;

/**
 * Any `Authorization` value, configured or not (a proxy's own credential): a scheme and a token68
 * (RFC 9110 §11.4) that holds a digit or is long, so that prose such as "Bearer token required" or
 * "Basic authentication" is left alone. Matches the URL-encoded form (`Bearer%20…`) too.
 */
const AUTHORIZATION_VALUE = /(?<![A-Za-z])(Bearer|Basic|Token)(?:\s+|%20|\+)(?=[A-Za-z0-9._~+/%-]*\d|[A-Za-z0-9._~+/%-]{20})[A-Za-z0-9._~+/%-]{8,}=*/gi;

/** Every form in which the credentials of these headers could come back in a provider's text. */
export function secretsOfHeaders(headers: Readonly<Record<string, string>>): string[] {
  return Object.entries(headers)
    .filter(([name]) => SECRET_HEADER.test(name))
    .flatMap(([, value]) => secretsOfAuthorization(value));
}

/**
 * The forms of one `Authorization` value: the whole value, the credential after the scheme, and for
 * Basic the decoded `user:password`, each part alone (many APIs put the key in the user name), and
 * the base64 without padding or as base64url; each also URL-encoded, as a query string or form body
 * would carry it.
 */
export function secretsOfAuthorization(value: string): string[] {
  const whole = value.trim();
  const match = /^(\S+)\s+(\S+)$/.exec(whole);
  const scheme = match?.[1]?.toLowerCase() ?? '';
  const credential = match?.[2] ?? whole;
  const forms = [whole, credential];
  const decoded = scheme === 'basic' ? decodeBase64(credential) : null;
  if (decoded !== null) {
    const colon = decoded.indexOf(':');
    forms.push(decoded, credential.replace(/=+$/, ''), Buffer.from(decoded, 'utf8').toString('base64url'));
    if (colon >= 0) forms.push(decoded.slice(0, colon), decoded.slice(colon + 1));
  }
  return forms.flatMap((form) => [form, encodeURIComponent(form), new URLSearchParams({ v: form }).toString().slice(2)]);
}

/** Replaces every secret, longest first (so `user:password` goes whole), then any Authorization-like value. */
export function createRedactor(secrets: Iterable<string>): Redact {
  const distinct = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  const exact = distinct.length > 0 ? new RegExp(distinct.map(escapeRegExp).join('|'), 'g') : null;
  return (text) => {
    const withoutSecrets = exact === null ? text : text.replace(exact, REDACTED);
    return withoutSecrets.replace(AUTHORIZATION_VALUE, (_value, scheme: string) => `${scheme} ${REDACTED}`);
  };
}

/** Only a credential that is base64 of UTF-8 text, or its decoding is noise not worth matching. */
function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) return null;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') === text.replace(/=+$/, '') ? decoded : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
