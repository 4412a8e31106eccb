import type { ProviderModule } from '../registry/providerModule';
import { PROVIDER_MODULES } from '../registry/providerRegistry';

/**
 * The queries GraphiQL opens with: each provider module's `graph.examples`, one tab each, in
 * registry order. Each provider's live in its own folder (src/providers/<provider>/graph/examples.ts).
 *
 * A tab is shown only if its query validates against the served schema (see `usableExamples`),
 * so an example for a namespace that has not landed yet, or that a schema change broke, is left
 * out instead of greeting users with red squiggles.
 */
export interface ExampleQuery {
  /** The provider namespace the example exercises; used in logs when the example is dropped. */
  readonly provider: string;
  readonly query: string;
}

export function exampleQueriesOf(providers: ReadonlyArray<ProviderModule>): ReadonlyArray<ExampleQuery> {
  return providers.flatMap((provider) => provider.graph.examples.map((query) => ({ provider: provider.name, query })));
}

/** The registry's examples. */
export const EXAMPLE_QUERIES: ReadonlyArray<ExampleQuery> = exampleQueriesOf(PROVIDER_MODULES);
