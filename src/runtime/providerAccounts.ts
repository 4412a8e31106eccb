import { createHash, randomBytes } from 'node:crypto';

import type { Config } from '../config';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

/**
 * Names the provider account each resource's data belongs to, for state shared between instances
 * (the page cache and reference lists in Redis): a hash of the provider, its base URL and a hash
 * of the headers it is called with (credentials, and the API version where one is sent: it shapes
 * every record), so gateways of the same account share and gateways of other accounts never meet.
 * No credential can be read back from it. A provider served by an in-process simulator gets a
 * name of this process alone: another instance's simulator holds other data.
 */
export function providerAccounts(config: Config): (resource: string) => string {
  const thisProcess = randomBytes(16).toString('base64url');
  const accounts: Readonly<Record<string, string>> = Object.fromEntries(
    Object.entries(config.providers).map(([provider, target]) => [
      provider,
      target.mode === 'simulator'
        ? `${provider}-simulated-${thisProcess}`
        : `${provider}-${sha256(JSON.stringify([provider, target.baseUrl, sha256(JSON.stringify(Object.entries(target.headers).sort()))]))}`,
    ]),
  );
  // Resources are provider-prefixed ('zendesk.tickets'); an unknown prefix is kept to this process.
  return (resource) => accounts[resource.slice(0, resource.indexOf('.'))] ?? `unknown-${thisProcess}`;
}
