import type { SearchLeafValue, SearchOperator, SearchQuery } from './parseSearchQuery';
import type { SearchDialect, SearchFieldValue, SearchFields, SearchScalar } from './searchField';

const secondsPerDay = 86400;

/** Does `record` match the (already checked) query? */
export function evaluateSearchQuery<T>(query: SearchQuery, record: T, fields: SearchFields<T>, dialect: SearchDialect): boolean {
  if (query.kind === 'group') {
    return query.operator === 'AND'
      ? query.children.every((child) => evaluateSearchQuery(child, record, fields, dialect))
      : query.children.some((child) => evaluateSearchQuery(child, record, fields, dialect));
  }
  const field = fields[query.field];
  if (!field) return false;
  const mode: OrderMode = dialect === 'conversations' ? 'inclusive' : field.type === 'date' ? 'day' : 'strict';
  return matches(query.operator, asList(field.read(record)), query.value, mode);
}

/**
 * How `<`/`>` read: contacts dates by calendar day, other contacts fields strictly, and
 * searchConversations/searchTickets as "greater (or equal)"/"lower (or equal)" on the exact value.
 */
type OrderMode = 'day' | 'strict' | 'inclusive';

function asList(raw: SearchFieldValue): ReadonlyArray<SearchScalar> {
  if (raw === null) return [];
  if (typeof raw === 'object') return raw;
  return [raw];
}

/**
 * A multi-valued field (e.g. `contact_ids`) matches when any of its values does; its negations
 * (`!=`, `NIN`, `!~`) hold when none does. An empty field equals only `null`.
 */
function matches(operator: SearchOperator, values: ReadonlyArray<SearchScalar>, target: SearchLeafValue, mode: OrderMode): boolean {
  switch (operator) {
    case '=':
      return target === null ? values.length === 0 : values.some((value) => equal(value, target, mode));
    case '!=':
      return !matches('=', values, target, mode);
    case 'IN':
      return Array.isArray(target) && values.some((value) => target.some((item) => equal(value, item, mode)));
    case 'NIN':
      return !matches('IN', values, target, mode);
    case '~':
      return values.some((value) => text(value).includes(text(target)));
    case '!~':
      return !matches('~', values, target, mode);
    case '^':
      return values.some((value) => text(value).startsWith(text(target)));
    case '$':
      return values.some((value) => text(value).endsWith(text(target)));
    default:
      return values.some((value) => ordered(operator, value, target, mode));
  }
}

/** String comparisons ignore case, as Intercom's search matches e-mail addresses and names. */
function text(value: SearchLeafValue): string {
  return String(value).toLowerCase();
}

function startOfDay(timestamp: number): number {
  return Math.floor(timestamp / secondsPerDay) * secondsPerDay;
}

function equal(value: SearchScalar, target: SearchLeafValue, mode: OrderMode): boolean {
  if (mode === 'day' && typeof value === 'number' && typeof target === 'number') return startOfDay(value) === startOfDay(target);
  if (typeof value === 'string' || typeof target === 'string') return text(value) === text(target);
  return value === target;
}

/**
 * Contacts dates are day-granular in the workspace's timezone (UTC here): `>` starts at the next
 * day, `<` ends before the given day (SearchContacts, "Searching for Timestamp Fields").
 */
function ordered(operator: SearchOperator, value: SearchScalar, target: SearchLeafValue, mode: OrderMode): boolean {
  if (typeof value !== 'number' || typeof target !== 'number') return false;
  if (mode === 'day') {
    if (operator === '>') return value >= startOfDay(target) + secondsPerDay;
    if (operator === '<') return value < startOfDay(target);
    return false;
  }
  const inclusive = mode === 'inclusive';
  if (operator === '>') return inclusive ? value >= target : value > target;
  if (operator === '<') return inclusive ? value <= target : value < target;
  if (operator === '>=') return value >= target;
  if (operator === '<=') return value <= target;
  return false;
}
