import { z } from 'zod';

import { withDeferredNodes } from '../../deferredNodes';
import type { UpstreamHttp } from '../../http/httpClient';
import { keyedListOf } from '../../memoizeSchema';
import { parseUpstream } from '../../parseUpstream';
import type { Page, PageRequest, Paginator } from '../../types';

/** `start_time` in unix seconds: the first page of a traversal starts there. */
export type ZendeskIncrementalArgs = { readonly startTime: number };
/** Zendesk's `after_cursor`; never the `after_url`. */
export type ZendeskIncrementalToken = { readonly cursor: string };

/** Cursor-based incremental exports return up to 1000 records per page (`per_page`). */
export const ZENDESK_INCREMENTAL_MAX_PAGE_SIZE = 1_000;

const envelope = z.object({
  after_cursor: z.string().nullable().default(null),
  end_of_stream: z.boolean(),
});

export interface IncrementalExportOptions<TRaw, TNode> {
  readonly resource: string;
  readonly endpoint: string;
  readonly path: string;
  readonly listKey: string;
  readonly item: z.ZodType<TRaw>;
  toNode(raw: TRaw): TNode;
  /**
   * A record's identity *and version*: the export returns a record again each time it changes, so
   * one request may meet a newer version of a record it already served; only an identical version
   * is a repeat.
   */
  versionOf(node: TNode): string;
}

/**
 * A cursor-based incremental export
 * (https://developer.zendesk.com/documentation/ticketing/managing-tickets/using-the-incremental-export-api#cursor-based-incremental-exports):
 * the first page with `start_time`, later ones with `cursor=<after_cursor>`, forward only.
 * `end_of_stream: true` ends the traversal (`hasNextPage: false`), but the page's `after_cursor`
 * is kept as the end token: the last edge's cursor resumes there, so asking `after` it later
 * returns exactly what changed since, deletions included.
 */
export function createIncrementalPaginator<TRaw, TNode extends { readonly nativeId: string }>(
  http: UpstreamHttp,
  options: IncrementalExportOptions<TRaw, TNode>,
): Paginator<TNode, ZendeskIncrementalArgs, ZendeskIncrementalToken> {
  const list = keyedListOf(options.item, options.listKey);
  return {
    resource: options.resource,
    maxPageSize: ZENDESK_INCREMENTAL_MAX_PAGE_SIZE,
    backward: { kind: 'unsupported', reason: 'Zendesk incremental exports page forward only: use `first`/`after`.' },
    onRepeatedNode: 'skip',
    idOf: options.versionOf,
    async fetchPage(args, request: PageRequest<ZendeskIncrementalToken>): Promise<Page<TNode, ZendeskIncrementalToken>> {
      const position = request.token === null ? { start_time: args.startTime } : { cursor: request.token.cursor };
      const body = await http.requestJson({
        method: 'GET',
        path: options.path,
        endpoint: options.endpoint,
        query: { ...position, per_page: request.size },
        readAhead: request.readAhead,
      });
      const parsed = parseUpstream(envelope, body, 'zendesk', options.endpoint);
      const after = parsed.after_cursor === null ? null : { cursor: parsed.after_cursor };
      return withDeferredNodes(
        { nextToken: parsed.end_of_stream ? null : after, previousToken: null, endToken: after ?? undefined },
        () => (parseUpstream(list, body, 'zendesk', options.endpoint)[options.listKey] ?? []).map((raw) => options.toNode(raw)),
      );
    },
  };
}
