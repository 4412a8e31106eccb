import { badRequest } from './intercomError';
import { isJsonObject } from './jsonGuards';
import type { SearchDialect, SearchField, SearchFields, SearchFieldType, SearchScalar } from './searchField';

export type SearchOperator = '=' | '!=' | 'IN' | 'NIN' | '<' | '<=' | '>' | '>=' | '~' | '!~' | '^' | '$';

/** A leaf's value after type checking: dates and integers as numbers, booleans as booleans. */
export type SearchLeafValue = SearchScalar | null | SearchScalar[];

export type SearchQuery =
  | { readonly kind: 'leaf'; readonly field: string; readonly operator: SearchOperator; readonly value: SearchLeafValue }
  | { readonly kind: 'group'; readonly operator: 'AND' | 'OR'; readonly children: ReadonlyArray<SearchQuery> };

const operators: ReadonlyArray<SearchOperator> = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'];

function isSearchOperator(value: unknown): value is SearchOperator {
  return operators.some((operator) => operator === value);
}
/** "There's a limit of max 2 nested filters" and "max 15 filters for each AND or OR group". */
const maxGroupDepth = 2;
const maxFiltersPerGroup = 15;

/** Turns a request's `query` into a checked tree, or throws a 400 naming the first rule it breaks. */
export function parseSearchQuery<T>(raw: unknown, fields: SearchFields<T>, dialect: SearchDialect): SearchQuery {
  if (!isJsonObject(raw)) throw badRequest('query must be an object', 'query');
  return parseNode(raw, fields, dialect, 0);
}

function parseNode<T>(node: Record<string, unknown>, fields: SearchFields<T>, dialect: SearchDialect, depth: number): SearchQuery {
  if ('field' in node) return parseLeaf(node, fields, dialect);
  return parseGroup(node, fields, dialect, depth + 1);
}

function parseGroup<T>(node: Record<string, unknown>, fields: SearchFields<T>, dialect: SearchDialect, depth: number): SearchQuery {
  const { operator, value } = node;
  if (operator !== 'AND' && operator !== 'OR') throw badRequest(`'${String(operator)}' is not a valid group operator`, 'operator');
  if (depth > maxGroupDepth) throw badRequest(`queries can be nested at most ${maxGroupDepth} levels deep`, 'query');
  if (!Array.isArray(value) || value.length === 0) throw badRequest('a group needs a non-empty array of filters', 'value');
  if (value.length > maxFiltersPerGroup) throw badRequest(`a group can hold at most ${maxFiltersPerGroup} filters`, 'value');
  const children = value.map((child) => {
    if (!isJsonObject(child)) throw badRequest('every filter must be an object', 'value');
    return child;
  });
  // The schema's `value` is either an array of groups or an array of single filters, never both.
  const leaves = children.filter((child) => 'field' in child).length;
  if (leaves !== 0 && leaves !== children.length) throw badRequest('a group holds either filters or groups, not both', 'value');
  return { kind: 'group', operator, children: children.map((child) => parseNode(child, fields, dialect, depth)) };
}

function parseLeaf<T>(node: Record<string, unknown>, fields: SearchFields<T>, dialect: SearchDialect): SearchQuery {
  const { field: name, operator, value } = node;
  if (typeof name !== 'string') throw badRequest('field must be a string', 'field');
  const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
  if (!field) throw badRequest(`'${name}' is not a searchable field`, 'field');
  if (!isSearchOperator(operator)) throw badRequest(`'${String(operator)}' is not a valid operator`, 'operator');
  const op = operator;
  if (!operatorAllowed(op, field, dialect)) throw badRequest(`operator '${op}' is not supported for field '${name}'`, 'operator');
  return { kind: 'leaf', field: name, operator: op, value: parseValue(op, value, field.type, name) };
}

/** The operator tables of SearchContacts (dialect `contacts`) and searchConversations/searchTickets. */
export function operatorAllowed<T>(operator: SearchOperator, field: SearchField<T>, dialect: SearchDialect): boolean {
  if (field.equalityOnly) return operator === '=' || operator === '!=';
  const textual = operator === '~' || operator === '!~' || operator === '^' || operator === '$';
  const ordering = operator === '<' || operator === '<=' || operator === '>' || operator === '>=';
  if (textual) return field.type === 'string';
  if (ordering) {
    if (field.type === 'integer') return true;
    if (field.type !== 'date') return false;
    return dialect === 'contacts' ? operator === '<' || operator === '>' : true;
  }
  // = != IN NIN: every type, except that contacts dates take `=` alone.
  return !(dialect === 'contacts' && field.type === 'date' && operator !== '=');
}

function parseValue(operator: SearchOperator, value: unknown, type: SearchFieldType, name: string): SearchLeafValue {
  const listOperator = operator === 'IN' || operator === 'NIN';
  if (listOperator) {
    if (!Array.isArray(value) || value.length === 0) throw badRequest(`operator '${operator}' needs a non-empty array`, 'value');
    return value.map((item) => parseScalar(item, type, name));
  }
  if (Array.isArray(value)) throw badRequest(`operator '${operator}' does not take an array`, 'value');
  if (value === null || value === undefined) {
    if (operator === '=' || operator === '!=') return null;
    throw badRequest(`operator '${operator}' needs a value`, 'value');
  }
  return parseScalar(value, type, name);
}

/** "The value you search for has to match the accepted type, otherwise the query will fail." */
function parseScalar(value: unknown, type: SearchFieldType, name: string): SearchScalar {
  if (type === 'date' || type === 'integer') {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  } else if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
  } else if (typeof value === 'string' || typeof value === 'number') {
    return String(value);
  }
  throw badRequest(`'${String(value)}' is not a valid ${type} for field '${name}'`, 'value');
}
