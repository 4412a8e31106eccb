import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';

import { assumedListSizeOf, costWeightOf, listSizingOf, type ListSizing } from '../listSizing';

/** What a query asks for, estimated from the document alone, before anything runs. */
export interface QueryMeasure {
  /** Deepest field nesting (`{ zendesk { tickets { nodes { id } } } }` is 4); fragments add none. */
  readonly depth: number;
  /**
   * Connection resolutions and id lookups. A connection field (one with `@listSize`, see
   * schema/costDirectives.graphql) counts once per parent it is resolved for, assuming every
   * enclosing page is full (`first`/`last`, else the default page size); each resolution is at least
   * one upstream call. Each id given to `node`, `nodes(ids:)` or `_entities(representations:)` counts
   * once: lookups are batched by type (Zendesk 100 ids a call, Intercom 150) but Front's are one
   * call per id, so an id is counted as the call it may be. This is, by construction of the
   * published directives, Apollo Router's demand-control estimate of the same operation.
   */
  readonly cost: number;
  /** Records requested in all: each connection's page size and each id, times their multipliers. */
  readonly nodes: number;
  /**
   * Selections the measure walked. Each fragment is measured once per way it is sized, so this grows
   * with the document, never with what its fragments expand to (tests assert it on doubling chains).
   */
  readonly visitedSelections: number;
}

export interface MeasureInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** As sent by the client: not yet coerced, so anything may be in it. */
  readonly variables: Readonly<Record<string, unknown>>;
  readonly defaultPageSize: number;
  /** Larger counts are refused with BAD_USER_INPUT when the field runs; the estimate stops there too. */
  readonly maxPageSize: number;
}

interface Tally {
  cost: number;
  nodes: number;
  depth: number;
}

/**
 * A selection set measured once for any page size: `plain + size × sized`, where `sized` holds the
 * fields the enclosing connection sizes (`edges`, `nodes`). Linear in `size`, so a fragment
 * measured once serves every page size it is spread under.
 */
interface Split {
  readonly plain: Tally;
  readonly sized: Tally;
}

interface Walk {
  readonly input: MeasureInput;
  readonly queryType: GraphQLNamedType | null;
  /** Per fragment and sizing: each is measured once, so doubling chains of spreads stay linear. */
  readonly fragments: Map<string, Split>;
  visited: number;
}

/** Root fields that look records up by id, and the argument holding the ids (`null`: one id). */
const LOOKUPS: ReadonlyMap<string, string | null> = new Map([
  ['node', null],
  ['nodes', 'ids'],
  ['_entities', 'representations'],
]);

/** Free: tools need introspection whole, and `__typename` costs nothing to resolve. */
const INTROSPECTION: ReadonlySet<string> = new Set(['__schema', '__type', '__typename']);

/** Estimates past this are all "too much"; saturating keeps them finite and exact comparisons sound. */
const CEILING = Number.MAX_SAFE_INTEGER;

/**
 * Measures one operation. Like Apollo Router, it counts a field or fragment selected twice twice
 * (graphql-js merges them and resolves once), so the estimate never falls below what runs.
 */
