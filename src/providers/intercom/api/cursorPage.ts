import type { z } from 'zod';

import { ErrorCode } from '../../../errorCodes';
import { withDeferredNodes } from '../../deferredNodes';
import { keyedListOf } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import { ProviderError } from '../../providerError';
import type { Page, Paginator } from '../../types';
import { type CursorPages, pagedEnvelope } from './types';

/** Intercom's page pointer: the `starting_after` of the page to fetch. Never empty. */
export type IntercomCursorToken = { readonly startingAfter: string };

/**
 * Pagination guide: "the max amount for any API is 150" (listConversations and searchConversations
 * state it too; the other endpoints state no maximum of their own).
 */
export const INTERCOM_MAX_PER_PAGE = 150;

/**
 * The engine's page around one cursor-paged response. A page follows exactly when `pages.next`
 * is present (missing and `null` both end the list). A `next` without a usable `starting_after` would
 * make us send an empty cursor, which the API rejects: that is reported as broken paging instead.
 */
function cursorEnvelope(
  pages: CursorPages | null,
  totalCount: number | null,
  resource: string,
): Omit<Page<never, IntercomCursorToken>, 'nodes'> {
  const next = pages?.next ?? null;
  if (next !== null && (next.starting_after === null || next.starting_after === undefined || next.starting_after.trim() === '')) {
    throw new ProviderError(
      ErrorCode.UPSTREAM_PAGINATION_ERROR,
      `${resource}: Intercom said another page follows but sent no starting_after cursor for it.`,
      { resource },
    );
  }
  return {
    nextToken: next?.starting_after ? { startingAfter: next.starting_after } : null,
    // Intercom cursors only lead forward; `backward` is unsupported, so nothing is ever read from here.
    previousToken: null,
    totalCount: totalCount ?? undefined,
  };
}

/**
 * Why `last`/`before` are refused: `starting_after` is the only cursor, so Intercom can only be
 * read forward (pagination guide: "not to directly go to page X of the results. This is not possible").
 */
export const INTERCOM_FORWARD_ONLY =
  'Intercom cursors (`starting_after`) only lead forward and a list cannot be read from its end. Use `first`/`after`.';

/**
 * What every Intercom cursor paginator, list or search, declares: forward only, at most 150 per page,
 * and a repeated record skipped rather than failed, because `starting_after` is a position, not a
 * snapshot (the guide warns that records updated between two pages can come back).
 */
export function cursorPaginatorTraits<TNode extends { readonly nativeId: string }>(
  resource: string,
): Pick<Paginator<TNode, never, IntercomCursorToken>, 'resource' | 'maxPageSize' | 'backward' | 'onRepeatedNode' | 'idOf'> {
  return {
    resource,
    maxPageSize: INTERCOM_MAX_PER_PAGE,
    backward: { kind: 'unsupported', reason: INTERCOM_FORWARD_ONLY },
    onRepeatedNode: 'skip',
    idOf: (node) => node.nativeId,
  };
}

/** `starting_after` only when there is one: the API answers an empty value with an error. */
export function startingAfter(token: IntercomCursorToken | null): { readonly starting_after?: string } {
  return token === null ? {} : { starting_after: token.startingAfter };
}

/** Where a cursor-paged list response keeps its records, and how to read them. */
export interface CursorListShape<TRaw, TNode> {
  readonly resource: string;
  readonly endpoint: string;
  /** `conversations`, `data`, `tickets`…: list and search responses name their array per type. */
  readonly listKey: string;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw): TNode;
}

/** Reads one list or search response (`pages` + `total_count` + the records) into the engine's page. */
export function readCursorPage<TRaw, TNode>(body: unknown, shape: CursorListShape<TRaw, TNode>): Page<TNode, IntercomCursorToken> {
  const envelope = parseUpstream(pagedEnvelope, body, 'intercom', shape.endpoint);
  return withDeferredNodes(cursorEnvelope(envelope.pages, envelope.total_count, shape.resource), () => {
    const raws = parseUpstream(keyedListOf(shape.item, shape.listKey), body, 'intercom', shape.endpoint)[shape.listKey] ?? [];
    return raws.map((raw) => shape.toNode(raw));
  });
}
