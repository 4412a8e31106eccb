import type { ConversationStatus as Status } from '../../../__generated__/resolversTypes';
import { inboxStream, type ProviderInbox } from '../../../inbox/inboxContract';
import type { IntercomConversationModel } from '../api/models';
import type { IntercomProvider } from '../api/intercomProvider';
import type { IntercomSearchArgs } from '../api/searchPaginator';

/** Intercom's conversation states, normalised (Intercom has no state for "waiting on the customer"). */
const STATUSES: Readonly<Record<string, Status>> = { open: 'OPEN', snoozed: 'SNOOZED', closed: 'CLOSED' };
const STATES = Object.keys(STATUSES).sort();

export const intercomConversationStatus = (conversation: IntercomConversationModel): Status => STATUSES[conversation.state] ?? 'OPEN';

/**
 * Intercom conversations in the merged inbox: conversation search, `state IN [...]` (every state when
 * no status is asked for: a search needs a query) sorted by `updated_at` descending. `null` when the
 * statuses asked for match no Intercom state (`PENDING` alone): Intercom is then not called.
 */
export const intercomInbox: ProviderInbox<IntercomProvider> = {
  typename: 'IntercomConversation',
  stream(api, filter) {
    const states = filter.statuses === null ? STATES : STATES.filter((state) => filter.statuses?.has(STATUSES[state] as Status));
    if (states.length === 0) return null;
    const args: IntercomSearchArgs = {
      query: { field: 'state', operator: 'IN', value: states },
      sort: { field: 'updated_at', order: 'descending' },
    };
    return inboxStream('intercom', 'IntercomConversation', filter, {
      paginator: api.searchConversations,
      args,
      updatedAt: (conversation) => conversation.updatedAt,
      status: intercomConversationStatus,
      filtersStatus: true,
      // Search pages carry `total_count`: the count of what the query matches.
      counts: true,
    });
  },
};
