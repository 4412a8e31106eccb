import { numberField, orderOf, rankedField, sortFields, textField, type SortField } from './recordOrder';
import type { ListDefinition } from './serveList';
import {
  TICKET_STATUSES,
  type ZendeskArticle,
  type ZendeskComment,
  type ZendeskGroup,
  type ZendeskOrganization,
  type ZendeskTicket,
  type ZendeskUser,
} from './zendeskDataset';

interface Timestamped {
  readonly id: number;
  readonly created_at: string;
  readonly updated_at: string;
}

function idField<T extends { readonly id: number }>(): SortField<T> {
  return numberField<T>('id', (record) => record.id);
}

function createdField<T extends { readonly created_at: string }>(): SortField<T> {
  return textField<T>('created_at', (record) => record.created_at);
}

function updatedField<T extends Timestamped>(): SortField<T> {
  return textField<T>('updated_at', (record) => record.updated_at);
}

/** Tickets sort by id (the default), updated_at, created_at or status, each optionally descending. */
const ticketId = idField<ZendeskTicket>();
export const TICKET_LIST: ListDefinition<ZendeskTicket> = {
  key: 'tickets',
  fields: sortFields(
    ticketId,
    updatedField<ZendeskTicket>(),
    createdField<ZendeskTicket>(),
    rankedField<ZendeskTicket>('status', (ticket) => ticket.status, TICKET_STATUSES),
  ),
  defaultOrder: orderOf(ticketId, false),
};

function timestampedList<T extends Timestamped>(key: string): ListDefinition<T> {
  const id = idField<T>();
  return { key, fields: sortFields(id, createdField<T>(), updatedField<T>()), defaultOrder: orderOf(id, false) };
}

export const USER_LIST = timestampedList<ZendeskUser>('users');
export const ORGANIZATION_LIST = timestampedList<ZendeskOrganization>('organizations');
export const GROUP_LIST = timestampedList<ZendeskGroup>('groups');

/** ListTicketComments defaults to oldest first; `sort=-created_at` / `sort_order=desc` reverse it. */
const commentCreated = createdField<ZendeskComment>();
export const COMMENT_LIST: ListDefinition<ZendeskComment> = {
  key: 'comments',
  fields: sortFields(commentCreated),
  defaultOrder: orderOf(commentCreated, false),
};

/**
 * Help Center lists articles by their manual position, then by creation. The order has one sort
 * value plus the id tie-break, so the position field folds created_at into a fixed-width text key.
 */
const articlePosition = textField<ZendeskArticle>(
  'position',
  (article) => `${String(article.position).padStart(10, '0')} ${article.created_at}`,
);
export const ARTICLE_LIST: ListDefinition<ZendeskArticle> = {
  key: 'articles',
  fields: sortFields(
    articlePosition,
    textField<ZendeskArticle>('title', (article) => article.title),
    createdField<ZendeskArticle>(),
    updatedField<ZendeskArticle>(),
  ),
  defaultOrder: orderOf(articlePosition, false),
};
