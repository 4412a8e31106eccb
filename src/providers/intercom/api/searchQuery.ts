import type { SearchDialect, SearchEndpointRules, SearchFieldRule } from './searchFields';

/** The operators of the spec's `single_filter_search_request`. */
export type SearchOperator = '=' | '!=' | 'IN' | 'NIN' | '<' | '<=' | '>' | '>=' | '~' | '!~' | '^' | '$';

/**
 * A client's filter tree, independent of GraphQL: each node is a group (`and` or `or`) or one
 * condition (`field`, `operator` and exactly one value of the kind the field's type needs).
 */
export interface SearchFilterInput<TField extends string> {
  readonly and?: ReadonlyArray<SearchFilterInput<TField>> | null;
  readonly or?: ReadonlyArray<SearchFilterInput<TField>> | null;
  readonly field?: TField | null;
  readonly operator?: SearchOperator | null;
  readonly value?: string | null;
  readonly values?: ReadonlyArray<string> | null;
  readonly intValue?: number | null;
  readonly intValues?: ReadonlyArray<number> | null;
  readonly boolValue?: boolean | null;
  /** Unix seconds, as Intercom compares dates. */
  readonly dateValue?: number | null;
}

/** Intercom's query language, as sent in the `query` of a search body. */
export type IntercomSearchLeaf = {
  readonly field: string;
  readonly operator: SearchOperator;
  readonly value: string | number | boolean | ReadonlyArray<string> | ReadonlyArray<number>;
};
export type IntercomSearchGroup = { readonly operator: 'AND' | 'OR'; readonly value: ReadonlyArray<IntercomSearchNode> };
export type IntercomSearchNode = IntercomSearchLeaf | IntercomSearchGroup;

export type IntercomSearchSort = { readonly field: string; readonly order: 'ascending' | 'descending' };

/** Spec, every search endpoint: "There's a limit of max 2 nested filters". */
export const INTERCOM_MAX_GROUP_DEPTH = 2;
/** Spec, every search endpoint: "There's a limit of max 15 filters for each AND or OR group". */
export const INTERCOM_MAX_FILTERS_PER_GROUP = 15;

