import { badRequest } from './intercomError';

/** Page-number paging (companies lists): `page` counts from 1 and defaults to the first page. */
export function readPage(raw: string | null): number {
  if (raw === null) return 1;
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1) throw badRequest('page must be a positive integer', 'page');
  return Number(raw);
}
