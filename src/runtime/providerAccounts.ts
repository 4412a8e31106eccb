import { createHash, randomBytes } from 'node:crypto';

import type { Config, ProviderTarget } from '../config';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * Names the provider account each resource's data belongs to, for state shared between instances
 * (the page cache in Redis): a hash of the provider, its base URL and a hash of its credentials,
 * so gateways of the same account share and gateways of other accounts never meet. No credential
 * can be read back from it. A provider served by an in-process simulator gets a name of this
 * process alone: another instance's simulator holds other data.
 */
export function providerAccounts(config: Config): (resource: string) => string {
  const thisProcess = randomBytes(16).toString('base64url');
  const accountOf = <T>(provider: string, target: ProviderTarget<T>, extra = ''): string =>
    target.mode === 'simulator'
      ? `${provider}-simulated-${thisProcess}`
      : `${provider}-${sha256(JSON.stringify([provider, target.baseUrl, sha256(JSON.stringify(target.credentials)), extra]))}`;
  const accounts: Readonly<Record<string, string>> = {
    zendesk: accountOf('zendesk', config.zendesk),
    // The API version shapes every record Intercom returns.
    intercom: accountOf('intercom', config.intercom, config.intercom.version),
    front: accountOf('front', config.front),
  };
  // Resources are provider-prefixed ('zendesk.tickets'); an unknown prefix is kept to this process.
  return (resource) => accounts[resource.slice(0, resource.indexOf('.'))] ?? `unknown-${thisProcess}`;
}
