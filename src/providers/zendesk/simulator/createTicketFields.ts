import type { Random } from '../../../simulators/kit/random';
import type { ZendeskTicketField } from './zendeskDataset';

/** The system fields every account has, in their default positions (Ticket Fields, "System ticket fields"). */
const SYSTEM_FIELDS: ReadonlyArray<readonly [type: string, title: string]> = [
  ['subject', 'Subject'],
  ['description', 'Description'],
  ['status', 'Status'],
  ['tickettype', 'Type'],
  ['priority', 'Priority'],
  ['group', 'Group'],
  ['assignee', 'Assignee'],
];
const CUSTOM_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'tagger', 'multiselect'];
const CUSTOM_TOPICS = ['Order number', 'Product', 'Plan', 'Region', 'Device', 'Browser', 'Contract', 'Severity', 'Root cause'];

/** The seven system fields, then `count` custom ones; `at(index)` gives each field its created_at/updated_at. */
export function createTicketFields(
  random: Random,
  count: number,
  baseUrl: string,
  at: (index: number) => { readonly created_at: string; readonly updated_at: string },
): ZendeskTicketField[] {
  const fields: ZendeskTicketField[] = [];
  let id = 21_000_000;
  const add = (type: string, title: string, system: boolean): void => {
    id += random.int(1, 3);
    const index = fields.length;
    fields.push({
      id,
      url: `${baseUrl}/api/v2/ticket_fields/${id}.json`,
      type,
      title,
      raw_title: title,
      description: system ? `The ${title.toLowerCase()} of the ticket` : `${title}, as the customer gives it`,
      position: system ? index + 1 : random.int(1, 9999),
      active: system || random.next() < 0.9,
      required: type === 'subject' || type === 'description',
      removable: !system,
      tag: type === 'checkbox' ? `field_${id}` : null,
      ...at(index),
    });
  };
  for (const [type, title] of SYSTEM_FIELDS) add(type, title, true);
  for (let index = 0; index < count; index += 1) add(random.pick(CUSTOM_TYPES), `${random.pick(CUSTOM_TOPICS)} ${index + 1}`, false);
  return fields;
}
