/**
 * Where a list lives, so pagination links can be rebuilt. Zendesk's `links` and `next_page` are
 * absolute URLs on the account's own host, keep the caller's sort and filter parameters, and use
 * the `.json` form of the path.
 */
export interface ListLocation {
  readonly baseUrl: string;
  /** Path without the `.json` suffix, e.g. `/api/v2/tickets`. */
  readonly path: string;
  readonly query: URLSearchParams;
}

/** The list's URL with some parameters replaced (a string) or removed (null). */
export function linkTo(location: ListLocation, changes: Readonly<Record<string, string | null>>): string {
  const query = new URLSearchParams(location.query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  const search = query.toString();
  return `${location.baseUrl}${location.path}.json${search ? `?${search}` : ''}`;
}