export function measureQuery(input: MeasureInput): QueryMeasure {
  const walk: Walk = { input, queryType: input.schema.getQueryType() ?? null, fragments: new Map(), visited: 0 };
  const { plain } = measureSelections(walk, input.operation.selectionSet.selections, rootType(input.schema, input.operation), null);
  return { depth: plain.depth, cost: plain.cost, nodes: plain.nodes, visitedSelections: walk.visited };
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | null {
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? null;
  return schema.getQueryType() ?? null;
}

function measureSelections(walk: Walk, selections: ReadonlyArray<SelectionNode>, parent: GraphQLNamedType | null, sizing: ListSizing | null): Split {
  const plain = zero();
  const sized = zero();
  for (const selection of selections) {
    walk.visited += 1;
    if (selection.kind === Kind.FIELD) {
      if (isSkipped(selection)) continue;
      const definition = fieldOf(parent, selection.name.value);
      const tally = measureField(walk, selection, parent, definition);
      addInto(sizing !== null && definition !== undefined && isSizedBy(sizing, definition) ? sized : plain, tally);
      continue;
    }
    const split =
      selection.kind === Kind.INLINE_FRAGMENT
        ? measureSelections(walk, selection.selectionSet.selections, typeNamed(walk, selection.typeCondition?.name.value) ?? parent, sizing)
        : measureFragment(walk, selection.name.value, sizing);
    addInto(plain, split.plain);
    addInto(sized, split.sized);
  }
  return { plain, sized };
}

function measureFragment(walk: Walk, name: string, sizing: ListSizing | null): Split {
  const key = sizing === null ? name : `${name} ${sizing.key}`;
  const known = walk.fragments.get(key);
  if (known !== undefined) return known;
  const fragment = walk.input.fragments[name];
  if (fragment === undefined) return { plain: zero(), sized: zero() };
  // Marked before the walk: a cycle (which validation refuses anyway) measures as nothing instead of looping.
  walk.fragments.set(key, { plain: zero(), sized: zero() });
  const split = measureSelections(walk, fragment.selectionSet.selections, typeNamed(walk, fragment.typeCondition.name.value), sizing);
  walk.fragments.set(key, split);
  return split;
}

/** One resolution of the field, everything under it included. */
function measureField(walk: Walk, field: FieldNode, parent: GraphQLNamedType | null, definition: GraphQLField<unknown, unknown> | undefined): Tally {
  const name = field.name.value;
  if (INTROSPECTION.has(name)) return zero();
  const type = definition ? getNamedType(definition.type) : null;
  const selections = field.selectionSet?.selections ?? [];
  const lookup = parent !== null && parent === walk.queryType ? LOOKUPS.get(name) : undefined;
  if (lookup !== undefined) {
    const ids = lookup === null ? 1 : listLength(walk.input, field.arguments?.find((argument) => argument.name.value === lookup)?.value);
    const { plain } = measureSelections(walk, selections, type, null);
    return { cost: times(ids, plus(1, plain.cost)), nodes: times(ids, plus(1, plain.nodes)), depth: 1 + plain.depth };
  }
  const sizing = definition ? listSizingOf(definition) : null;
  if (sizing === null) {
    const { plain } = measureSelections(walk, selections, type, null);
    // A plain list counts what is under it once, or `assumedSize` times where its @listSize says so,
    // as a router reading the same directive does.
    const entries = definition && isListType(getNullableType(definition.type)) ? (assumedListSizeOf(definition) ?? 1) : 1;
    return { cost: times(entries, plain.cost), nodes: times(entries, plain.nodes), depth: 1 + plain.depth };
  }
  const size = pageSize(walk.input, field, sizing.slicingArguments);
  const { plain, sized } = measureSelections(walk, selections, type, sizing);
  // One connection resolution, or one per stream for a merged connection (its field's `@cost`).
  const weight = definition ? (costWeightOf(definition) ?? 1) : 1;
  return {
    cost: plus(plus(weight, plain.cost), times(size, sized.cost)),
    nodes: plus(plus(size, plain.nodes), times(size, sized.nodes)),
    depth: 1 + Math.max(plain.depth, sized.depth),
  };
}

/** A field a literal `@skip(if: true)` or `@include(if: false)` leaves out, as Apollo Router leaves it out. */
function isSkipped(field: FieldNode): boolean {
  for (const directive of field.directives ?? []) {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    if (condition?.kind !== Kind.BOOLEAN) continue;
    if (directive.name.value === (condition.value ? 'skip' : 'include')) return true;
  }
  return false;
}

function fieldOf(parent: GraphQLNamedType | null, name: string): GraphQLField<unknown, unknown> | undefined {
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

/** A sized field holds one entry per record of the page (Apollo Router sizes list-typed ones only). */
function isSizedBy(sizing: ListSizing, field: GraphQLField<unknown, unknown>): boolean {
  return sizing.sizedFields.has(field.name) && isListType(getNullableType(field.type));
}

function typeNamed(walk: Walk, name: string | undefined): GraphQLNamedType | null {
  return name === undefined ? null : (walk.input.schema.getType(name) ?? null);
}

/** The page size a connection will be asked for: the largest slicing argument (`first`/`last`), else the default. */
function pageSize(input: MeasureInput, field: FieldNode, slicingArguments: ReadonlyArray<string>): number {
  let size: number | null = null;
  for (const argument of field.arguments ?? []) {
    if (!slicingArguments.includes(argument.name.value)) continue;
    const value = intValue(input, argument.value);
    if (value !== null) size = Math.max(size ?? 0, value);
  }
  return Math.min(Math.max(size ?? input.defaultPageSize, 0), input.maxPageSize);
}

function intValue(input: MeasureInput, node: ValueNode): number | null {
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind !== Kind.VARIABLE) return null;
  const name = node.name.value;
  const given = input.variables[name];
  if (typeof given === 'number' && Number.isInteger(given)) return given;
  if (given !== undefined) return null;
  const declared = declaredDefault(input, name);
  return declared ? intValue(input, declared) : null;
}

/**
 * How many ids a lookup gets, as input coercion will see them: a list's length, one for a single
 * value (GraphQL wraps it in a list). A variable that was not sent and has no default fails
 * coercion before anything runs; the estimate then assumes the largest page.
 */
function listLength(input: MeasureInput, node: ValueNode | undefined): number {
  if (node === undefined || node.kind === Kind.NULL) return 0;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind !== Kind.VARIABLE) return 1;
  const given = input.variables[node.name.value];
  if (Array.isArray(given)) return given.length;
  if (given === null) return 0;
  if (given !== undefined) return 1;
  const declared = declaredDefault(input, node.name.value);
  return declared ? listLength(input, declared) : input.maxPageSize;
}

function declaredDefault(input: MeasureInput, name: string): ValueNode | undefined {
  return input.operation.variableDefinitions?.find((definition) => definition.variable.name.value === name)?.defaultValue;
}

function zero(): Tally {
  return { cost: 0, nodes: 0, depth: 0 };
}

function addInto(target: Tally, tally: Tally): void {
  target.cost = plus(target.cost, tally.cost);
  target.nodes = plus(target.nodes, tally.nodes);
  target.depth = Math.max(target.depth, tally.depth);
}

function plus(a: number, b: number): number {
  return Math.min(a + b, CEILING);
}

function times(a: number, b: number): number {
  return Math.min(a * b, CEILING);
}
