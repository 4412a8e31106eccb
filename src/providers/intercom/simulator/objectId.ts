import type { Random } from '../../../simulators/kit/random';

/**
 * Contacts and companies carry 24-hex ids in Intercom (e.g. 6762f0dd1bb69f9f2193bb83). The index in
 * the last 8 digits keeps them unique without a collision check.
 */
export function objectId(random: Random, index: number): string {
  return `${random.hex(16)}${index.toString(16).padStart(8, '0')}`;
}
