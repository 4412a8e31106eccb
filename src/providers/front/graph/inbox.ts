import type { ConversationStatus as Status } from '../../../__generated__/resolversTypes';
import { inboxStream, type ProviderInbox } from '../../../inbox/inboxContract';
import type { FrontConversationModel } from '../api/models';
import type { FrontConversationArgs, FrontProvider } from '../api/frontProvider';

/** Ticketing status categories, normalised. */
const CATEGORIES: Readonly<Record<string, Status>> = { open: 'OPEN', waiting: 'PENDING', resolved: 'CLOSED' };
/** Without ticketing, Front's `status` alone: archived and trashed (`deleted`) conversations are done. */
const STATUSES: Readonly<Record<string, Status>> = { assigned: 'OPEN', unassigned: 'OPEN', archived: 'CLOSED', deleted: 'CLOSED' };

export const frontConversationStatus = (conversation: FrontConversationModel): Status =>
  CATEGORIES[conversation.statusCategory ?? ''] ?? STATUSES[conversation.status] ?? 'OPEN';

/**
 * list-conversations sorted by `date` (last activity), newest first: what `updatedAt` holds. Every
 * conversation, trashed ones included, as `front { conversations }` lists them.
 */
const BY_ACTIVITY: FrontConversationArgs = { statuses: [], sortOrder: 'desc' };

/**
 * Front conversations in the merged inbox. list-conversations' only filter, `q[statuses][]`, is
 * Front's own placement (assigned, unassigned, archived, trashed), which the normalised status
 * does not determine where ticketing sets a status category; so the gateway filters status itself.
 * The list reports no count.
 */
export const frontInbox: ProviderInbox<FrontProvider> = {
  typename: 'FrontConversation',
  stream: (api, filter) =>
    inboxStream('front', 'FrontConversation', filter, {
      paginator: api.conversations,
      args: BY_ACTIVITY,
      updatedAt: (conversation) => conversation.updatedAt,
      status: frontConversationStatus,
      filtersStatus: false,
      counts: false,
    }),
};
