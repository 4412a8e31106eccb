import { createHash } from 'node:crypto';

/**
 * The name of one provider account's budget: the provider and a hash of where calls go and who
 * makes them. Two instances configured for the same account (same base URL, same credentials)
 * share one budget; another subdomain or another token gets its own. Only a SHA-256 digest of the
 * credential goes into the key, so Redis (its keys, MONITOR, a dump) never holds the credential.
 */
export function accountKey(provider: string, baseUrl: string, credential: string): string {
  const digest = createHash('sha256').update(baseUrl.replace(/\/+$/, '')).update('\0').update(credential).digest('hex');
  return `${provider}:${digest.slice(0, 32)}`;
}
