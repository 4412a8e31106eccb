/** Models of the types every provider shares (see codegen.ts for how mappers are found). */
import type { Edge, PageInfo } from '../relay/connection';
import type { MergedConnection } from '../relay/mergeConnection';

export type PageInfoModel = PageInfo;
/** Namespaces (`Query.zendesk`, `Query.intercom`, …) carry no data: their fields do the work. */
export type Namespace = Record<string, never>;
/**
 * The merged inbox (`Query.conversations`, src/inbox/): its nodes are the providers' own models,
 * tagged with their type (src/resolvers/nodeType.ts); `SupportConversation.__resolveType` reads the tag.
 */
export type SupportConversationConnectionModel = MergedConnection;
export type SupportConversationEdgeModel = Edge<object>;
