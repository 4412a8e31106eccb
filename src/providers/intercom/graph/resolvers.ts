import type { Resolvers } from '../../../__generated__/resolversTypes';
import { loadExisting, loadOptional } from '../../../loaders/loadRelated';
import { resolveConnection } from '../../../relay/resolveConnection';
import { toSearchArgs } from './searchArgs';
import { CONTACT_VOCABULARY, CONVERSATION_VOCABULARY, TICKET_VOCABULARY } from './searchVocabulary';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';
import { contactCompanies, contactCompanyIds, contactTagIds } from './contactLists';
import { intercomConversationStatus } from './inbox';
import { articles, intercomArticleResolvers } from './articlesResolvers';
import { contactNotes, intercomNoteResolvers } from './notesResolvers';
import { conversationParts, intercomConversationPartResolvers } from './partsResolvers';
import { dataAttributes, intercomSegmentResolvers, segments } from './workspaceListResolvers';

/**
 * Search filters are checked and translated before `resolveConnection` runs, so an invalid filter
 * costs no upstream call; the translated query is what the engine binds cursors to.
 */
export const intercomResolvers: Resolvers = {
  Query: {
    intercom: () => ({}),
  },
  IntercomQuery: {
    conversations: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.conversations, {}, args, context.relay).then(primed(context.loaders.intercom.conversations)),
    contacts: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.contacts, {}, args, context.relay).then(primed(context.loaders.intercom.contacts)),
    companies: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.companies, {}, args, context.relay).then(primed(context.loaders.intercom.companies)),
    searchConversations: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.searchConversations, toSearchArgs(CONVERSATION_VOCABULARY, args.filter, args.sort), args, context.relay).then(
        primed(context.loaders.intercom.conversations),
      ),
    searchContacts: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.searchContacts, toSearchArgs(CONTACT_VOCABULARY, args.filter, args.sort), args, context.relay).then(
        primed(context.loaders.intercom.contacts),
      ),
    searchTickets: (_parent, args, context) =>
      resolveConnection(context.providers.intercom.searchTickets, toSearchArgs(TICKET_VOCABULARY, args.filter, null), args, context.relay).then(
        primed(context.loaders.intercom.tickets),
      ),
    // Copies: the memoized lists are shared by every selection of the field in this request.
    admins: async (_parent, _args, context) => [...(await context.providers.intercom.admins())],
    teams: async (_parent, _args, context) => [...(await context.providers.intercom.teams())],
    tags: async (_parent, _args, context) => [...(await context.providers.intercom.tags())],
    segments,
    dataAttributes,
    articles,
  },
  IntercomConversation: {
    id: globalIdOf('intercom', 'IntercomConversation'),
    provider: () => 'INTERCOM',
    subject: (conversation) => conversation.title,
    conversationStatus: intercomConversationStatus,
    requester: (conversation, _args, context) => loadOptional(context.loaders.intercom.contacts, conversation.contactIds[0] ?? null),
    contacts: (conversation, _args, context) => loadExisting(context.loaders.intercom.contacts, conversation.contactIds),
    assignee: (conversation, _args, context) => loadOptional(context.loaders.intercom.admins, conversation.adminAssigneeId),
    teammates: (conversation, _args, context) => loadExisting(context.loaders.intercom.admins, conversation.teammateIds),
    parts: conversationParts,
  },
  IntercomConversationPart: intercomConversationPartResolvers,
  IntercomSegment: intercomSegmentResolvers,
  IntercomNote: intercomNoteResolvers,
  IntercomArticle: intercomArticleResolvers,
  IntercomContact: {
    id: globalIdOf('intercom', 'IntercomContact'),
    provider: () => 'INTERCOM',
    // Intercom embeds at most 10 of each: contactLists.ts reads the rest when `has_more` says so.
    tagIds: async (contact, _args, context) => [...(await contactTagIds(contact, context))],
    companyIds: async (contact, _args, context) => [...(await contactCompanyIds(contact, context))],
    companies: async (contact, _args, context) => [...(await contactCompanies(contact, context))],
    notes: contactNotes,
  },
  IntercomCompany: { id: globalIdOf('intercom', 'IntercomCompany') },
  IntercomTicket: { id: globalIdOf('intercom', 'IntercomTicket') },
  IntercomAdmin: { id: globalIdOf('intercom', 'IntercomAdmin'), provider: () => 'INTERCOM' },
  IntercomTeam: { id: globalIdOf('intercom', 'IntercomTeam') },
  IntercomTag: { id: globalIdOf('intercom', 'IntercomTag') },
};
