import type { FrontSimulator } from '../../../../src/providers/front/simulator';

export const testToken = 'test-front-token';
export const testLinkBase = 'https://acme-test.api.frontapp.com';

export interface FrontListBody<T> {
  readonly _pagination?: { readonly next: string | null };
  readonly _links: { readonly self: string };
  readonly _total?: number;
  readonly _results: ReadonlyArray<T>;
}

export interface FrontErrorBody {
  readonly _error: { readonly status: number; readonly title: string; readonly message: string };
}

export interface JsonReply<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** GET on the simulator's own host with the test token (or `token`, or none when null). */
export async function getJson<T>(
  simulator: FrontSimulator,
  pathAndQuery: string,
  token: string | null = testToken,
): Promise<JsonReply<T>> {
  const response = await fetch(`${simulator.url}${pathAndQuery}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

/** `page_token` out of a `_pagination.next` URL, after checking the URL is on the company host. */
export function pageTokenOf(next: string): string {
  const url = new URL(next);
  expect(url.origin).toBe(testLinkBase);
  const token = url.searchParams.get('page_token');
  if (token === null) throw new Error(`no page_token in ${next}`);
  return token;
}

export interface Traversal<T> {
  readonly records: T[];
  readonly pages: number;
  readonly lastPage: FrontListBody<T>;
}

/**
 * Walks a list the way the project's paginator does: only `page_token` is taken from `next`, and
 * it is sent with the same `path` and `params` to the simulator's own URL (never to `next` itself).
 */
export async function traverse<T>(simulator: FrontSimulator, path: string, params: Readonly<Record<string, string>> = {}): Promise<Traversal<T>> {
  const records: T[] = [];
  let token: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const query = new URLSearchParams(params);
    if (token !== null) query.set('page_token', token);
    const reply: JsonReply<FrontListBody<T>> = await getJson<FrontListBody<T>>(simulator, `${path}?${query.toString()}`);
    expect(reply.status).toBe(200);
    records.push(...reply.body._results);
    const next = reply.body._pagination?.next;
    if (next === undefined) throw new Error(`${path} has no _pagination`);
    if (next === null) return { records, pages, lastPage: reply.body };
    token = pageTokenOf(next);
  }
}
