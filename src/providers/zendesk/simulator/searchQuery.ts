import type { ZendeskGroup, ZendeskOrganization, ZendeskTicket, ZendeskUser } from './zendeskDataset';

/** The object types Zendesk search returns (SearchResultObject `result_type`; ExportSearchResults `filter[type]`). */
export const SEARCH_TYPES = ['ticket', 'user', 'organization', 'group'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type SearchRecord =
  | { readonly type: 'ticket'; readonly record: ZendeskTicket }
  | { readonly type: 'user'; readonly record: ZendeskUser }
  | { readonly type: 'organization'; readonly record: ZendeskOrganization }
  | { readonly type: 'group'; readonly record: ZendeskGroup };

/**
 * The subset of the Zendesk Support search syntax (support.zendesk.com article 203663226) the
 * simulator understands. Terms are separated by spaces and all must match (Zendesk ANDs them);
 * `"a quoted phrase"` is one term.
 * - `type:ticket|user|organization|group` keeps one object type (several `type:` terms: any of them);
 *   an unknown type matches nothing.
 * - `status:<value>` keeps tickets with that status (objects without a status never match);
 *   several `status:` terms: any of them.
 * - Any other term (including other `field:value` terms, which real Zendesk would interpret) is
 *   free text, matched case-insensitively as a substring of a ticket's subject or description, a
 *   user's name or email, an organization's or a group's name.
 * Not understood: operators (`<`, `>`, `-` negation), wildcards, dates, and relevance ranking (the
 * simulator's "relevance" order is newest created first, see searchRoutes.ts).
 */
export interface SearchQuery {
  readonly types: ReadonlySet<string> | null;
  readonly statuses: ReadonlySet<string> | null;
  readonly terms: ReadonlyArray<string>;
}

export function parseSearchQuery(text: string): SearchQuery {
  const types = new Set<string>();
  const statuses = new Set<string>();
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').toLowerCase();
    const typed = /^type:(.+)$/.exec(term);
    const status = /^status:(.+)$/.exec(term);
    if (typed?.[1] !== undefined) types.add(typed[1]);
    else if (status?.[1] !== undefined) statuses.add(status[1]);
    else if (term.length > 0) terms.push(term);
  }
  return { types: types.size > 0 ? types : null, statuses: statuses.size > 0 ? statuses : null, terms };
}

/** Whether the query names an object type: ExportSearchResults refuses that ("Searches with type in the query string will result in an error"). */
export function namesType(query: SearchQuery): boolean {
  return query.types !== null;
}

export function matchesSearch(candidate: SearchRecord, query: SearchQuery): boolean {
  if (query.types !== null && !query.types.has(candidate.type)) return false;
  if (query.statuses !== null && (candidate.type !== 'ticket' || !query.statuses.has(candidate.record.status))) return false;
  const text = searchableText(candidate);
  return query.terms.every((term) => text.includes(term));
}

function searchableText(candidate: SearchRecord): string {
  switch (candidate.type) {
    case 'ticket':
      return `${candidate.record.subject}\n${candidate.record.description}`.toLowerCase();
    case 'user':
      return `${candidate.record.name}\n${candidate.record.email}`.toLowerCase();
    case 'organization':
    case 'group':
      return candidate.record.name.toLowerCase();
  }
}
