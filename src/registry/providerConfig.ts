import type { z } from 'zod';

/*
 * A provider's configuration, apart from the rest of its module (src/registry/providerModule.ts) so
 * a provider's own config file imports nothing of the gateway's GraphQL side.
 */

/** Request headers: auth, API version. Never logged; their secrets are redacted from upstream error text. */
export type UpstreamHeaders = Readonly<Record<string, string>>;

/**
 * Where a provider's calls go: its built-in simulator (with the headers its default credentials
 * call for) or the real, or a compatible, API.
 */
export type ProviderTarget =
  | { readonly mode: 'simulator'; readonly headers: UpstreamHeaders }
  | { readonly mode: 'remote'; readonly baseUrl: string; readonly headers: UpstreamHeaders };

/** A provider's environment variables: their schema, and what they resolve to. */
export interface ProviderConfig {
  /** zod schemas of its variables, each named `<NAME>_…`; loadConfig validates them with the rest. */
  readonly variables: z.ZodRawShape;
  /** The variables that take it off its simulator, as the production guard names them (`FRONT_TOKEN`). */
  readonly credentialVariables: string;
  /** Whether any credential variable is set (half a pair is `target`'s own problem to report). */
  credentialsSet(variables: ParsedVariables): boolean;
  /** Its target; a problem (one line, naming the variable, never a secret) is pushed onto `problems`. */
  target(variables: ParsedVariables, problems: string[]): ProviderTarget;
}

/** The whole validated environment; a module reads only its own variables from it (see defineProviderConfig). */
export type ParsedVariables = Readonly<Record<string, unknown>>;

/**
 * A module's config, typed by its own variables. loadConfig validates every module's variables as
 * one schema and hands each module the whole result; the cast below is where a module's functions
 * see only their own part, which that validation guarantees holds the shape they declared.
 */
export function defineProviderConfig<TShape extends z.ZodRawShape>(spec: {
  readonly variables: TShape;
  readonly credentialVariables: string;
  credentialsSet(variables: z.infer<z.ZodObject<TShape>>): boolean;
  target(variables: z.infer<z.ZodObject<TShape>>, problems: string[]): ProviderTarget;
}): ProviderConfig {
  const own = (variables: ParsedVariables) => variables as z.infer<z.ZodObject<TShape>>;
  return {
    variables: spec.variables,
    credentialVariables: spec.credentialVariables,
    credentialsSet: (variables) => spec.credentialsSet(own(variables)),
    target: (variables, problems) => spec.target(own(variables), problems),
  };
}
