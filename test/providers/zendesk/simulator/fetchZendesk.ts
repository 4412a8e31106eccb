import type { ZendeskSimulator } from '../../../../src/providers/zendesk/simulator';

export const EMAIL = 'agent@example.com';
export const API_TOKEN = 'sim-zendesk-token';

export function basicToken(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
}

export interface ZendeskReply<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** The cursor-style list body, as the pagination article describes it. */
export interface CursorBody {
  readonly meta: { readonly has_more: boolean; readonly after_cursor: string | null; readonly before_cursor: string | null };
  readonly links: { readonly next: string | null; readonly prev: string | null };
}

export interface OffsetBody {
  readonly count: number;
  readonly next_page: string | null;
  readonly previous_page: string | null;
}

export interface ErrorsBody {
  readonly errors: ReadonlyArray<{ readonly code: string; readonly title: string; readonly detail?: string }>;
}

/**
 * GETs a path (or an absolute URL the simulator handed out) with the API-token credentials.
 * The body type is what the test expects the simulator to send; tests assert on it.
 */
export async function fetchZendesk<T>(
  sim: ZendeskSimulator,
  pathOrUrl: string,
  authorization: string | null = basicToken(EMAIL, API_TOKEN),
): Promise<ZendeskReply<T>> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${sim.url}${pathOrUrl}`;
  const response = await fetch(url, { headers: authorization === null ? {} : { authorization } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/** Follows `links.next` while `meta.has_more` says so, returning every page body. */
export async function walkForward<B extends CursorBody>(sim: ZendeskSimulator, firstPath: string): Promise<B[]> {
  const pages: B[] = [];
  let next: string | null = firstPath;
  while (next !== null) {
    const reply: ZendeskReply<B> = await fetchZendesk<B>(sim, next);
    expect(reply.status).toBe(200);
    pages.push(reply.body);
    next = reply.body.meta.has_more ? reply.body.links.next : null;
  }
  return pages;
}
