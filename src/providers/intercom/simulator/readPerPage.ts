import { badRequest } from './intercomError';

/** "The max amount for any API is 150" (pagination guide); listConversations' spec states it too. */
export const maxPerPage = 150;

/**
 * `per_page` arrives as a query string (lists) or a JSON number (search bodies). Missing means the
 * endpoint's default; anything that is not a whole number in 1..150 is a 400.
 */
export function readPerPage(raw: unknown, defaultPerPage: number, field = 'per_page'): number {
  if (raw === undefined || raw === null) return defaultPerPage;
  const parsed = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof parsed !== 'number' || !Number.isInteger(parsed) || parsed < 1) {
    throw badRequest(`${field} must be a positive integer`, field);
  }
  if (parsed > maxPerPage) throw badRequest(`${field} must be at most ${maxPerPage}`, field);
  return parsed;
}
