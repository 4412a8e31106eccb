import type { IntercomConversationResolvers, IntercomConversationPartResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';

/** `IntercomConversation.parts`: the retrieved conversation's parts, bound to that conversation (a cursor resumes only there). */
export const conversationParts: NonNullable<IntercomConversationResolvers['parts']> = (conversation, args, context) =>
  resolveConnection(context.providers.intercom.conversationParts, { conversationId: conversation.nativeId }, args, context.relay);

export const intercomConversationPartResolvers: IntercomConversationPartResolvers = {
  id: globalIdOf('intercom', 'IntercomConversationPart'),
};
