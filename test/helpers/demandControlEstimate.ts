import {
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Apollo Router's static demand-control estimate of one operation (its `static_estimated`
 * strategy, `StaticCostCalculator` in apollo-router/src/plugins/demand_control), written
 * independently of src/plugins/measureQuery.ts so the two can be compared. It reads only the
 * schema's `@cost` and `@listSize` directives:
 *
 * - an operation costs its selections (+10 for a mutation);
 * - a field costs `count × (weight + its selections) + its arguments`, where `weight` is the
 *   field's `@cost`, else its type's `@cost`, else 1 for objects, interfaces and unions and 0 for
 *   scalars and enums; `count` is 1 for a non-list, else the size an enclosing `@listSize` gives it
 *   as a sized field, else its own `@listSize` (largest slicing argument, else `assumedSize`), else
 *   the router's `list_size`;
 * - an input-object argument value costs its `@cost` (default 1) plus its fields, a list the sum of
 *   its items, anything else its `@cost` (default 0);
 * - `__typename` and fields skipped by a literal `@skip`/`@include` cost nothing;
 * - fragments are scored where they are spread, under the `@listSize` of the field they are in.
 */
export interface DemandControlInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The router's `static_estimated.list_size`: the size of lists nothing else sizes. */
  readonly listSize: number;
}

interface ListSizeApplication {
  readonly expectedSize: number | null;
  readonly sizedFields: ReadonlySet<string>;
}

export function demandControlEstimate(input: DemandControlInput): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let cost = 0;
  for (const definition of input.document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = definition.operation === 'mutation' ? input.schema.getMutationType() : input.schema.getQueryType();
    if (!root) throw new Error(`no root type for ${definition.operation}`);
    cost += (definition.operation === 'mutation' ? 10 : 0) + scoreSelectionSet(input, fragments, definition.selectionSet, root, null);
  }
  return cost;
}

function scoreSelectionSet(
  input: DemandControlInput,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  listSize: ListSizeApplication | null,
): number {
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const fromParent = listSize !== null && listSize.sizedFields.has(selection.name.value) ? listSize.expectedSize : null;
      cost += scoreField(input, fragments, selection, parent, fromParent);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : parent;
      if (!type) throw new Error('unknown type condition');
      cost += scoreSelectionSet(input, fragments, selection.selectionSet, type, listSize);
    } else {
      const fragment = fragments.get(selection.name.value);
      const type = fragment && input.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type) throw new Error(`unknown fragment ${selection.name.value}`);
      cost += scoreSelectionSet(input, fragments, fragment.selectionSet, type, listSize);
    }
  }
  return cost;
}

function scoreField(
  input: DemandControlInput,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  field: FieldNode,
  parent: GraphQLNamedType,
  sizeFromParent: number | null,
): number {
  if (field.name.value === '__typename' || isSkipped(field)) return 0;
  if (!isObjectType(parent) && !isInterfaceType(parent)) throw new Error(`${parent.name} has no fields`);
  const definition = parent.getFields()[field.name.value];
  if (!definition) throw new Error(`unknown field ${parent.name}.${field.name.value}`);
  const listSize = listSizeOf(input, definition, field);
  const isList = isListType(getNullableType(definition.type));
  const count = !isList ? 1 : (sizeFromParent ?? listSize?.expectedSize ?? input.listSize);
  const type = getNamedType(definition.type);
  const weight = costOf(definition.astNode?.directives) ?? typeWeight(type);
  const selections = scoreSelectionSet(input, fragments, field.selectionSet, type, listSize);
  let argumentsCost = 0;
  for (const argument of field.arguments ?? []) {
    const argumentDefinition = definition.args.find((candidate) => candidate.name === argument.name.value);
    if (!argumentDefinition) throw new Error(`unknown argument ${argument.name.value}`);
    argumentsCost += scoreArgumentValue(input, argument.value, argumentDefinition);
  }
  return count * (weight + selections) + argumentsCost;
}

function typeWeight(type: GraphQLNamedType): number {
  const declared = isObjectType(type) || isEnumType(type) || isScalarType(type) ? costOf(type.astNode?.directives) : null;
  if (declared !== null) return declared;
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type) ? 1 : 0;
}

