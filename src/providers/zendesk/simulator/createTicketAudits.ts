import type { ZendeskAudit, ZendeskComment, ZendeskTicket } from './zendeskDataset';

/**
 * Audit ids are their own sequence, as in Zendesk (an audit and its events are separate records); a
 * Comment event's id is its comment's id, as in Zendesk.
 */
const FIRST_AUDIT_ID = 5_000_000_000;

/**
 * Each comment arrived with one ticket update, so each has one audit holding its Comment event;
 * the first audit also holds the Create events of the ticket's fields, as Zendesk writes them when
 * a ticket is created. Built from the comments alone: no random draw, so the other record types
 * stay as they were.
 */
export function createTicketAudits(
  tickets: ReadonlyArray<ZendeskTicket>,
  comments: ReadonlyMap<number, ReadonlyArray<ZendeskComment>>,
): ReadonlyMap<number, ReadonlyArray<ZendeskAudit>> {
  const audits = new Map<number, ReadonlyArray<ZendeskAudit>>();
  let id = FIRST_AUDIT_ID;
  for (const ticket of tickets) {
    const ticketAudits: ZendeskAudit[] = [];
    for (const [index, comment] of (comments.get(ticket.id) ?? []).entries()) {
      // Three ids per audit: the audit's and those of the two Create events a first audit holds.
      id += 3;
      const commentEvent = {
        id: comment.id,
        type: 'Comment',
        author_id: comment.author_id,
        body: comment.body,
        html_body: comment.html_body,
        public: comment.public,
        attachments: [],
      } as const;
      const createEvents =
        index === 0
          ? [
              { id: id + 1, type: 'Create', field_name: 'subject', value: ticket.subject } as const,
              { id: id + 2, type: 'Create', field_name: 'status', value: 'new' } as const,
            ]
          : [];
      ticketAudits.push({
        id,
        ticket_id: ticket.id,
        author_id: comment.author_id,
        created_at: comment.created_at,
        via: { channel: 'web', source: {} },
        metadata: { system: {}, custom: {} },
        events: [commentEvent, ...createEvents],
      });
    }
    audits.set(ticket.id, ticketAudits);
  }
  return audits;
}
