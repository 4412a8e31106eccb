/** The shapes the engine hands to GraphQL: one per connection type in the schema. */

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Edge<TNode> {
  readonly node: TNode;
  /** Computed on first read: clients that select no cursor pay no signing. */
  readonly cursor: string;
}

export interface Connection<TNode> {
  readonly edges: ReadonlyArray<Edge<TNode>>;
  /** The same nodes as `edges`, for clients that need no cursors. */
  readonly nodes: ReadonlyArray<TNode>;
  readonly pageInfo: PageInfo;
  /** Resolved only when selected; may call the provider's count endpoint. */
  totalCount(): Promise<number | null>;
}
