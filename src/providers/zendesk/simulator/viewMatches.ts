import { TICKET_STATUSES, type ZendeskTicket, type ZendeskView, type ZendeskViewCondition } from './zendeskDataset';

/**
 * Whether a ticket is in a view: every `all` condition holds and, when there are `any`
 * conditions, one of them does (the Conditions reference). `less_than` on status follows the
 * lifecycle order (new < open < pending < hold < solved < closed).
 */
export function viewMatches(view: ZendeskView, ticket: ZendeskTicket): boolean {
  const { all, any } = view.conditions;
  return all.every((condition) => holds(condition, ticket)) && (any.length === 0 || any.some((condition) => holds(condition, ticket)));
}

function holds(condition: ZendeskViewCondition, ticket: ZendeskTicket): boolean {
  const actual = condition.field === 'status' ? ticket.status : condition.field === 'group_id' ? String(ticket.group_id) : String(ticket.priority);
  if (condition.operator === 'is') return actual === condition.value;
  return TICKET_STATUSES.indexOf(ticket.status) < TICKET_STATUSES.indexOf(condition.value as ZendeskTicket['status']);
}
