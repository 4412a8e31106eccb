import type { Route } from '../../../simulators/kit/router';
import type { SimResponse } from '../../../simulators/kit/simResponse';
import { commentSideloads } from './commentSideloads';
import { isoSeconds } from './createZendeskDataset';
import { orderedRecords, type OrderedRecords } from './orderedRecords';
import { serveList, type ListDefinition } from './serveList';
import { findById, showOne } from './showRecord';
import type { ZendeskContext } from './zendeskContext';
import {
  USER_ROLES,
  type UserRole,
  type ZendeskGroup,
  type ZendeskOrganization,
  type ZendeskTicket,
  type ZendeskUser,
} from './zendeskDataset';
import { badRequest, failure, recordNotFound, success, type Outcome } from './zendeskErrors';
import { COMMENT_LIST, GROUP_LIST, ORGANIZATION_LIST, TICKET_LIST, USER_LIST } from './zendeskLists';

/** show_many takes comma-separated ids and serves at most 100 records per call (ShowMany* operations). */
const SHOW_MANY_LIMIT = 100;

/** Support API routes. Order matters: `count` and `show_many` must win over `{id}`. */
export function supportRoutes(context: ZendeskContext): ReadonlyArray<Route> {
  return [...countRoutes(context), ...showManyRoutes(context), commentsRoute(context), ...showRoutes(context), ...listRoutes(context)];
}

function get(path: string, handle: Route['handle']): Route {
  return { method: 'GET', pattern: `/api/v2/${path}`, handle };
}

function countRoutes(context: ZendeskContext): Route[] {
  const countOf = (path: string, count: (context: ZendeskContext) => number): Route =>
    get(`${path}/count`, () => countBody(count(context)));
  const userCount = get('users/count', (request) => {
    const users = usersFor(request.query, context);
    return users.ok ? countBody(users.value.size) : users.response;
  });
  return [
    countOf('tickets', (context) => context.data.tickets.length),
    userCount,
    countOf('organizations', (context) => context.data.organizations.length),
    countOf('groups', (context) => context.data.groups.length),
  ];
}

/** Count endpoints return an approximate count with the time it was last refreshed. */
function countBody(value: number): SimResponse {
  return { status: 200, body: { count: { value, refreshed_at: isoSeconds(Date.now()) } } };
}

/** A resource addressable by id: its path, its JSON keys and its id index. */
interface Addressable<T> {
  readonly path: string;
  readonly singular: string;
  readonly index: (context: ZendeskContext) => ReadonlyMap<number, T>;
}

const TICKETS: Addressable<ZendeskTicket> = { path: 'tickets', singular: 'ticket', index: (context) => context.byId.tickets };
const USERS: Addressable<ZendeskUser> = { path: 'users', singular: 'user', index: (context) => context.byId.users };
const ORGANIZATIONS: Addressable<ZendeskOrganization> = {
  path: 'organizations',
  singular: 'organization',
  index: (context) => context.byId.organizations,
};
const GROUPS: Addressable<ZendeskGroup> = { path: 'groups', singular: 'group', index: (context) => context.byId.groups };

/** The spec has show_many for tickets, users and organizations, not for groups. */
function showManyRoutes(context: ZendeskContext): Route[] {
  return [showManyRoute(TICKETS, context), showManyRoute(USERS, context), showManyRoute(ORGANIZATIONS, context)];
}

function showManyRoute<T>(resource: Addressable<T>, context: ZendeskContext): Route {
  return get(`${resource.path}/show_many`, (request) => showMany(request.query, resource.index(context), resource.path));
}

/** Records come back in the order the ids were given; ids that match nothing are skipped silently. */
function showMany<T>(query: URLSearchParams, index: ReadonlyMap<number, T>, listKey: string): SimResponse {
  const raw = query.get('ids');
  if (raw === null) return badRequest('InvalidParameter', 'ids is required: a comma-separated list of up to 100 ids');
  const ids = raw.split(',').map((id) => id.trim()).filter((id) => id.length > 0);
  if (ids.length > SHOW_MANY_LIMIT) {
    return badRequest('TooManyIds', `ids accepts at most ${SHOW_MANY_LIMIT} ids, got ${ids.length}`);
  }
  const found = new Map<string, T>();
  for (const id of ids) {
    const record = /^\d+$/.test(id) ? index.get(Number(id)) : undefined;
    if (record !== undefined && !found.has(id)) found.set(id, record);
  }
  return { status: 200, body: { [listKey]: [...found.values()] } };
}

function showRoutes(context: ZendeskContext): Route[] {
  return [showRoute(TICKETS, context), showRoute(USERS, context), showRoute(ORGANIZATIONS, context), showRoute(GROUPS, context)];
}

function showRoute<T>(resource: Addressable<T>, context: ZendeskContext): Route {
  return get(`${resource.path}/:id`, (_request, { id }) => showOne(id, resource.index(context), resource.singular));
}

function commentsRoute(context: ZendeskContext): Route {
  return get('tickets/:id/comments', (request, { id }) => {
    const ticket = findById(id, context.byId.tickets);
    if (ticket === undefined) return recordNotFound();
    const comments = orderedRecords(context.data.comments.get(ticket.id) ?? []);
    return serveList({
      definition: COMMENT_LIST,
      records: comments,
      location: { baseUrl: context.baseUrl, path: `/api/v2/tickets/${ticket.id}/comments`, query: request.query },
      sideload: commentSideloads(request.query, context.byId.users),
    });
  });
}

function listRoutes(context: ZendeskContext): Route[] {
  const listOf = <T extends { readonly id: number }>(
    definition: ListDefinition<T>,
    records: (context: ZendeskContext) => OrderedRecords<T>,
  ): Route =>
    get(definition.key, (request) => list(definition, records(context), `/api/v2/${definition.key}`, request.query, context));
  const userList = get('users', (request) => {
    const users = usersFor(request.query, context);
    return users.ok ? list(USER_LIST, users.value, '/api/v2/users', request.query, context) : users.response;
  });
  return [
    listOf(TICKET_LIST, (context) => context.tickets),
    userList,
    listOf(ORGANIZATION_LIST, (context) => context.organizations),
    listOf(GROUP_LIST, (context) => context.groups),
  ];
}

function list<T extends { readonly id: number }>(
  definition: ListDefinition<T>,
  records: OrderedRecords<T>,
  path: string,
  query: URLSearchParams,
  context: ZendeskContext,
): SimResponse {
  return serveList({ definition, records, location: { baseUrl: context.baseUrl, path, query } });
}

/** ListUsers filters by `role` (one role) or `role[]` (several); both may be given and add up. */
function usersFor(query: URLSearchParams, context: ZendeskContext): Outcome<OrderedRecords<ZendeskUser>> {
  const requested = [...query.getAll('role'), ...query.getAll('role[]')];
  const roles = new Set<UserRole>();
  for (const role of requested) {
    const known = USER_ROLES.find((candidate) => candidate === role);
    if (known === undefined) {
      return failure(badRequest('InvalidParameter', `role must be one of ${USER_ROLES.join(', ')}, not '${role}'`));
    }
    roles.add(known);
  }
  if (roles.size === 0) return success(context.usersWhere('all', () => true));
  const key = [...roles].sort().join(',');
  return success(context.usersWhere(key, (user) => roles.has(user.role)));
}
