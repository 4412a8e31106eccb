import type { Route } from '../../../simulators/kit/simulatorServer';
import { conversationPartList } from './conversationPartList';
import { found } from './found';
import { intercomError } from './intercomError';
import type { IntercomRouteContext } from './intercomRouteContext';

/** Single-record reads; a missing id answers 404 with the error code each operation's spec example shows. */
export function retrieveRoutes(context: IntercomRouteContext): Route[] {
  const { dataset } = context;
  return [
    {
      method: 'GET',
      pattern: '/contacts/:id',
      handle: (_request, { id }) => found(dataset.contacts, id, () => intercomError(404, 'not_found', 'User Not Found')),
    },
    {
      method: 'GET',
      pattern: '/conversations/:id',
      handle: (_request, { id }) => {
        const conversation = dataset.conversations.find((candidate) => candidate.id === id);
        if (!conversation) return intercomError(404, 'not_found', 'Resource Not Found');
        return { status: 200, body: { ...conversation, conversation_parts: conversationPartList(dataset.conversationParts(conversation.id)) } };
      },
    },
    {
      method: 'GET',
      pattern: '/tickets/:id',
      handle: (_request, { id }) => found(dataset.tickets, id, () => intercomError(404, 'ticket_not_found', 'Ticket not found')),
    },
  ];
}
