import type { NodeLoader } from '../../../registry/providerModule';

/**
 * Every Front type that implements `Node`, with its lookup by native id (`null`: Front has none, so
 * such an id resolves to `null`). `node`/`nodes` and Federation's `_entities` read this table.
 */
export const frontNodes: Readonly<Record<string, NodeLoader>> = {
  FrontConversation: (loaders) => loaders.front.conversations,
  FrontContact: (loaders) => loaders.front.contacts,
  FrontAccount: (loaders) => loaders.front.accounts,
  FrontTeammate: (loaders) => loaders.front.teammates,
  FrontInbox: (loaders) => loaders.front.inboxes,
  FrontTag: (loaders) => loaders.front.tags,
  FrontTeam: (loaders) => loaders.front.teams,
  FrontChannel: (loaders) => loaders.front.channels,
  FrontEvent: (loaders) => loaders.front.events,
  // Front has GET /messages/{id} and /comments/{id}, but they are not served here yet (issue 13 follow-up).
  FrontMessage: null,
  FrontComment: null,
};