function listSizeOf(input: DemandControlInput, definition: GraphQLField<unknown, unknown>, field: FieldNode): ListSizeApplication | null {
  const directive = definition.astNode?.directives?.find((candidate) => candidate.name.value === 'listSize');
  if (!directive) return null;
  const slicingNames = stringsOf(directive, 'slicingArguments');
  const slicing = new Map<string, number>();
  for (const argument of definition.args) {
    const fallback = argument.astNode?.defaultValue;
    if (slicingNames.includes(argument.name) && fallback?.kind === Kind.INT) slicing.set(argument.name, Number(fallback.value));
  }
  for (const argument of field.arguments ?? []) {
    if (!slicingNames.includes(argument.name.value)) continue;
    const value = argument.value;
    if (value.kind === Kind.INT) slicing.set(argument.name.value, Number(value.value));
    else if (value.kind === Kind.VARIABLE) {
      const given = input.variables?.[value.name.value];
      if (typeof given === 'number' && Number.isInteger(given)) slicing.set(argument.name.value, given);
    }
  }
  const requireOne = argumentOf(directive, 'requireOneSlicingArgument');
  if (slicingNames.length > 0 && !(requireOne?.kind === Kind.BOOLEAN && !requireOne.value) && slicing.size !== 1) {
    throw new Error(`Exactly one slicing argument is required, but found ${slicing.size}`);
  }
  const assumed = argumentOf(directive, 'assumedSize');
  const expectedSize = slicing.size > 0 ? Math.max(...slicing.values()) : assumed?.kind === Kind.INT ? Number(assumed.value) : null;
  return { expectedSize, sizedFields: new Set(stringsOf(directive, 'sizedFields')) };
}

type InputDefinition = GraphQLArgument | GraphQLInputField;

function scoreArgumentValue(input: DemandControlInput, value: ValueNode, definition: InputDefinition): number {
  const type = getNamedType(definition.type);
  const own = costOf(definition.astNode?.directives);
  if (value.kind === Kind.OBJECT && isInputObjectType(type)) {
    let cost = own ?? 1;
    const fields = type.getFields();
    for (const entry of value.fields) {
      const inner = fields[entry.name.value];
      if (!inner) throw new Error(`unknown input field ${entry.name.value}`);
      cost += scoreArgumentValue(input, entry.value, inner);
    }
    return cost;
  }
  if (value.kind === Kind.LIST) return value.values.reduce((sum, item) => sum + scoreArgumentValue(input, item, definition), own ?? 0);
  if (value.kind === Kind.VARIABLE) {
    const given = input.variables?.[value.name.value];
    return given === undefined ? 0 : scoreVariable(given, definition);
  }
  if (value.kind === Kind.NULL) return 0;
  return own ?? 0;
}

function scoreVariable(value: unknown, definition: InputDefinition): number {
  const type = getNamedType(definition.type);
  const own = costOf(definition.astNode?.directives);
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + scoreVariable(item, definition), own ?? 0);
  if (value !== null && typeof value === 'object' && isInputObjectType(type)) {
    const fields = type.getFields();
    let cost = own ?? 1;
    for (const [name, inner] of Object.entries(value)) {
      const field = fields[name];
      if (!field) throw new Error(`unknown input field ${name}`);
      cost += scoreVariable(inner, field);
    }
    return cost;
  }
  if (value === null) return 0;
  return own ?? 0;
}

function isSkipped(field: FieldNode): boolean {
  for (const directive of field.directives ?? []) {
    const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
    if (condition?.kind !== Kind.BOOLEAN) continue;
    if (directive.name.value === 'skip' && condition.value) return true;
    if (directive.name.value === 'include' && !condition.value) return true;
  }
  return false;
}

function costOf(directives: ReadonlyArray<ConstDirectiveNode> | undefined): number | null {
  const weight = directives?.find((directive) => directive.name.value === 'cost')?.arguments?.find((argument) => argument.name.value === 'weight')?.value;
  return weight?.kind === Kind.INT ? Number(weight.value) : null;
}

function argumentOf(directive: ConstDirectiveNode, name: string) {
  return directive.arguments?.find((argument) => argument.name.value === name)?.value;
}

function stringsOf(directive: ConstDirectiveNode, name: string): ReadonlyArray<string> {
  const value = argumentOf(directive, name);
  if (value?.kind === Kind.STRING) return [value.value];
  return value?.kind === Kind.LIST ? value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : [])) : [];
}
