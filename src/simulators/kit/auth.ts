import type { IncomingHttpHeaders } from 'node:http';

/** The credentials a request carried, decoded but not judged. */
export type PresentedCredentials =
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly token: string }
  | { readonly kind: 'none' };

export function readCredentials(headers: IncomingHttpHeaders): PresentedCredentials {
  const header = headers.authorization ?? '';
  const [scheme, value] = header.split(/\s+/, 2);
  if (!value) return { kind: 'none' };
  if (scheme?.toLowerCase() === 'bearer') return { kind: 'bearer', token: value };
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'none' };
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { kind: 'none' };
}
