/**
 * Page-number providers (Zendesk offset paging, Intercom companies) address a window
 * `[(page - 1) * perPage, page * perPage)`, and both refuse windows past a record cap. Relay
 * cursors address absolute offsets, so each read picks a window that contains the wanted offset,
 * stays under the cap, and wastes as few calls as it can.
 */
export interface PageWindow {
  readonly page: number;
  readonly perPage: number;
  /** Offset of the window's first record. */
  readonly start: number;
}

/**
 * The window to read `count` records forward from `offset`: exactly `[offset, offset + count)` when
 * it is aligned, else the provider-maximum window that contains `offset` (the caller skips its
 * head), else the largest aligned window that stays under the cap.
 */
export function chooseForwardWindow(offset: number, count: number, maxPerPage: number, cap: number): PageWindow {
  const size = Math.min(count, maxPerPage);
  if (offset % size === 0 && offset + size <= cap) return windowAt(offset, size);
  const alignedStart = Math.floor(offset / maxPerPage) * maxPerPage;
  if (alignedStart + maxPerPage <= cap) return windowAt(alignedStart, maxPerPage);
  for (let perPage = size; perPage > 1; perPage -= 1) {
    if (offset % perPage === 0 && offset + perPage <= cap) return windowAt(offset, perPage);
  }
  return windowAt(offset, 1);
}

/** The window to read up to `count` records that end right before `end`. */
export function chooseBackwardWindow(end: number, count: number, maxPerPage: number): PageWindow {
  const size = Math.min(count, maxPerPage, end);
  if (end % size === 0) return windowAt(end - size, size);
  return windowAt(Math.floor((end - 1) / maxPerPage) * maxPerPage, maxPerPage);
}

function windowAt(start: number, perPage: number): PageWindow {
  return { page: start / perPage + 1, perPage, start };
}
