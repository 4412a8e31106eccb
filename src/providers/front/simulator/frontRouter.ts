import { createRouter, type Router } from '../../../simulators/kit/router';
import { frontError } from './frontError';
import type { FrontRouteContext } from './frontRouteContext';
import { getRecordRoute } from './getRecordRoute';
import { listAccountsRoute } from './listAccountsRoute';
import { listContactsRoute } from './listContactsRoute';
import { listConversationCommentsRoute } from './listConversationCommentsRoute';
import { listConversationInboxesRoute } from './listConversationInboxesRoute';
import { listConversationMessagesRoute } from './listConversationMessagesRoute';
import { listConversationsRoute } from './listConversationsRoute';
import { listEventsRoute } from './listEventsRoute';
import { listTagsRoute } from './listTagsRoute';
import { searchConversationsRoute } from './searchConversationsRoute';
import { teamPreview } from './generateTeams';
import { unpaginatedListRoute } from './unpaginatedListRoute';

/** Order matters: search and sub-resources come before `/conversations/:id`. Anything unrouted is Front's 404 `_error`. */
export function createFrontRouter(context: FrontRouteContext): Router {
  const { data, links } = context;
  return createRouter(
    [
      listConversationsRoute(context),
      searchConversationsRoute(context),
      listConversationMessagesRoute(context),
      listConversationCommentsRoute(context),
      listConversationInboxesRoute(context),
      getRecordRoute('conversations', 'conversation', data.conversations),
      listContactsRoute(context),
      getRecordRoute('contacts', 'contact', data.contacts),
      listAccountsRoute(context),
      getRecordRoute('accounts', 'account', data.accounts),
      listTagsRoute(context),
      getRecordRoute('tags', 'tag', data.tags),
      unpaginatedListRoute('inboxes', data.inboxes, links),
      getRecordRoute('inboxes', 'inbox', data.inboxes),
      unpaginatedListRoute('teammates', data.teammates, links),
      getRecordRoute('teammates', 'teammate', data.teammates),
      // list-teams returns TeamPreviewResponse; get-team the whole TeamResponse.
      unpaginatedListRoute('teams', data.teams.map(teamPreview), links),
      getRecordRoute('teams', 'team', data.teams),
      unpaginatedListRoute('channels', data.channels, links),
      getRecordRoute('channels', 'channel', data.channels),
      listEventsRoute(context),
      getRecordRoute('events', 'event', data.events),
    ],
    { fallback: (request) => frontError(404, `No route for ${request.method} ${request.path}`) },
  );
}
