import type { Random } from '../../../simulators/kit/random';
import { TICKET_STATUSES, type ZendeskGroup, type ZendeskView, type ZendeskViewCondition } from './zendeskDataset';

const SORTS: ReadonlyArray<ZendeskView['execution']['sort_by']> = ['updated_at', 'created_at', 'id', 'status'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const COLUMNS = [
  { id: 'subject', title: 'Subject' },
  { id: 'requester', title: 'Requester' },
  { id: 'updated', title: 'Updated' },
];

/**
 * Views, each with one condition a ticket list can be filtered by (unsolved, a status, a group, a
 * priority) and a sort of its own. `times` gives each view its created_at/updated_at.
 */
export function createViews(
  random: Random,
  count: number,
  groups: ReadonlyArray<ZendeskGroup>,
  baseUrl: string,
  times: (index: number) => { readonly created_at: string; readonly updated_at: string },
): ZendeskView[] {
  const views: ZendeskView[] = [];
  let id = 360_000_000;
  for (let index = 0; index < count; index += 1) {
    id += random.int(1, 3);
    const condition = pickCondition(random, groups);
    const sortBy = random.pick(SORTS);
    views.push({
      id,
      url: `${baseUrl}/api/v2/views/${id}.json`,
      title: `${describe(condition, groups)} (#${index + 1})`,
      description: `Tickets where ${condition.field} ${condition.operator} ${condition.value}`,
      active: random.next() < 0.9,
      default: false,
      position: random.int(0, 20),
      restriction: null,
      conditions: { all: [condition], any: [] },
      execution: { sort_by: sortBy, sort_order: random.next() < 0.5 ? 'asc' : 'desc', group_by: null, columns: COLUMNS },
      ...times(index),
    });
  }
  return views;
}

function pickCondition(random: Random, groups: ReadonlyArray<ZendeskGroup>): ZendeskViewCondition {
  const kind = random.int(0, 3);
  if (kind === 0) return { field: 'status', operator: 'less_than', value: 'solved' };
  if (kind === 1) return { field: 'status', operator: 'is', value: random.pick(TICKET_STATUSES) };
  if (kind === 2 && groups.length > 0) return { field: 'group_id', operator: 'is', value: String(random.pick(groups).id) };
  return { field: 'priority', operator: 'is', value: random.pick(PRIORITIES) };
}

function describe(condition: ZendeskViewCondition, groups: ReadonlyArray<ZendeskGroup>): string {
  if (condition.operator === 'less_than') return 'Unsolved tickets';
  if (condition.field === 'group_id') return `Group ${groups.find((group) => String(group.id) === condition.value)?.name ?? condition.value}`;
  return `${condition.field} ${condition.value}`;
}
