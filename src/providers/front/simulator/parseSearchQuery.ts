import type { SearchDocument } from './conversationSearchIndex';
import { frontError } from './frontError';
import { fail, type FrontOutcome, succeed } from './frontOutcome';

export type SearchPredicate = (document: SearchDocument) => boolean;

/**
 * The subset of Front's conversation search syntax (`<text> <filter_name>:<filter_value>`, terms
 * separated by spaces, all of which must match) that the simulator understands:
 * - free text: words, or "quoted phrases", matched case-insensitively in the subject or a message body;
 * - `is:open` (neither archived nor trashed), `is:archived`, `is:trashed`, `is:snoozed` (nothing is
 *   snoozed here), `is:assigned` / `is:unassigned` (has an assignee or not, whatever the placement,
 *   as in Front where assignment is orthogonal to archiving), `is:unreplied` (last message inbound);
 * - `inbox:inb_…`, `tag:tag_…`, `assignee:tea_…`;
 * - `after:<unix seconds>` / `before:<unix seconds>`: a message of the conversation was created
 *   after / before that time (exclusive; Front's search guide: conversations with messages created
 *   after or before the timestamp). Anything but seconds with up to 3 decimals is a 400.
 * Trashed conversations are not excluded unless asked. Any other `name:value` filter is a 400, so a
 * client relying on a filter the simulator lacks fails loudly instead of getting wrong results.
 */
export function parseSearchQuery(query: string): FrontOutcome<SearchPredicate> {
  const predicates: SearchPredicate[] = [];
  for (const term of splitTerms(query)) {
    const parsed = parseTerm(term);
    if (!parsed.ok) return parsed;
    predicates.push(parsed.value);
  }
  return succeed((document) => predicates.every((predicate) => predicate(document)));
}

const isFilters: Readonly<Record<string, SearchPredicate>> = {
  open: ({ conversation }) => conversation.status === 'assigned' || conversation.status === 'unassigned',
  archived: ({ conversation }) => conversation.status === 'archived',
  trashed: ({ conversation }) => conversation.status === 'deleted',
  snoozed: () => false,
  assigned: ({ conversation }) => conversation.assignee !== null,
  unassigned: ({ conversation }) => conversation.assignee === null,
  unreplied: ({ unreplied }) => unreplied,
};

const valueFilters: Readonly<Record<string, (value: string) => SearchPredicate>> = {
  inbox: (id) => ({ inboxIds }) => inboxIds.has(id),
  tag: (id) => ({ conversation }) => conversation.tags.some((tag) => tag.id === id),
  assignee: (id) => ({ conversation }) => conversation.assignee?.id === id,
};

/** `after:` / `before:` take a unix timestamp; the comparison is on message creation times. */
const timeFilters: Readonly<Record<string, (seconds: number) => SearchPredicate>> = {
  after: (seconds) => ({ messageTimes }) => messageTimes.some((time) => time > seconds),
  before: (seconds) => ({ messageTimes }) => messageTimes.some((time) => time < seconds),
};

interface Term {
  readonly text: string;
  readonly quoted: boolean;
}

function splitTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const quoted = match[1];
    if (quoted !== undefined) {
      if (quoted.trim() !== '') terms.push({ text: quoted, quoted: true });
    } else if (match[2] !== undefined) {
      terms.push({ text: match[2], quoted: false });
    }
  }
  return terms;
}

function parseTerm(term: Term): FrontOutcome<SearchPredicate> {
  const filter = term.quoted ? null : /^([a-z_]+):(.+)$/i.exec(term.text);
  if (!filter) {
    const needle = term.text.toLowerCase();
    return succeed(({ text }) => text.includes(needle));
  }
  const name = (filter[1] ?? '').toLowerCase();
  const value = filter[2] ?? '';
  if (name === 'is') {
    const predicate = Object.hasOwn(isFilters, value.toLowerCase()) ? isFilters[value.toLowerCase()] : undefined;
    return predicate ? succeed(predicate) : fail(frontError(400, `Unsupported search filter is:${value}`));
  }
  const timeFilter = Object.hasOwn(timeFilters, name) ? timeFilters[name] : undefined;
  if (timeFilter) {
    return /^\d+(\.\d{1,3})?$/.test(value) ? succeed(timeFilter(Number(value))) : fail(frontError(400, `${name}: takes a unix timestamp in seconds, not ${value}`));
  }
  const build = Object.hasOwn(valueFilters, name) ? valueFilters[name] : undefined;
  return build ? succeed(build(value)) : fail(frontError(400, `Unsupported search filter ${name}:`));
}
