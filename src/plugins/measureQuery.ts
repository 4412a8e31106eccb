import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValueNode,
} from 'graphql';

/** What a query asks for, estimated from the document alone, before anything runs. */
export interface QueryMeasure {
  /** Deepest field nesting (`{ zendesk { tickets { nodes { id } } } }` is 4); fragments add none. */
  readonly depth: number;
  /**
   * Connection resolutions: each connection field counts once per parent node it is resolved
   * for, assuming every enclosing connection returns a full page (`first`/`last`, else the default
   * page size). Each is at least one upstream call, so this bounds the fan-out from below.
   */
  readonly cost: number;
  /** Nodes requested in all: the same products, times each connection's own page size. */
  readonly nodes: number;
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
  depth: number;
  cost: number;
  nodes: number;
}

/** Measures one operation. Introspection fields (`__schema`, `__type`) are free: tools need them whole. */
export function measureQuery(input: MeasureInput): QueryMeasure {
  const tally: Tally = { depth: 0, cost: 0, nodes: 0 };
  const root = rootType(input.schema, input.operation);
  visitSelections(input, input.operation.selectionSet.selections, root, 0, 1, tally, new Set());
  return tally;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | null {
  if (operation.operation === 'mutation') return schema.getMutationType() ?? null;
  if (operation.operation === 'subscription') return schema.getSubscriptionType() ?? null;
  return schema.getQueryType() ?? null;
}

function visitSelections(
  input: MeasureInput,
  selections: ReadonlyArray<SelectionNode>,
  parent: GraphQLNamedType | null,
  depth: number,
  multiplier: number,
  tally: Tally,
  // Fragment names on the current path: validation already refuses cycles, this only keeps the walk finite.
  inFragments: ReadonlySet<string>,
): void {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      visitField(input, selection, parent, depth, multiplier, tally, inFragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (input.schema.getType(selection.typeCondition.name.value) ?? null) : parent;
      visitSelections(input, selection.selectionSet.selections, type, depth, multiplier, tally, inFragments);
    } else {
      const name = selection.name.value;
      const fragment = input.fragments[name];
      if (fragment === undefined || inFragments.has(name)) continue;
      const type = input.schema.getType(fragment.typeCondition.name.value) ?? null;
      visitSelections(input, fragment.selectionSet.selections, type, depth, multiplier, tally, new Set([...inFragments, name]));
    }
  }
}

function visitField(
  input: MeasureInput,
  field: FieldNode,
  parent: GraphQLNamedType | null,
  depth: number,
  multiplier: number,
  tally: Tally,
  inFragments: ReadonlySet<string>,
): void {
  const name = field.name.value;
  if (name === '__schema' || name === '__type' || name === '__typename') return;
  tally.depth = Math.max(tally.depth, depth + 1);
  const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
  let inner = multiplier;
  if (definition !== undefined && isConnectionField(definition)) {
    const size = pageSize(input, field);
    tally.cost += multiplier;
    tally.nodes += multiplier * size;
    inner = multiplier * size;
  }
  if (field.selectionSet) {
    const type = definition ? getNamedType(definition.type) : null;
    visitSelections(input, field.selectionSet.selections, type, depth + 1, inner, tally, inFragments);
  }
}

/** Relay convention: a `…Connection` type taking `first`/`last`. */
function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
}

/** The page size a connection will be asked for: the larger of `first`/`last`, else the default. */
function pageSize(input: MeasureInput, field: FieldNode): number {
  let size: number | null = null;
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
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
  const declared = input.operation.variableDefinitions?.find((definition) => definition.variable.name.value === name);
  return declared?.defaultValue ? intValue(input, declared.defaultValue) : null;
}
