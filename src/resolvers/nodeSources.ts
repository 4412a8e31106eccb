import type { ResolversParentTypes } from '../__generated__/resolversTypes';
import type { RecordLoader } from '../loaders/createBatchLoader';
import type { Loaders } from '../loaders/createLoaders';
import type { NodeTypename } from './nodeType';

export type NodeProvider = 'zendesk' | 'intercom' | 'front';

/** The model of any `Node` type (the union codegen maps the interface to). */
export type NodeModel = ResolversParentTypes['Node'];

/** The model of one `Node` type (its codegen mapper), so a lookup by type name stays precisely typed. */
export type NodeModelOf<TTypename extends NodeTypename> = ResolversParentTypes[TTypename];

/**
 * Where `node(id:)` and federation's `__resolveReference` find one type: its provider (checked
 * against the id) and its loader, if any.
 */
export interface NodeSource<TModel = NodeModel> {
  readonly provider: NodeProvider;
  /** `null`: the provider cannot fetch this type by id, so such an id resolves to `null`. */
  readonly loader: ((loaders: Loaders) => RecordLoader<TModel>) | null;
}

/**
 * Every `Node` type, keyed by its GraphQL name (the mapped type makes the table exhaustive: a new
 * type in the schema fails to compile until it is listed here). Each entry is typed with its own
 * model, so `NODE_SOURCES[typename]` for a known type name loads that type's model, not the union.
 */
export const NODE_SOURCES: { readonly [TTypename in NodeTypename]: NodeSource<NodeModelOf<TTypename>> } = {
  ZendeskTicket: { provider: 'zendesk', loader: (loaders) => loaders.zendesk.tickets },
  ZendeskUser: { provider: 'zendesk', loader: (loaders) => loaders.zendesk.users },
  ZendeskOrganization: { provider: 'zendesk', loader: (loaders) => loaders.zendesk.organizations },
  ZendeskGroup: { provider: 'zendesk', loader: (loaders) => loaders.zendesk.groups },
  // Zendesk serves a comment only inside its ticket's comment list.
  ZendeskTicketComment: { provider: 'zendesk', loader: null },
  // Help Center has GET /api/v2/help_center/articles/{id}, but the simulator does not serve it yet (issue 13 follow-up).
  ZendeskArticle: { provider: 'zendesk', loader: null },
  IntercomConversation: { provider: 'intercom', loader: (loaders) => loaders.intercom.conversations },
  IntercomContact: { provider: 'intercom', loader: (loaders) => loaders.intercom.contacts },
  IntercomCompany: { provider: 'intercom', loader: (loaders) => loaders.intercom.companies },
  IntercomTicket: { provider: 'intercom', loader: (loaders) => loaders.intercom.tickets },
  IntercomAdmin: { provider: 'intercom', loader: (loaders) => loaders.intercom.admins },
  IntercomTeam: { provider: 'intercom', loader: (loaders) => loaders.intercom.teams },
  IntercomTag: { provider: 'intercom', loader: (loaders) => loaders.intercom.tags },
  FrontConversation: { provider: 'front', loader: (loaders) => loaders.front.conversations },
  FrontContact: { provider: 'front', loader: (loaders) => loaders.front.contacts },
  FrontAccount: { provider: 'front', loader: (loaders) => loaders.front.accounts },
  FrontTeammate: { provider: 'front', loader: (loaders) => loaders.front.teammates },
  FrontInbox: { provider: 'front', loader: (loaders) => loaders.front.inboxes },
  FrontTag: { provider: 'front', loader: (loaders) => loaders.front.tags },
  // Front has GET /messages/{id} and /comments/{id}, but they are not served here yet (issue 13 follow-up).
  FrontMessage: { provider: 'front', loader: null },
  FrontComment: { provider: 'front', loader: null },
};
