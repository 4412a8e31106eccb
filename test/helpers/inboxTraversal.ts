import type { TestGateway } from './testGateway';

/** A merged inbox edge's node, as these tests select it (and as they select it from each provider's own connection). */
export interface InboxConversation {
  readonly __typename: string;
  readonly id: string;
  readonly provider: string;
  readonly nativeId: string;
  readonly conversationStatus: string;
  readonly updatedAt: string | null;
}

const FIELDS = '__typename id provider nativeId conversationStatus updatedAt';

/** `conversations` with every filter as a variable, selecting cursors and the fields above. */
export const INBOX_QUERY = `query($first: Int, $after: String, $providers: [Provider!], $status: [ConversationStatus!], $updatedSince: DateTime) {
  conversations(first: $first, after: $after, providers: $providers, status: $status, updatedSince: $updatedSince) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${FIELDS} } }
  }
}`;

export interface InboxPage {
  readonly conversations: {
    readonly totalCount?: number | null;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: InboxConversation }>;
  };
}

export type InboxFilter = { readonly providers?: ReadonlyArray<string>; readonly status?: ReadonlyArray<string>; readonly updatedSince?: string };

export interface InboxTraversal {
  readonly nodes: ReadonlyArray<InboxConversation>;
  readonly cursors: ReadonlyArray<string>;
  readonly requests: number;
}

/** Follows `conversations`' `endCursor` from `from` (the start when null) to the end, `first` per request; fails on any error. */
export async function traverseInbox(gateway: TestGateway, first: number, filter: InboxFilter = {}, from: string | null = null): Promise<InboxTraversal> {
  const nodes: InboxConversation[] = [];
  const cursors: string[] = [];
  let after = from;
  for (let requests = 1; ; requests += 1) {
    const response: Awaited<ReturnType<typeof gateway.query<InboxPage>>> = await gateway.query<InboxPage>(INBOX_QUERY, { first, after, ...filter });
    expect(response.errors).toBeUndefined();
    const page = response.data?.conversations;
    if (page === undefined) throw new Error('no data');
    nodes.push(...page.edges.map((edge) => edge.node));
    cursors.push(...page.edges.map((edge) => edge.cursor));
    if (!page.pageInfo.hasNextPage) return { nodes, cursors, requests };
    after = page.pageInfo.endCursor;
    if (requests > 500) throw new Error('runaway traversal');
  }
}

/** Where each built-in provider's own conversation list is, and its largest page. */
export const OWN_CONVERSATION_LISTS = {
  zendesk: { namespace: 'zendesk', field: 'tickets', first: 100 },
  intercom: { namespace: 'intercom', field: 'conversations', first: 150 },
  front: { namespace: 'front', field: 'conversations', first: 100 },
} as const;

export interface OwnList {
  readonly namespace: string;
  readonly field: string;
  readonly first: number;
}

/** A provider's own connection walked whole, with the inbox's fields: what the merged list must be the union of. */
export async function traverseOwnList(gateway: TestGateway, list: OwnList): Promise<InboxConversation[]> {
  const query = `query($after: String) { ${list.namespace} { ${list.field}(first: ${list.first}, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } } }`;
  type Own = Record<string, Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: InboxConversation[] }>>;
  const nodes: InboxConversation[] = [];
  let after: string | null = null;
  for (;;) {
    const response: Awaited<ReturnType<typeof gateway.query<Own>>> = await gateway.query<Own>(query, { after });
    expect(response.errors).toBeUndefined();
    const connection = response.data?.[list.namespace]?.[list.field];
    if (connection === undefined) throw new Error('no data');
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
}

export const updateTime = (node: InboxConversation): number => Date.parse(node.updatedAt ?? '');
export const ids = (nodes: ReadonlyArray<InboxConversation>): string[] => nodes.map((node) => node.id);

export function expectNewestFirst(nodes: ReadonlyArray<InboxConversation>): void {
  for (let index = 1; index < nodes.length; index += 1) {
    expect(updateTime(nodes[index] as InboxConversation)).toBeLessThanOrEqual(updateTime(nodes[index - 1] as InboxConversation));
  }
}
