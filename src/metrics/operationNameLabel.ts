/** Distinct operation names given a series of their own per process; later names share `other`. */
export const MAX_OPERATION_NAMES = 100;

/** Longer names are cut: label values are kept short, and generated names (Relay's) stay distinct well before this. */
const MAX_NAME_LENGTH = 64;

/** GraphQL's Name grammar: what a parsed operation name always is. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The `operation_name` label. Operation names are chosen by clients, so an unbounded label would
 * let any client grow /metrics (and Prometheus) by sending new names: the first
 * {@link MAX_OPERATION_NAMES} distinct names a process sees get their own series, every later one
 * is `other`. Anonymous operations are `anonymous`; a name that is not a GraphQL name (an
 * `operationName` sent with a document that did not parse) is `other`.
 */
export function createOperationNameLabels(maxNames = MAX_OPERATION_NAMES): (name: string | null) => string {
  const tracked = new Set<string>();
  return (name) => {
    if (name === null || name === '') return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'other';
    const label = name.slice(0, MAX_NAME_LENGTH);
    if (tracked.has(label)) return label;
    if (tracked.size >= maxNames) return 'other';
    tracked.add(label);
    return label;
  };
}
