/**
 * Issue 22: under NODE_ENV=production a provider without credentials is never silently served by
 * its simulator. The gateway refuses to start, naming the variables to set, unless the provider is
 * listed in SIMULATE_PROVIDERS (demos, staging on fake data). Misspelt provider variables
 * (FRONT_TOKNE) are what usually leaves a provider without credentials, so unknown `ZENDESK_`,
 * `INTERCOM_` and `FRONT_` variables are refused in production too, and warned about elsewhere.
 */

export const PROVIDER_NAMES = ['zendesk', 'intercom', 'front'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** What a provider needs to leave its simulator, as a config problem line names it. */
const CREDENTIAL_VARIABLES: Readonly<Record<ProviderName, string>> = {
  zendesk: 'ZENDESK_EMAIL / ZENDESK_API_TOKEN',
  intercom: 'INTERCOM_TOKEN',
  front: 'FRONT_TOKEN',
};

const VARIABLE_PREFIXES: ReadonlyArray<string> = PROVIDER_NAMES.map((provider) => `${provider.toUpperCase()}_`);

export type ParsedSimulatedProviders = { readonly ok: true; readonly providers: ReadonlySet<ProviderName> } | { readonly ok: false; readonly problem: string };

/** Reads SIMULATE_PROVIDERS: comma-separated provider names, case-insensitive. */
export function parseSimulatedProviders(text: string | undefined): ParsedSimulatedProviders {
  const providers = new Set<ProviderName>();
  for (const entry of (text ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0)) {
    const provider = PROVIDER_NAMES.find((name) => name === entry);
    if (provider === undefined) return { ok: false, problem: `unknown provider ${JSON.stringify(entry)} (known: ${PROVIDER_NAMES.join(', ')})` };
    providers.add(provider);
  }
  return { ok: true, providers };
}

export interface SimulationSettings {
  readonly production: boolean;
  /** Whether any of a provider's credential variables is set (half a pair is config.ts's own error). */
  readonly credentialsSet: Readonly<Record<ProviderName, boolean>>;
  /** SIMULATE_PROVIDERS. */
  readonly simulate: ReadonlySet<ProviderName>;
}

/** Config problem lines, at most one per provider. */
export function simulationProblems(settings: SimulationSettings): string[] {
  const problems: string[] = [];
  for (const provider of PROVIDER_NAMES) {
    const credentialsSet = settings.credentialsSet[provider];
    if (settings.simulate.has(provider) && credentialsSet) {
      problems.push(`SIMULATE_PROVIDERS: lists ${provider}, but ${CREDENTIAL_VARIABLES[provider]} is set: remove one of them`);
    } else if (settings.production && !credentialsSet && !settings.simulate.has(provider)) {
      problems.push(
        `${CREDENTIAL_VARIABLES[provider]}: not set, and NODE_ENV=production never serves simulated data: give ${provider} its credentials, or add ${provider} to SIMULATE_PROVIDERS to run its simulator`,
      );
    }
  }
  return problems;
}

/**
 * `ZENDESK_`/`INTERCOM_`/`FRONT_` variables nobody reads, each as a line naming the ones that exist.
 * `known` is every name the gateway (or `npm run simulate`) reads.
 */
export function unknownProviderVariables(env: NodeJS.ProcessEnv, known: ReadonlyArray<string>): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(env).sort()) {
    const prefix = VARIABLE_PREFIXES.find((candidate) => name.toUpperCase().startsWith(candidate));
    if (prefix === undefined || known.includes(name)) continue;
    const siblings = known.filter((candidate) => candidate.startsWith(prefix));
    lines.push(`${name}: unknown variable (${prefix} variables: ${siblings.join(', ')})`);
  }
  return lines;
}
