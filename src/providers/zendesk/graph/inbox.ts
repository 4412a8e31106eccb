import type { ConversationStatus as Status } from '../../../__generated__/resolversTypes';
import { inboxStream, type ProviderInbox } from '../../../inbox/inboxContract';
import type { ZendeskTicketModel } from '../api/models';
import type { ZendeskProvider, ZendeskTicketArgs } from '../api/zendeskProvider';

/** Zendesk's ticket statuses, normalised; `hold` waits on a third party, so it is PENDING like `pending`. */
const STATUSES: Readonly<Record<string, Status>> = { new: 'OPEN', open: 'OPEN', pending: 'PENDING', hold: 'PENDING', solved: 'CLOSED', closed: 'CLOSED' };

export const zendeskConversationStatus = (ticket: ZendeskTicketModel): Status => STATUSES[ticket.status ?? ''] ?? 'OPEN';

/**
 * The same arguments as `zendesk { tickets(orderBy: { field: UPDATED_AT, direction: DESC }) }`, so
 * both share page-cache entries. The ticket list filters on nothing: status is left to the gateway.
 */
const BY_UPDATE: ZendeskTicketArgs = { sort: { field: 'updated_at', descending: true } };

/** Zendesk tickets in the merged inbox: `GET /api/v2/tickets?sort=-updated_at`. */
export const zendeskInbox: ProviderInbox<ZendeskProvider> = {
  typename: 'ZendeskTicket',
  stream: (api, filter) =>
    inboxStream('zendesk', 'ZendeskTicket', filter, {
      paginator: api.tickets,
      args: BY_UPDATE,
      updatedAt: (ticket) => ticket.updatedAt,
      status: zendeskConversationStatus,
      filtersStatus: false,
      // tickets/count.json counts every ticket: exact without filters.
      counts: true,
    }),
};
