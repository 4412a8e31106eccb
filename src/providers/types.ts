/**
 * The boundary between the relay engine and the providers: the only module both import.
 *
 * A provider describes one native list as a {@link Paginator}: "given my own token and a page
 * size, fetch one native page". The engine (src/relay) does everything Relay: argument checks,
 * stitching pages, trimming, pageInfo and cursors. A paginator never sees a cursor and the
 * engine never looks inside a token.
 */

/** A JSON value: native tokens are sealed inside cursors, so they must survive JSON. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<JsonValue>
  | { readonly [key: string]: JsonValue };

export type PageDirection = 'forward' | 'backward';

export interface PageRequest<TToken extends JsonValue> {
  /**
   * `null` asks for the first page (forward) or the last page (backward, only when the paginator
   * sets `startsFromEnd`).
   */
  readonly token: TToken | null;
  readonly direction: PageDirection;
  /**
   * Already clamped by the engine to 1..maxPageSize. A paginator may return fewer nodes, or more
   * (a page-number provider's aligned page); the engine takes what it needs.
   */
  readonly size: number;
  /**
   * Read ahead for a later request of the traversal (PREFETCH_PAGES): pass it on to the HTTP
   * request (`UpstreamRequest.readAhead`), whose call then outlives this request's response.
   */
  readonly readAhead?: boolean | undefined;
}

export interface Page<TNode, TToken extends JsonValue> {
  /** Always in list order, whatever the direction of the request. */
  readonly nodes: ReadonlyArray<TNode>;
  /** Token of the page that follows this one in list order; `null` when the provider says there is none. */
  readonly nextToken: TToken | null;
  /** Token of the page that precedes this one; `null` when there is none or it cannot be known. */
  readonly previousToken: TToken | null;
  /**
   * Where the list continues after this page even when the provider says nothing follows yet
   * (Zendesk's `after_cursor` on the last page): the last edge's cursor keeps it, so a client that
   * resumes later sees records created since instead of a permanent end.
   */
  readonly endToken?: TToken | undefined;
  /** Only when the provider reports it on the page; never computed by walking pages. */
  readonly totalCount?: number | undefined;
  /**
   * Set instead of reading when the request lies at or past a record cap of the provider (page-number
   * lists stop at record 10,000 and answer 400 past it): such a page has no nodes and no tokens, and
   * no page beyond it is reachable. The engine serves the edges it already read (`hasNextPage`
   * stays true, so the records just below the cap are reachable with any `first`) and answers
   * PAGINATION_LIMIT, with `reason`, to a request that can read nothing.
   */
  readonly capped?: RecordCap | undefined;
}

export interface RecordCap {
  /** Why the cap exists and what to do instead, for the API's users. */
  readonly reason: string;
  /** The first record offset the provider will not serve. */
  readonly recordCap: number;
}

export interface Paginator<TNode, TArgs, TToken extends JsonValue = JsonValue> {
  /** Stable name such as 'zendesk.tickets'; bound into every cursor this paginator's pages produce. */
  readonly resource: string;
  /** The provider's largest page (Zendesk 100, Intercom 150, Front 100). */
  readonly maxPageSize: number;
  /**
   * 'native' when the provider can page backward from a token; otherwise `last`/`before` are
   * refused with the reason given here.
   */
  readonly backward: { readonly kind: 'native'; readonly startsFromEnd: boolean } | { readonly kind: 'unsupported'; readonly reason: string };
  /**
   * What to do when a page repeats a node already returned in the same request: 'fail' for
   * providers whose lists are stable (a repeat means broken paging), 'skip' for stateless search
   * contexts where the provider documents that updated records can reappear.
   */
  readonly onRepeatedNode: 'fail' | 'skip';
  /** The provider's id of a node, for the repeat guard. */
  idOf(node: TNode): string;
  fetchPage(args: TArgs, request: PageRequest<TToken>): Promise<Page<TNode, TToken>>;
  /** A provider count endpoint, called only when a client selects `totalCount` and no page carried one. */
  fetchTotalCount?(args: TArgs): Promise<number | null>;
}

/** DataLoader's contract: result[i] answers ids[i]; an unknown id is `null`, a failed one an Error. */
export type BatchFetch<TNode> = (ids: ReadonlyArray<string>) => Promise<ReadonlyArray<TNode | null | Error>>;
