import type { IntercomSimulator } from '../../../../src/providers/intercom/simulator';

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** One raw request to the simulator, as a client without the SDK would send it. */
export async function callIntercom(
  sim: IntercomSimulator,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; token?: string | null; version?: string } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = options.token === undefined ? 'sim-intercom-token' : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.version !== undefined) headers['intercom-version'] = options.version;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, headers: response.headers, body };
}

export interface PagesShape {
  type: string;
  page: number;
  per_page: number | string;
  total_pages: number;
  next?: { page: number; per_page?: number | string; starting_after?: string } | null;
}

export function pagesOf(result: HttpResult): PagesShape {
  return result.body.pages as PagesShape;
}

export function idsOf(items: unknown): string[] {
  return (items as Array<{ id: string }>).map((item) => item.id);
}

/** The order the simulator documents for lists and default searches: updated_at desc, then id desc. */
export function byUpdatedAtDesc<T extends { updated_at: number; id: string }>(a: T, b: T): number {
  return b.updated_at - a.updated_at || compareNumericIds(b.id, a.id);
}

export function compareNumericIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
