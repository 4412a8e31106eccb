/**
 * Issue 22: under NODE_ENV=production a provider without credentials is never silently served by
 * its simulator. The gateway refuses to start, naming the variables to set, unless the provider is
 * listed in SIMULATE_PROVIDERS (demos, staging on fake data). Misspelt provider variables
 * (FRONT_TOKNE) are what usually leaves a provider without credentials, so unknown variables with
 * a provider's prefix (`ZENDESK_`, …: each registered module's name) are refused in production too,
 * and warned about elsewhere.
 */

export type ParsedSimulatedProviders = { readonly ok: true; readonly providers: ReadonlySet<string> } | { readonly ok: false; readonly problem: string };

/** Reads SIMULATE_PROVIDERS: comma-separated provider names (of `known`), case-insensitive. */
export function parseSimulatedProviders(text: string | undefined, known: ReadonlyArray<string>): ParsedSimulatedProviders {
  const providers = new Set<string>();
  for (const entry of (text ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0)) {
    if (!known.includes(entry)) return { ok: false, problem: `unknown provider ${JSON.stringify(entry)} (known: ${known.join(', ')})` };
    providers.add(entry);
  }
  return { ok: true, providers };
}

/** One provider's credentials, as the guard sees them. */
export interface ProviderCredentials {
  readonly name: string;
  /** The variables that take it off its simulator (`FRONT_TOKEN`). */
  readonly variables: string;
  /** Whether any of them is set (half a pair is the module's own config error). */
  readonly set: boolean;
}

export interface SimulationSettings {
  readonly production: boolean;
  readonly credentials: ReadonlyArray<ProviderCredentials>;
  /** SIMULATE_PROVIDERS. */
  readonly simulate: ReadonlySet<string>;
}

/** Config problem lines, at most one per provider. */
export function simulationProblems(settings: SimulationSettings): string[] {
  const problems: string[] = [];
  for (const { name, variables, set } of settings.credentials) {
    if (settings.simulate.has(name) && set) {
      problems.push(`SIMULATE_PROVIDERS: lists ${name}, but ${variables} is set: remove one of them`);
    } else if (settings.production && !set && !settings.simulate.has(name)) {
      problems.push(
        `${variables}: not set, and NODE_ENV=production never serves simulated data: give ${name} its credentials, or add ${name} to SIMULATE_PROVIDERS to run its simulator`,
      );
    }
  }
  return problems;
}

/**
 * Variables with a provider's prefix (`ZENDESK_`, from the provider names) that nobody reads, each
 * as a line naming the ones that exist. `known` is every name the gateway (or `npm run simulate`) reads.
 */
export function unknownProviderVariables(env: NodeJS.ProcessEnv, known: ReadonlyArray<string>, providers: ReadonlyArray<string>): string[] {
  const prefixes = providers.map((provider) => `${provider.toUpperCase()}_`);
  const lines: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const prefix = prefixes.find((candidate) => name.toUpperCase().startsWith(candidate));
    if (prefix === undefined || known.includes(name)) continue;
    const siblings = known.filter((candidate) => candidate.startsWith(prefix));
    lines.push(`${name}: unknown variable (${prefix} variables: ${siblings.join(', ')})`);
  }
  return lines;
}