/** A filter or sort Intercom would refuse; `path` points into the client's argument (`filter.and[1]`). */
export class InvalidSearchFilterError extends Error {
  override readonly name = 'InvalidSearchFilterError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

type ValueKind = 'value' | 'values' | 'intValue' | 'intValues' | 'boolValue' | 'dateValue';
const VALUE_KINDS: ReadonlyArray<ValueKind> = ['value', 'values', 'intValue', 'intValues', 'boolValue', 'dateValue'];

/**
 * Checks a filter tree against the endpoint's rules and translates it into Intercom's query
 * language, so that every filter Intercom would refuse is refused here, before any upstream call.
 */
export function toIntercomQuery<TField extends string>(
  filter: SearchFilterInput<TField>,
  rules: SearchEndpointRules<TField>,
  path = 'filter',
): IntercomSearchNode {
  return compileNode(filter, rules, path, 0);
}

/** `sort.field` must be a single-valued searchable field; SearchContacts' `order` defaults to descending. */
export function toIntercomSort<TField extends string>(
  field: TField,
  descending: boolean,
  rules: SearchEndpointRules<TField>,
  path = 'sort',
): IntercomSearchSort {
  if (rules.fields[field].unsortable) {
    throw new InvalidSearchFilterError(`${path}.field`, `${rules.label} cannot sort on \`${field}\`: it holds several values or a relation.`);
  }
  return { field, order: descending ? 'descending' : 'ascending' };
}

function compileNode<TField extends string>(
  node: SearchFilterInput<TField>,
  rules: SearchEndpointRules<TField>,
  path: string,
  depth: number,
): IntercomSearchNode {
  const isCondition = node.field != null || node.operator != null || VALUE_KINDS.some((kind) => node[kind] != null);
  const shapes = [node.and != null, node.or != null, isCondition].filter(Boolean).length;
  if (shapes !== 1) {
    throw new InvalidSearchFilterError(path, 'give exactly one of `and`, `or`, or a condition (`field`, `operator` and one value).');
  }
  if (node.and != null) return compileGroup('AND', node.and, rules, `${path}.and`, depth + 1);
  if (node.or != null) return compileGroup('OR', node.or, rules, `${path}.or`, depth + 1);
  return compileCondition(node, rules, path);
}

function compileGroup<TField extends string>(
  operator: 'AND' | 'OR',
  children: ReadonlyArray<SearchFilterInput<TField>>,
  rules: SearchEndpointRules<TField>,
  path: string,
  depth: number,
): IntercomSearchGroup {
  if (depth > INTERCOM_MAX_GROUP_DEPTH) {
    throw new InvalidSearchFilterError(path, `Intercom allows at most ${INTERCOM_MAX_GROUP_DEPTH} levels of nested \`and\`/\`or\` groups.`);
  }
  if (children.length === 0) throw new InvalidSearchFilterError(path, 'a group needs at least one filter.');
  if (children.length > INTERCOM_MAX_FILTERS_PER_GROUP) {
    throw new InvalidSearchFilterError(
      path,
      `Intercom allows at most ${INTERCOM_MAX_FILTERS_PER_GROUP} filters in one \`and\`/\`or\` group, got ${children.length}.`,
    );
  }
  const compiled = children.map((child, index) => compileNode(child, rules, `${path}[${index}]`, depth));
  return { operator, value: separateLeavesFromGroups(operator, compiled) };
}

/**
 * Intercom's `multiple_filter_search_request` holds either conditions or groups, never both. A mixed
 * group is rewritten without changing its meaning or depth: its conditions move into one sibling
 * group with the same operator (`A AND (B OR C)` becomes `(A) AND (B OR C)`).
 */
function separateLeavesFromGroups(operator: 'AND' | 'OR', nodes: ReadonlyArray<IntercomSearchNode>): ReadonlyArray<IntercomSearchNode> {
  const leaves = nodes.filter((node): node is IntercomSearchLeaf => 'field' in node);
  if (leaves.length === 0 || leaves.length === nodes.length) return nodes;
  return [{ operator, value: leaves }, ...nodes.filter((node) => !('field' in node))];
}

function compileCondition<TField extends string>(
  node: SearchFilterInput<TField>,
  rules: SearchEndpointRules<TField>,
  path: string,
): IntercomSearchLeaf {
  const { field, operator } = node;
  if (field == null || operator == null) throw new InvalidSearchFilterError(path, 'a condition needs both `field` and `operator`.');
  const rule: SearchFieldRule | undefined = rules.fields[field];
  if (rule === undefined) throw new InvalidSearchFilterError(`${path}.field`, `\`${field}\` is not searchable in ${rules.label}.`);
  if (!operatorAllowed(operator, rule, rules.dialect)) {
    throw new InvalidSearchFilterError(
      `${path}.operator`,
      `${rules.label} does not accept \`${operator}\` on \`${field}\` (a ${rule.type} field); it accepts ${allowedOperators(rule, rules.dialect).join(' ')}.`,
    );
  }
  return { field, operator, value: readValue(node, rule, operator, path, field) };
}

const LIST_OPERATORS: ReadonlySet<SearchOperator> = new Set(['IN', 'NIN']);
const TEXT_OPERATORS: ReadonlySet<SearchOperator> = new Set(['~', '!~', '^', '$']);
const ORDER_OPERATORS: ReadonlySet<SearchOperator> = new Set(['<', '<=', '>', '>=']);
const ALL_OPERATORS: ReadonlyArray<SearchOperator> = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'];

/** The operator tables of SearchContacts (`contacts`) and searchConversations/searchTickets (`conversations`). */
export function operatorAllowed(operator: SearchOperator, rule: SearchFieldRule, dialect: SearchDialect): boolean {
  if (rule.equalityOnly) return operator === '=' || operator === '!=';
  if (TEXT_OPERATORS.has(operator)) return rule.type === 'string';
  if (ORDER_OPERATORS.has(operator)) {
    if (rule.type === 'integer') return true;
    if (rule.type !== 'date') return false;
    return dialect === 'conversations' || operator === '<' || operator === '>';
  }
  // = != IN NIN: every type, except that contacts' dates take `=` alone.
  return !(dialect === 'contacts' && rule.type === 'date' && operator !== '=');
}

function allowedOperators(rule: SearchFieldRule, dialect: SearchDialect): ReadonlyArray<SearchOperator> {
  return ALL_OPERATORS.filter((operator) => operatorAllowed(operator, rule, dialect));
}

/** The one value kind a condition must carry: "the value you search for has to match the accepted type". */
function expectedKind(rule: SearchFieldRule, list: boolean): ValueKind | null {
  switch (rule.type) {
    case 'string':
      return list ? 'values' : 'value';
    case 'integer':
      return list ? 'intValues' : 'intValue';
    case 'boolean':
      return list ? null : 'boolValue';
    case 'date':
      return list ? null : 'dateValue';
  }
}

function readValue<TField extends string>(
  node: SearchFilterInput<TField>,
  rule: SearchFieldRule,
  operator: SearchOperator,
  path: string,
  field: string,
): IntercomSearchLeaf['value'] {
  const given = VALUE_KINDS.filter((kind) => node[kind] != null);
  const list = LIST_OPERATORS.has(operator);
  const expected = expectedKind(rule, list);
  if (expected === null) {
    throw new InvalidSearchFilterError(path, `\`${operator}\` needs a list, and lists of ${rule.type} values are not supported here; combine \`=\` conditions with \`or\` instead.`);
  }
  if (given.length !== 1 || given[0] !== expected) {
    const got = given.length === 0 ? 'none' : given.map((kind) => `\`${kind}\``).join(' and ');
    throw new InvalidSearchFilterError(path, `\`${field}\` is a ${rule.type} field: with \`${operator}\` give exactly \`${expected}\` (got ${got}).`);
  }
  const value = node[expected];
  if (value == null) throw new InvalidSearchFilterError(path, `\`${expected}\` is missing.`);
  if (typeof value === 'object' && value.length === 0) {
    throw new InvalidSearchFilterError(`${path}.${expected}`, `\`${operator}\` needs at least one value.`);
  }
  if (expected === 'dateValue' && !Number.isInteger(value)) {
    throw new InvalidSearchFilterError(`${path}.dateValue`, 'a date must be whole unix seconds.');
  }
  return value;
}
