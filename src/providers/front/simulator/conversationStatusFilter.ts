import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';
import type { FrontConversation } from './frontDataset';

/**
 * `q[statuses][]` values the spec allows (assigned, unassigned, archived, trashed) mapped to the
 * `status` field, where trashed conversations show as `deleted`.
 */
const statusByFilter: Readonly<Record<string, FrontConversation['status']>> = {
  assigned: 'assigned',
  unassigned: 'unassigned',
  archived: 'archived',
  trashed: 'deleted',
};

/** The ticketing alternative the spec names: `q[status_categories][]` of open, waiting, resolved. */
const statusCategories: ReadonlySet<string> = new Set(['open', 'waiting', 'resolved']);

export type ConversationFilter = (conversation: FrontConversation) => boolean;

/**
 * Values of one filter are alternatives (any may match); the two filters, if both given, must both
 * match. Without either, every conversation is listed, trashed ones included.
 */
export function readConversationStatusFilter(query: URLSearchParams): FrontOutcome<ConversationFilter> {
  const statuses = query.getAll('q[statuses][]');
  const categories = query.getAll('q[status_categories][]');
  const unknown = statuses.find((status) => !Object.hasOwn(statusByFilter, status));
  if (unknown !== undefined) return fail(frontError(400, `Unknown status "${unknown}" in q[statuses]`));
  const unknownCategory = categories.find((category) => !statusCategories.has(category));
  if (unknownCategory !== undefined) return fail(frontError(400, `Unknown status category "${unknownCategory}"`));
  const wanted = new Set(statuses.map((status) => statusByFilter[status]));
  const wantedCategories = new Set(categories);
  return succeed(
    (conversation) =>
      (wanted.size === 0 || wanted.has(conversation.status)) &&
      (wantedCategories.size === 0 || wantedCategories.has(conversation.status_category)),
  );
}
