import type { Resolvers, ZendeskTicketOrderField } from '../../../__generated__/resolversTypes';
import { badUserInput } from '../../../errors';
import { isPathSegment } from '../../pathSegment';
import type { ZendeskArticleArgs } from '../api/articlesPaginator';
import type { ZendeskTicketSortField } from '../api/zendeskProvider';
import { loadOptional } from '../../../loaders/loadRelated';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';
import { auditQueryResolvers, auditTicketResolvers, auditTypeResolvers } from './auditResolvers';
import { primedCommentAuthors } from './commentAuthors';
import { helpCenterQueryResolvers, helpCenterTypeResolvers } from './helpCenterResolvers';
import { ratingAndFieldQueryResolvers, ratingAndFieldTypeResolvers } from './ratingAndFieldResolvers';
import { viewQueryResolvers, viewTypeResolvers } from './viewResolvers';
import { zendeskConversationStatus } from './inbox';
import { zendeskSearchQueryResolvers, zendeskSearchResultResolvers } from './searchResolvers';

const SORT_FIELDS: Readonly<Record<ZendeskTicketOrderField, ZendeskTicketSortField>> = {
  ID: 'id',
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
  STATUS: 'status',
};

const ROLES = { END_USER: 'end-user', AGENT: 'agent', ADMIN: 'admin' } as const;

/**
 * Help Center takes the locale as a path segment (`/api/v2/help_center/{locale}/articles.json`): an
 * empty one is no locale, `.` or `..` would be dot segments that reach another endpoint
 * (`/api/v2/help_center/../articles.json` is `/api/v2/articles.json`), and text with a lone
 * surrogate has no URL form (see providers/pathSegment.ts).
 */
function toArticleArgs(locale: string | null | undefined): ZendeskArticleArgs {
  if (locale === null || locale === undefined) return { locale: null };
  if (!isPathSegment(locale)) {
    throw badUserInput(`\`locale\` cannot be ${JSON.stringify(locale)}: pass a Help Center locale such as \`en-us\`, or leave it out for all locales.`, { argument: 'locale' });
  }
  return { locale };
}

/**
 * `Query.zendesk`, its lists and the relations between Zendesk records. Lists prime the request's
 * loaders with what they return; relations read through those loaders, so one page of tickets asks
 * for all its users in `ceil(users / 100)` show_many calls. Comments pages sideload their authors,
 * which prime the users loader: `comment.author` costs no call.
 */
export const zendeskResolvers: Resolvers = {
  Query: {
    zendesk: () => ({}),
  },
  ZendeskQuery: {
    tickets: (_parent, args, context) =>
      resolveConnection(
        context.providers.zendesk.tickets,
        { sort: { field: SORT_FIELDS[args.orderBy?.field ?? 'ID'], descending: args.orderBy?.direction === 'DESC' } },
        args,
        context.relay,
      ).then(primed(context.loaders.zendesk.tickets)),
    users: (_parent, args, context) =>
      resolveConnection(context.providers.zendesk.users, { role: args.role ? ROLES[args.role] : null }, args, context.relay).then(
        primed(context.loaders.zendesk.users),
      ),
    organizations: (_parent, args, context) =>
      resolveConnection(context.providers.zendesk.organizations, {}, args, context.relay).then(primed(context.loaders.zendesk.organizations)),
    groups: (_parent, args, context) =>
      resolveConnection(context.providers.zendesk.groups, {}, args, context.relay).then(primed(context.loaders.zendesk.groups)),
    articles: (_parent, args, context) =>
      resolveConnection(context.providers.zendesk.articles, toArticleArgs(args.locale), args, context.relay),
    ...zendeskSearchQueryResolvers,
    ...helpCenterQueryResolvers,
    ...auditQueryResolvers,
    ...viewQueryResolvers,
    ...ratingAndFieldQueryResolvers,
  },
  ZendeskSearchResult: zendeskSearchResultResolvers,
  ZendeskTicket: {
    id: globalIdOf('zendesk', 'ZendeskTicket'),
    provider: () => 'ZENDESK',
    conversationStatus: zendeskConversationStatus,
    comments: (ticket, args, context) =>
      resolveConnection(context.providers.zendesk.ticketComments, { ticketId: ticket.nativeId }, args, context.relay).then(
        primedCommentAuthors(context.loaders.zendesk.users),
      ),
    requester: (ticket, _args, context) => loadOptional(context.loaders.zendesk.users, ticket.requesterId),
    submitter: (ticket, _args, context) => loadOptional(context.loaders.zendesk.users, ticket.submitterId),
    assignee: (ticket, _args, context) => loadOptional(context.loaders.zendesk.users, ticket.assigneeId),
    organization: (ticket, _args, context) => loadOptional(context.loaders.zendesk.organizations, ticket.organizationId),
    group: (ticket, _args, context) => loadOptional(context.loaders.zendesk.groups, ticket.groupId),
    ...auditTicketResolvers,
  },
  ZendeskUser: {
    id: globalIdOf('zendesk', 'ZendeskUser'),
    provider: () => 'ZENDESK',
    organization: (user, _args, context) => loadOptional(context.loaders.zendesk.organizations, user.organizationId),
  },
  ZendeskOrganization: { id: globalIdOf('zendesk', 'ZendeskOrganization') },
  ZendeskGroup: { id: globalIdOf('zendesk', 'ZendeskGroup') },
  ZendeskTicketComment: {
    id: globalIdOf('zendesk', 'ZendeskTicketComment'),
    author: (comment, _args, context) => loadOptional(context.loaders.zendesk.users, comment.authorId),
  },
  ZendeskArticle: { id: globalIdOf('zendesk', 'ZendeskArticle') },
  ...helpCenterTypeResolvers,
  ...auditTypeResolvers,
  ...viewTypeResolvers,
  ...ratingAndFieldTypeResolvers,
};
