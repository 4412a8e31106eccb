import type { Random } from '../../../simulators/kit/random';
import type { IntercomAdmin, IntercomContact, IntercomTeam, IntercomTicket, IntercomTicketStateCategory } from './intercomDataset';

const titles = ['Printer on fire', 'Data export failed', 'Cannot change plan', 'SSO broken', 'Missing invoice'];
const states: ReadonlyArray<{ category: IntercomTicketStateCategory; label: string; id: string }> = [
  { category: 'submitted', label: 'Submitted', id: '8577' },
  { category: 'in_progress', label: 'In progress', id: '8578' },
  { category: 'waiting_on_customer', label: 'Waiting on customer', id: '8579' },
  { category: 'resolved', label: 'Resolved', id: '8580' },
];
const types = [
  { type: 'ticket_type' as const, id: '11', name: 'Bug', category: 'Customer' as const },
  { type: 'ticket_type' as const, id: '12', name: 'Finance review', category: 'Back-office' as const },
  { type: 'ticket_type' as const, id: '13', name: 'Outage', category: 'Tracker' as const },
];

export function generateTickets(
  random: Random,
  count: number,
  now: number,
  refs: { contacts: IntercomContact[]; admins: IntercomAdmin[]; teams: IntercomTeam[] },
): IntercomTicket[] {
  return Array.from({ length: count }, (_, index) => {
    const createdAt = now - random.int(0, 300) * 86400 - random.int(0, 86399);
    const updatedAt = random.int(createdAt, now);
    const state = random.pick(states);
    const ticketType = random.pick(types);
    const contact = refs.contacts.length > 0 ? random.pick(refs.contacts) : undefined;
    return {
      type: 'ticket',
      id: String(600 + index),
      ticket_id: String(40 + index),
      category: ticketType.category,
      ticket_attributes: {
        _default_title_: `${random.pick(titles)} #${index + 1}`,
        _default_description_: random.next() < 0.5 ? 'Reported through the messenger' : null,
      },
      ticket_state: {
        type: 'ticket_state',
        id: state.id,
        category: state.category,
        internal_label: state.label,
        external_label: state.label,
      },
      ticket_type: ticketType,
      contacts: {
        type: 'contact.list',
        contacts: contact ? [{ type: 'contact', id: contact.id, external_id: contact.external_id }] : [],
      },
      admin_assignee_id: refs.admins.length > 0 && random.next() < 0.7 ? Number(random.pick(refs.admins).id) : 0,
      team_assignee_id: refs.teams.length > 0 && random.next() < 0.5 ? Number(random.pick(refs.teams).id) : 0,
      created_at: createdAt,
      updated_at: updatedAt,
      open: state.category !== 'resolved',
      snoozed_until: null,
      is_shared: random.next() < 0.6,
    };
  });
}
