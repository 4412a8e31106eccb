import { type GraphQLSchema, parse, validate } from 'graphql';

import type { ExampleQuery } from './exampleQueries';

export interface ExampleSelection {
  readonly usable: readonly ExampleQuery[];
  readonly dropped: ReadonlyArray<{ readonly provider: string; readonly reason: string }>;
}

/**
 * Keeps the examples that parse and validate against the served schema. Providers land at
 * different times, so an example for a namespace the schema does not have yet is dropped rather
 * than shown broken.
 */
export function selectUsableExamples(schema: GraphQLSchema, examples: readonly ExampleQuery[]): ExampleSelection {
  const usable: ExampleQuery[] = [];
  const dropped: Array<{ provider: string; reason: string }> = [];
  for (const example of examples) {
    const reason = invalidReason(schema, example.query);
    if (reason === null) usable.push(example);
    else dropped.push({ provider: example.provider, reason });
  }
  return { usable, dropped };
}

function invalidReason(schema: GraphQLSchema, query: string): string | null {
  try {
    const errors = validate(schema, parse(query));
    return errors.length === 0 ? null : errors.map((error) => error.message).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
