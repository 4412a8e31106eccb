/**
 * The theoretical minimum number of provider calls for a full forward traversal of N records with
 * Relay pages of `first`, for a gateway that keeps no state between GraphQL requests: each GraphQL
 * page needs its records from the provider, at most `max` per call, plus the provider's quirks.
 * These model the providers' protocols, not the engine: they answer "what can any client of this
 * API, serving these GraphQL pages, not do with fewer calls".
 */

/**
 * Cursor / page-token lists (Zendesk `page[after]`, Intercom `starting_after`, Front `page_token`).
 * Each call asks for min(max, still wanted) records. `fullPageSaysMore`: Zendesk's `has_more` is
 * true on every full page, so a call that happens to end the data on a full page is followed by a
 * call that comes back empty (within the GraphQL request, or as one more GraphQL request).
 */
export function cursorMinimum(total: number, first: number, max: number, fullPageSaysMore: boolean): number {
  let calls = 0;
  let remaining = total;
  for (;;) {
    let taken = 0;
    let more = true;
    while (taken < first && more) {
      const size = Math.min(max, first - taken);
      const got = Math.min(size, remaining);
      remaining -= got;
      taken += got;
      calls += 1;
      more = remaining > 0 || (fullPageSaysMore && got === size);
    }
    if (!more) return calls;
  }
}

/**
 * Front's page-token lists: a token is tied to the `limit` of the call that made it (Front's
 * pagination guide: the `next` URL "will already include the limit you specified in the initial
 * request"), so a traversal reads one grid of native pages of one size L ≤ max, fixed by its first
 * call, and a GraphQL page [o, o + first) costs every page of that grid it overlaps. The best L
 * over the whole traversal is the minimum. Where `first` is a multiple of max (or below it) this
 * equals `cursorMinimum`; otherwise a page starting inside a native page costs one more call than
 * ceil(first / max) (events, 15 a call, at first 100: 7, 8, 7, … calls). The last page says no more
 * (`next: null`), so there is no empty trailing call.
 */
export function pageTokenMinimum(total: number, first: number, max: number): number {
  if (total === 0) return 1;
  let best = Number.POSITIVE_INFINITY;
  for (let size = 1; size <= max; size += 1) {
    let calls = 0;
    for (let offset = 0; offset < total; offset += first) {
      const end = Math.min(total, offset + first);
      calls += Math.floor((end - 1) / size) - Math.floor(offset / size) + 1;
    }
    best = Math.min(best, calls);
  }
  return best;
}

/**
 * Page-number lists (Intercom companies, articles and contact notes): a call reads the window
 * `[(page - 1) * perPage, page * perPage)`, perPage ≤ max, and no window may end past `cap`. Per
 * GraphQL page of records [o, o + r), the best perPage is chosen independently (offset cursors allow
 * it). The provider's `next_page` comes from its count, so there is no empty trailing call; past the
 * cap the gateway answers PAGINATION_LIMIT without a call.
 */
export function offsetMinimum(served: number, first: number, max: number, cap: number): number {
  let calls = 0;
  for (let offset = 0; offset < served; offset += first) {
    const end = Math.min(served, offset + first);
    let best = Number.POSITIVE_INFINITY;
    for (let perPage = 1; perPage <= max; perPage += 1) {
      const lastPage = Math.ceil(end / perPage);
      if (lastPage * perPage > cap && perPage > 1) continue;
      best = Math.min(best, lastPage - Math.floor(offset / perPage));
    }
    calls += best;
  }
  return Math.max(calls, served === 0 ? 1 : 0);
}

/** Lists the provider does not page (Front inboxes, teammates): one call per GraphQL request. */
export function wholeListMinimum(total: number, first: number): number {
  return Math.max(1, Math.ceil(total / first));
}
