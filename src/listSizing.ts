import { type ConstArgumentNode, type ConstDirectiveNode, type DocumentNode, type GraphQLField, type IntValueNode, Kind, visit } from 'graphql';

/**
 * How a connection field sizes its page, as its `@listSize` directive publishes it for routers
 * (schema/costDirectives.graphql): the arguments that give the page size, and the fields of the
 * returned connection that hold one entry per record.
 */
export interface ListSizing {
  readonly slicingArguments: ReadonlyArray<string>;
  readonly sizedFields: ReadonlySet<string>;
  /** The same for every field sized alike (`edges,nodes`): lets a measure share work between them. */
  readonly key: string;
}

/** `@listSize`, or `@federation__listSize` where a schema links Federation without importing it. */
const LIST_SIZE_NAMES: ReadonlySet<string> = new Set(['listSize', 'federation__listSize']);

const sizings = new WeakMap<GraphQLField<unknown, unknown>, ListSizing | null>();

/**
 * The field's `@listSize` if it sizes a connection (names its sized fields), else `null`. Read from
 * the field's SDL once per field object, so the measure and the published model never disagree on
 * which fields are pages.
 */
export function listSizingOf(field: GraphQLField<unknown, unknown>): ListSizing | null {
  let sizing = sizings.get(field);
  if (sizing === undefined) {
    const directive = field.astNode?.directives?.find((candidate) => LIST_SIZE_NAMES.has(candidate.name.value));
    sizing = directive === undefined ? null : toSizing(directive);
    sizings.set(field, sizing);
  }
  return sizing;
}

function toSizing(directive: ConstDirectiveNode): ListSizing | null {
  const sizedFields = stringList(directive, 'sizedFields');
  if (sizedFields.length === 0) return null;
  return { slicingArguments: stringList(directive, 'slicingArguments'), sizedFields: new Set(sizedFields), key: [...sizedFields].sort().join(',') };
}

function stringList(directive: ConstDirectiveNode, name: string): ReadonlyArray<string> {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  if (value === undefined) return [];
  if (value.kind === Kind.STRING) return [value.value];
  if (value.kind !== Kind.LIST) return [];
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}

/**
 * A plain list's `@listSize(assumedSize:)` (one that names no sized fields): how many entries a
 * router assumes it holds, and so how many times what is under it is counted. `null` without one.
 */
export function assumedListSizeOf(field: GraphQLField<unknown, unknown>): number | null {
  const directive = field.astNode?.directives?.find((candidate) => LIST_SIZE_NAMES.has(candidate.name.value));
  if (directive === undefined || stringList(directive, 'sizedFields').length > 0) return null;
  const value = directive.arguments?.find((argument) => argument.name.value === 'assumedSize')?.value;
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

/** `@cost`, or `@federation__cost` where a schema links Federation without importing it. */
const COST_NAMES: ReadonlySet<string> = new Set(['cost', 'federation__cost']);

/**
 * The field's own `@cost(weight:)`, or `null` without one. A connection field states one only when
 * it resolves more than one connection (the merged `Query.conversations`, one per provider); every
 * other connection weighs its type's default 1.
 */
export function costWeightOf(field: GraphQLField<unknown, unknown>): number | null {
  const directive = field.astNode?.directives?.find((candidate) => COST_NAMES.has(candidate.name.value));
  const value = directive?.arguments?.find((argument) => argument.name.value === 'weight')?.value;
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

/**
 * The SDL with every `@listSize(assumedSize:)` set to `defaultPageSize`: what the engine serves when
 * a query gives neither `first` nor `last` (DEFAULT_PAGE_SIZE), so a router reading the published
 * schema assumes the page this deployment returns, not the SDL file's default.
 */
export function withAssumedPageSize(document: DocumentNode, defaultPageSize: number): DocumentNode {
  const size: IntValueNode = { kind: Kind.INT, value: String(defaultPageSize) };
  return visit(document, {
    Directive(directive) {
      // Only pages sized by `first`/`last` fall back to the default page; other lists keep their own assumption.
      if (!LIST_SIZE_NAMES.has(directive.name.value) || !directive.arguments?.some((argument) => argument.name.value === 'slicingArguments')) return undefined;
      const others = (directive.arguments ?? []).filter((argument) => argument.name.value !== 'assumedSize');
      const assumedSize: ConstArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'assumedSize' }, value: size };
      return { ...directive, arguments: [...others, assumedSize] };
    },
  });
}
