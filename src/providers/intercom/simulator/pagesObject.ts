/** How `per_page` is written: the spec types it as an integer, the seed's list examples show "5". */
export type PerPageFormat = 'integer' | 'string';

export interface NextPage {
  page: number;
  per_page: number | string;
  starting_after?: string;
}

/** The spec's `cursor_pages` object; `total_count` sits beside it in the response, not inside. */
export interface PagesObject {
  type: 'pages';
  page: number;
  per_page: number | string;
  total_pages: number;
  next?: NextPage | null;
}

export function formatPerPage(perPage: number, format: PerPageFormat): number | string {
  return format === 'string' ? String(perPage) : perPage;
}

/**
 * `next` is left out when it is undefined (the cursor lists' last page, as in the spec's examples)
 * and written as null when the caller passes null (the companies examples send `next: null`).
 */
export function pagesObject(input: {
  page: number;
  perPage: number;
  totalCount: number;
  format: PerPageFormat;
  next: { page: number; startingAfter?: string } | null | undefined;
}): PagesObject {
  const perPage = formatPerPage(input.perPage, input.format);
  const pages: PagesObject = {
    type: 'pages',
    page: input.page,
    per_page: perPage,
    total_pages: Math.ceil(input.totalCount / input.perPage),
  };
  if (input.next === null) pages.next = null;
  else if (input.next !== undefined) {
    pages.next = { page: input.next.page, per_page: perPage };
    if (input.next.startingAfter !== undefined) pages.next.starting_after = input.next.startingAfter;
  }
  return pages;
}
