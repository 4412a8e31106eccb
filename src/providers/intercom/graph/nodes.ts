import type { NodeLoader } from '../../../registry/providerModule';

/**
 * Every Intercom type that implements `Node`, with its lookup by native id (`null`: Intercom has none, so
 * such an id resolves to `null`). `node`/`nodes` and Federation's `_entities` read this table.
 */
export const intercomNodes: Readonly<Record<string, NodeLoader>> = {
  IntercomConversation: (loaders) => loaders.intercom.conversations,
  IntercomContact: (loaders) => loaders.intercom.contacts,
  IntercomCompany: (loaders) => loaders.intercom.companies,
  IntercomTicket: (loaders) => loaders.intercom.tickets,
  IntercomAdmin: (loaders) => loaders.intercom.admins,
  IntercomTeam: (loaders) => loaders.intercom.teams,
  IntercomTag: (loaders) => loaders.intercom.tags,
  // Intercom retrieves a part only inside its conversation (GET /conversations/{id}), never by its own id.
  IntercomConversationPart: null,
  IntercomSegment: (loaders) => loaders.intercom.segments,
  IntercomNote: (loaders) => loaders.intercom.notes,
  IntercomArticle: (loaders) => loaders.intercom.articles,
};
