import { parseSimulatedProviders, simulationProblems, unknownProviderVariables } from '../../src/runtime/productionGuard';

const NAMES = ['zendesk', 'intercom', 'front'];

describe('parseSimulatedProviders', () => {
  it('reads comma-separated provider names, case-insensitively', () => {
    expect(parseSimulatedProviders(' Zendesk, front,,front', NAMES)).toEqual({ ok: true, providers: new Set(['zendesk', 'front']) });
    expect(parseSimulatedProviders(undefined, NAMES)).toEqual({ ok: true, providers: new Set() });
  });

  it('refuses a name that is no provider', () => {
    expect(parseSimulatedProviders('zendesk,frontapp', NAMES)).toEqual({ ok: false, problem: 'unknown provider "frontapp" (known: zendesk, intercom, front)' });
  });
});

describe('simulationProblems', () => {
  const VARIABLES = { zendesk: 'ZENDESK_EMAIL / ZENDESK_API_TOKEN', intercom: 'INTERCOM_TOKEN', front: 'FRONT_TOKEN' };
  const none = { zendesk: false, intercom: false, front: false };
  const credentials = (set: Record<keyof typeof VARIABLES, boolean>) =>
    (Object.keys(VARIABLES) as Array<keyof typeof VARIABLES>).map((name) => ({ name, variables: VARIABLES[name], set: set[name] }));

  it('lets development and test fall back to the simulators', () => {
    expect(simulationProblems({ production: false, credentials: credentials(none), simulate: new Set() })).toEqual([]);
  });

  it('names, in production, each provider left without credentials, one line each', () => {
    expect(simulationProblems({ production: true, credentials: credentials({ ...none, intercom: true }), simulate: new Set() })).toEqual([
      'ZENDESK_EMAIL / ZENDESK_API_TOKEN: not set, and NODE_ENV=production never serves simulated data: give zendesk its credentials, or add zendesk to SIMULATE_PROVIDERS to run its simulator',
      'FRONT_TOKEN: not set, and NODE_ENV=production never serves simulated data: give front its credentials, or add front to SIMULATE_PROVIDERS to run its simulator',
    ]);
  });

  it('simulates in production what SIMULATE_PROVIDERS lists', () => {
    expect(simulationProblems({ production: true, credentials: credentials({ ...none, intercom: true }), simulate: new Set(['zendesk', 'front']) })).toEqual([]);
  });

  it('refuses a provider both listed and given credentials, in any environment', () => {
    expect(simulationProblems({ production: false, credentials: credentials({ ...none, front: true }), simulate: new Set(['front']) })).toEqual([
      'SIMULATE_PROVIDERS: lists front, but FRONT_TOKEN is set: remove one of them',
    ]);
  });
});

describe('unknownProviderVariables', () => {
  const known = ['ZENDESK_EMAIL', 'ZENDESK_API_TOKEN', 'FRONT_TOKEN', 'FRONT_BASE_URL', 'INTERCOM_TOKEN', 'PORT'];

  it('names each provider-prefixed variable nobody reads, with the ones that exist', () => {
    expect(unknownProviderVariables({ FRONT_TOKNE: 'x', ZENDESK_EMAIL: 'a@b.test', PORT: '1', front_token: 'y', HOME: '/root' }, known, NAMES)).toEqual([
      'FRONT_TOKNE: unknown variable (FRONT_ variables: FRONT_TOKEN, FRONT_BASE_URL)',
      'front_token: unknown variable (FRONT_ variables: FRONT_TOKEN, FRONT_BASE_URL)',
    ]);
  });

  it('never shows a value', () => {
    expect(unknownProviderVariables({ INTERCOM_ACCESS_TOKEN: 'secret-token-value' }, known, NAMES).join('\n')).not.toContain('secret-token-value');
  });
});
