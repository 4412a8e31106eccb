import { createFrontProvider, type FrontProvider } from '../../src/providers/front/api/frontProvider';
import type { UpstreamRequest } from '../../src/providers/http/httpClient';
import { createIntercomProvider, type IntercomProvider } from '../../src/providers/intercom/api/intercomProvider';
import type { IntercomSearchArgs } from '../../src/providers/intercom/api/searchPaginator';
import type { JsonValue, Paginator } from '../../src/providers/types';
import { createZendeskProvider, type ZendeskProvider } from '../../src/providers/zendesk/api/zendeskProvider';
import { type FrontSimulator, startFrontSimulator } from '../../src/providers/front/simulator';
import { defaultIntercomSimulatorOptions, type IntercomDatasetSizes, type IntercomSimulator, startIntercomSimulator } from '../../src/providers/intercom/simulator';
import { startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { viewMatches } from '../../src/providers/zendesk/simulator/viewMatches';
import { type ContractList, type ContractSubject, describePaginatorContract } from './paginatorContract';
import { type SimulatorHttp, simulatorHttp } from './simulatorHttp';

/**
 * Every paginator of every provider, against its simulator with small data sets: a little over the
 * provider's maximum page, so a `first` above it stitches pages and resuming every edge stays cheap.
 */

type AnyPaginator<TArgs> = Paginator<unknown, TArgs, JsonValue>;
type Traits<TArgs> = Pick<ContractSubject<TArgs>, 'maxPageSize' | 'backward' | 'native' | 'exactBoundary' | 'nativePageSize'>;

/** A simulator started on first use, an HTTP view of it, and a provider object per GraphQL request (as src/context.ts builds them). */
interface World<TSimulator, TProvider> {
  readonly simulator: TSimulator;
  readonly http: SimulatorHttp;
  provider(): TProvider;
}

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.splice(0)) await close();
});

function lazyWorld<TSimulator extends { close(): Promise<void>; url: string }, TProvider>(
  name: 'zendesk' | 'intercom' | 'front',
  start: () => Promise<TSimulator>,
  createProvider: (http: SimulatorHttp['http']) => TProvider,
): () => Promise<World<TSimulator, TProvider>> {
  let world: Promise<World<TSimulator, TProvider>> | undefined;
  return () => {
    world ??= start().then((simulator) => {
      const http = simulatorHttp(name, simulator);
      closers.push(async () => {
        await http.close();
        await simulator.close();
      });
      return { simulator, http, provider: () => createProvider(http.http) };
    });
    return world;
  };
}

type RunningWorld<TProvider> = World<{ readonly requests: ContractList<unknown>['log'] }, TProvider>;

function listOn<TProvider, TArgs>(
  world: RunningWorld<TProvider>,
  pick: (provider: TProvider) => AnyPaginator<TArgs>,
  args: TArgs,
  expectedIds: ReadonlyArray<string>,
): ContractList<TArgs> {
  return { paginator: () => pick(world.provider()), args, expectedIds, log: world.simulator.requests, sent: world.http.sent };
}

/** Registers one paginator: its list on `main`, its empty list on `empty` (often a simulator with no records). */
function contract<TSimulator extends { readonly requests: ContractList<unknown>['log'] }, TProvider, TArgs extends JsonValue>(
  name: string,
  worlds: { main: () => Promise<World<TSimulator, TProvider>>; empty: () => Promise<World<TSimulator, TProvider>> },
  pick: (provider: TProvider) => AnyPaginator<TArgs>,
  main: (simulator: TSimulator) => { readonly args: TArgs; readonly ids: ReadonlyArray<string> },
  empty: (simulator: TSimulator) => TArgs,
  traits: Traits<TArgs>,
): void {
  describePaginatorContract(name, async () => {
    const mainWorld = await worlds.main();
    const emptyWorld = await worlds.empty();
    const { args, ids } = main(mainWorld.simulator);
    return { ...listOn(mainWorld, pick, args, ids), ...traits, empty: listOn(emptyWorld, pick, empty(emptyWorld.simulator), []) };
  });
}

const numberOrNull = (value: unknown): number | null => (value === undefined || value === null ? null : Number(value));
/** The engine hands a paginator back only the tokens it produced, so its node and token types can be widened here. */
const asPaginator = <TNode, TArgs, TToken extends JsonValue>(paginator: Paginator<TNode, TArgs, TToken>): AnyPaginator<TArgs> =>
  paginator as unknown as AnyPaginator<TArgs>;

/** Sorted by a key, ties broken by id, both in the same direction (the simulators' documented orders). */
function orderBy<T extends { readonly id: string | number }>(records: ReadonlyArray<T>, key: (record: T) => number | string, descending: boolean, compareIds = defaultCompare): string[] {
  const sign = descending ? -1 : 1;
  return [...records].sort((a, b) => sign * (defaultCompare(key(a), key(b)) || compareIds(a.id, b.id))).map((record) => String(record.id));
}
function defaultCompare(a: number | string, b: number | string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
/** Intercom's ids: numeric ids as numbers, hex ids as text. */
function intercomCompareIds(a: string | number, b: string | number): number {
  const [x, y] = [String(a), String(b)];
  if (/^\d+$/.test(x) && /^\d+$/.test(y)) return Number(x) - Number(y);
  return defaultCompare(x, y);
}

// ---------------------------------------------------------------- Zendesk

const zendesk = {
  main: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 126, users: 120, organizations: 110, groups: 105, articles: 120, sections: 115, categories: 103, views: 104, maxCommentsPerTicket: 130 } }), createZendeskProvider),
  empty: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0, sections: 0, categories: 0, views: 0, maxCommentsPerTicket: 0 } }), createZendeskProvider),
};
/** One ticket without comments: a comment list needs its ticket. */
const zendeskBare = {
  main: zendesk.main,
  empty: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 1, users: 1, organizations: 0, groups: 0, articles: 0, maxCommentsPerTicket: 0 } }), createZendeskProvider),
};
const zendeskCursor: Traits<never> = {
  maxPageSize: 100,
  backward: 'native',
  native: 'paged',
  exactBoundary: 'emptyPageFollows',
  nativePageSize: (request: UpstreamRequest) => numberOrNull(request.query?.['page[size]']),
};
const ticketArgs = { sort: { field: 'id', descending: false } } as const;
const noArgs = {} as Readonly<Record<string, never>>;

contract('zendesk.tickets', zendesk, (p: ZendeskProvider) => asPaginator(p.tickets), (s: ZendeskSimulator) => ({ args: ticketArgs, ids: orderBy(s.data.tickets, (t) => t.id, false) }), () => ticketArgs, zendeskCursor);
contract('zendesk.users', zendesk, (p: ZendeskProvider) => asPaginator(p.users), (s: ZendeskSimulator) => ({ args: { role: null }, ids: s.data.users.map((u) => String(u.id)) }), () => ({ role: null }), zendeskCursor);
contract('zendesk.organizations', zendesk, (p: ZendeskProvider) => asPaginator(p.organizations), (s: ZendeskSimulator) => ({ args: noArgs, ids: s.data.organizations.map((o) => String(o.id)) }), () => noArgs, zendeskCursor);
contract('zendesk.groups', zendesk, (p: ZendeskProvider) => asPaginator(p.groups), (s: ZendeskSimulator) => ({ args: noArgs, ids: s.data.groups.map((g) => String(g.id)) }), () => noArgs, zendeskCursor);
contract(
  'zendesk.ticketComments',
  zendeskBare,
  (p: ZendeskProvider) => asPaginator(p.ticketComments),
  (s: ZendeskSimulator) => {
    // The ticket with the most comments: more than one native page of them.
    const [ticketId, comments] = [...s.data.comments.entries()].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));
    return { args: { ticketId: String(ticketId) }, ids: comments.map((comment) => String(comment.id)) };
  },
  (s: ZendeskSimulator) => ({ ticketId: String(s.data.tickets[0]?.id) }),
  zendeskCursor,
);
contract(
  'zendesk.articles',
  zendesk,
  (p: ZendeskProvider) => asPaginator(p.articles),
  (s: ZendeskSimulator) => ({ args: { locale: null }, ids: orderBy(s.data.articles, (a) => `${String(a.position).padStart(10, '0')} ${a.created_at}`, false) }),
  () => ({ locale: null }),
  zendeskCursor,
);
/** Help Center's order for sections and categories: manual position, then creation, then id. */
const byPosition = (record: { readonly position: number; readonly created_at: string }) => `${String(record.position).padStart(10, '0')} ${record.created_at}`;
contract(
  'zendesk.ticket.audits',
  zendeskBare,
  (p: ZendeskProvider) => asPaginator(p.ticketAudits),
  (s: ZendeskSimulator) => {
    // The ticket with the most audits (one per comment): more than one native page of them.
    const [ticketId, audits] = [...s.data.audits.entries()].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));
    return { args: { ticketId: String(ticketId) }, ids: orderBy(audits, (audit) => audit.created_at, false) };
  },
  (s: ZendeskSimulator) => ({ ticketId: String(s.data.tickets[0]?.id) }),
  zendeskCursor,
);
contract('zendesk.ticketAudits', zendesk, (p: ZendeskProvider) => asPaginator(p.allTicketAudits), (s: ZendeskSimulator) => ({ args: noArgs, ids: orderBy([...s.data.audits.values()].flat(), (audit) => audit.created_at, true) }), () => noArgs, zendeskCursor);
contract('zendesk.views', zendesk, (p: ZendeskProvider) => asPaginator(p.views), (s: ZendeskSimulator) => ({ args: noArgs, ids: orderBy(s.data.views, (view) => view.created_at, false) }), () => noArgs, zendeskCursor);
/** Views need tickets enough for one with more than a page; the empty world has one view and no ticket. */
const zendeskViews = {
  main: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 320, users: 20, organizations: 2, groups: 3, articles: 1, views: 12, maxCommentsPerTicket: 1 } }), createZendeskProvider),
  empty: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 0, users: 0, organizations: 0, groups: 0, articles: 0, sections: 0, categories: 0, views: 1, maxCommentsPerTicket: 0 } }), createZendeskProvider),
};
const TICKET_STATUS_ORDER = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
/** Ratings follow solved and closed tickets, and fields are seven plus the custom ones: worlds with more than a page of each. */
const zendeskRatingsAndFields = {
  main: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 700, users: 20, organizations: 2, groups: 3, articles: 1, customTicketFields: 110, maxCommentsPerTicket: 1 } }), createZendeskProvider),
  empty: zendesk.empty,
};
// zendesk.ticketFields is not registered: an account always has its seven system fields, so there is no empty list to check.
contract('zendesk.satisfactionRatings', zendeskRatingsAndFields, (p: ZendeskProvider) => asPaginator(p.satisfactionRatings), (s: ZendeskSimulator) => ({ args: noArgs, ids: orderBy(s.data.satisfactionRatings, (rating) => rating.id, false) }), () => noArgs, zendeskCursor);
contract(
  'zendesk.view.tickets',
  zendeskViews,
  (p: ZendeskProvider) => asPaginator(p.viewTickets),
  (s: ZendeskSimulator) => {
    // The view with the most tickets, in its own sort (execution.sort_by / sort_order).
    const counted = s.data.views.map((view) => ({ view, tickets: s.data.tickets.filter((ticket) => viewMatches(view, ticket)) }));
    const { view, tickets } = counted.reduce((most, entry) => (entry.tickets.length > most.tickets.length ? entry : most));
    const rank = (ticket: ZendeskSimulator['data']['tickets'][number]): number | string =>
      view.execution.sort_by === 'id' ? ticket.id : view.execution.sort_by === 'status' ? TICKET_STATUS_ORDER.indexOf(ticket.status) : ticket[view.execution.sort_by];
    return { args: { viewId: String(view.id) }, ids: orderBy(tickets, rank, view.execution.sort_order === 'desc') };
  },
  // The empty world's one view: no ticket to match.
  (s: ZendeskSimulator) => ({ viewId: String(s.data.views[0]?.id) }),
  zendeskCursor,
);
contract('zendesk.sections', zendesk, (p: ZendeskProvider) => asPaginator(p.sections), (s: ZendeskSimulator) => ({ args: noArgs, ids: orderBy(s.data.sections, byPosition, false) }), () => noArgs, zendeskCursor);
contract('zendesk.categories', zendesk, (p: ZendeskProvider) => asPaginator(p.categories), (s: ZendeskSimulator) => ({ args: noArgs, ids: orderBy(s.data.categories, byPosition, false) }), () => noArgs, zendeskCursor);

/** Search results are keyed by type and id (searchResultKey); the simulator's search order is newest created first. */
function searchOrder(type: string, records: ReadonlyArray<{ readonly id: number; readonly created_at: string }>): string[] {
  // Newest created first, ties by id ascending (orderBy would break ties descending too).
  return [...records]
    .sort((a, b) => defaultCompare(b.created_at, a.created_at) || a.id - b.id)
    .map((record) => `${type}:${record.id}`);
}
contract(
  'zendesk.search',
  zendesk,
  (p: ZendeskProvider) => asPaginator(p.search),
  (s: ZendeskSimulator) => ({ args: { query: 'type:ticket' }, ids: searchOrder('ticket', s.data.tickets) }),
  () => ({ query: 'type:ticket' }),
  { maxPageSize: 100, backward: 'native', native: 'paged', exactBoundary: 'ends', nativePageSize: (request) => numberOrNull(request.query?.per_page) },
);
/** The export and the incremental exports read up to 1,000 a page: a list of a little over 1,000. */
const zendeskThousand = {
  main: lazyWorld('zendesk', () => startZendeskSimulator({ sizes: { tickets: 1010, users: 1005, organizations: 1, groups: 1, articles: 0, maxCommentsPerTicket: 0 } }), createZendeskProvider),
  empty: zendesk.empty,
};
const zendeskForwardThousand: Traits<never> = {
  maxPageSize: 1000,
  backward: 'unsupported',
  native: 'paged',
  exactBoundary: 'ends',
  nativePageSize: (request) => numberOrNull(request.query?.['page[size]'] ?? request.query?.per_page),
};
contract(
  'zendesk.searchExport',
  zendeskThousand,
  (p: ZendeskProvider) => asPaginator(p.searchExport),
  (s: ZendeskSimulator) => ({ args: { query: '#', type: 'ticket' as const }, ids: searchOrder('ticket', s.data.tickets) }),
  () => ({ query: '#', type: 'ticket' as const }),
  zendeskForwardThousand,
);
/** The incremental stream: by last change, ties by id; a record is keyed by id and version (versionOf). */
const byLastChange = <T extends { readonly id: number; readonly updated_at: string }>(records: ReadonlyArray<T>, version: (record: T) => string): string[] => {
  const byId = new Map(records.map((record) => [String(record.id), record]));
  return orderBy(records, (record) => record.updated_at, false).map((id) => {
    const record = byId.get(id);
    if (!record) throw new Error(`no record ${id}`);
    return version(record);
  });
};
contract(
  'zendesk.incrementalTickets',
  zendeskThousand,
  (p: ZendeskProvider) => asPaginator(p.incrementalTickets),
  (s: ZendeskSimulator) => ({ args: { startTime: 0 }, ids: byLastChange(s.data.tickets, (t) => `${t.id}@${t.updated_at}/${t.status}`) }),
  () => ({ startTime: 0 }),
  zendeskForwardThousand,
);
contract(
  'zendesk.incrementalUsers',
  zendeskThousand,
  (p: ZendeskProvider) => asPaginator(p.incrementalUsers),
  (s: ZendeskSimulator) => ({ args: { startTime: 0 }, ids: byLastChange(s.data.users, (u) => `${u.id}@${u.updated_at}/${String(u.active)}`) }),
  () => ({ startTime: 0 }),
  zendeskForwardThousand,
);

// ---------------------------------------------------------------- Intercom

const intercomSizes = (sizes: Partial<IntercomDatasetSizes>): IntercomDatasetSizes => ({ ...defaultIntercomSimulatorOptions.sizes, ...sizes });
const intercom = {
  main: lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 160, contacts: 170, companies: 20, tickets: 165 }) }), createIntercomProvider),
  empty: lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 0, contacts: 0, companies: 0, tickets: 0 }) }), createIntercomProvider),
};
/** Companies are listed only with users: enough contacts that more than 150 companies have some. */
const intercomCompanies = {
  main: lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 1, contacts: 1500, companies: 165, tickets: 1 }) }), createIntercomProvider),
  empty: intercom.empty,
};
const intercomPageSize = (request: UpstreamRequest): number | null => {
  const body = request.body as { pagination?: { per_page?: number } } | undefined;
  return numberOrNull(request.query?.per_page ?? body?.pagination?.per_page);
};
const intercomCursor: Traits<never> = { maxPageSize: 150, backward: 'unsupported', native: 'paged', exactBoundary: 'ends', nativePageSize: intercomPageSize };
const bothOpen = { operator: 'OR', value: [{ field: 'open', operator: '=', value: true }, { field: 'open', operator: '=', value: false }] } as const;
const nothing = (field: string): IntercomSearchArgs => ({ query: { field, operator: '=', value: 'no-such-value' }, sort: null });

contract('intercom.conversations', intercom, (p: IntercomProvider) => asPaginator(p.conversations), (s: IntercomSimulator) => ({ args: noArgs, ids: orderBy(s.data.conversations, (c) => c.updated_at, true, intercomCompareIds) }), () => noArgs, intercomCursor);
contract('intercom.contacts', intercom, (p: IntercomProvider) => asPaginator(p.contacts), (s: IntercomSimulator) => ({ args: noArgs, ids: orderBy(s.data.contacts, (c) => c.updated_at, true, intercomCompareIds) }), () => noArgs, intercomCursor);
contract(
  'intercom.companies',
  intercomCompanies,
  (p: IntercomProvider) => asPaginator(p.companies),
  (s: IntercomSimulator) => ({ args: noArgs, ids: orderBy(s.data.companies.filter((c) => c.user_count > 0), (c) => c.last_request_at, true, intercomCompareIds) }),
  () => noArgs,
  { maxPageSize: 150, backward: 'native', native: 'paged', exactBoundary: 'ends', nativePageSize: intercomPageSize },
);
contract(
  'intercom.searchConversations',
  intercom,
  (p: IntercomProvider) => asPaginator(p.searchConversations),
  (s: IntercomSimulator) => ({ args: { query: bothOpen, sort: { field: 'created_at', order: 'descending' as const } }, ids: orderBy(s.data.conversations, (c) => c.created_at, true, intercomCompareIds) }),
  () => nothing('state'),
  intercomCursor,
);
contract(
  'intercom.searchContacts',
  intercom,
  (p: IntercomProvider) => asPaginator(p.searchContacts),
  (s: IntercomSimulator) => ({
    args: { query: { field: 'role', operator: 'IN' as const, value: ['user', 'lead'] }, sort: { field: 'created_at', order: 'ascending' as const } },
    ids: orderBy(s.data.contacts, (c) => c.created_at, false, intercomCompareIds),
  }),
  () => nothing('role'),
  intercomCursor,
);
contract(
  'intercom.searchTickets',
  intercom,
  (p: IntercomProvider) => asPaginator(p.searchTickets),
  // No sort: Intercom's default order, updated_at descending.
  (s: IntercomSimulator) => ({ args: { query: bothOpen, sort: null }, ids: orderBy(s.data.tickets, (t) => t.updated_at, true, intercomCompareIds) }),
  (): IntercomSearchArgs => ({ query: { field: 'open', operator: '=', value: true }, sort: null }),
  intercomCursor,
);

/** 250 conversations: the 250th is a long thread (460 parts, one response), the first has none. */
const intercomThreads = lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 250, contacts: 20, companies: 2, tickets: 1 }) }), createIntercomProvider);
contract(
  'intercom.conversationParts',
  { main: intercomThreads, empty: intercomThreads },
  (p: IntercomProvider) => asPaginator(p.conversationParts),
  (s: IntercomSimulator) => {
    const longest = [...s.data.conversations].sort((a, b) => b.statistics.count_conversation_parts - a.statistics.count_conversation_parts)[0];
    const conversationId = longest?.id ?? '';
    return { args: { conversationId }, ids: s.data.conversationParts(conversationId).map((part) => part.id) };
  },
  (s: IntercomSimulator) => ({ conversationId: s.data.conversations.find((c) => c.statistics.count_conversation_parts === 0)?.id ?? '' }),
  { maxPageSize: 150, backward: 'fromEnd', native: 'wholeList', exactBoundary: 'ends', nativePageSize: intercomPageSize },
);

/** Segments and data attributes: the default 160 and 200 (more than one 150-record window); none in the empty world. */
const intercomWorkspace = {
  main: intercomThreads,
  empty: lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 0, contacts: 0, companies: 0, tickets: 0, segments: 0, dataAttributes: 0, articles: 0 }) }), createIntercomProvider),
};
const intercomWholeList: Traits<never> = { maxPageSize: 150, backward: 'fromEnd', native: 'wholeList', exactBoundary: 'ends', nativePageSize: intercomPageSize };
const allAttributes = { model: null, includeArchived: true } as const;
contract('intercom.segments', intercomWorkspace, (p: IntercomProvider) => asPaginator(p.segments), (s: IntercomSimulator) => ({ args: { includeCount: false }, ids: s.data.segments.map((segment) => segment.id) }), () => ({ includeCount: false }), intercomWholeList);
contract(
  'intercom.dataAttributes',
  intercomWorkspace,
  (p: IntercomProvider) => asPaginator(p.dataAttributes),
  (s: IntercomSimulator) => ({ args: allAttributes, ids: s.data.dataAttributes.map((attribute) => `${attribute.model}:${attribute.full_name}`) }),
  () => allAttributes,
  intercomWholeList,
);

const notesOf = (s: IntercomSimulator) => [...s.data.contacts].sort((a, b) => s.data.contactNotes(b.id).length - s.data.contactNotes(a.id).length);
contract(
  'intercom.contactNotes',
  { main: intercom.main, empty: intercom.main },
  (p: IntercomProvider) => asPaginator(p.contactNotes),
  (s: IntercomSimulator) => {
    // The contact with the most notes (170 in this world): more than one 150-note page.
    const contactId = notesOf(s)[0]?.id ?? '';
    return { args: { contactId }, ids: s.data.contactNotes(contactId).map((note) => note.id) };
  },
  (s: IntercomSimulator) => ({ contactId: s.data.contacts.find((c) => s.data.contactNotes(c.id).length === 0)?.id ?? '' }),
  { maxPageSize: 150, backward: 'native', native: 'paged', exactBoundary: 'ends', nativePageSize: intercomPageSize },
);

const intercomArticles = {
  main: lazyWorld('intercom', () => startIntercomSimulator({ sizes: intercomSizes({ conversations: 1, contacts: 1, companies: 1, tickets: 1, articles: 170 }) }), createIntercomProvider),
  empty: intercomWorkspace.empty,
};
contract(
  'intercom.articles',
  intercomArticles,
  (p: IntercomProvider) => asPaginator(p.articles),
  (s: IntercomSimulator) => ({ args: noArgs, ids: orderBy(s.data.articles, (a) => a.updated_at, true, intercomCompareIds) }),
  () => noArgs,
  { maxPageSize: 150, backward: 'native', native: 'paged', exactBoundary: 'ends', nativePageSize: intercomPageSize },
);

// ---------------------------------------------------------------- Front

const front = {
  main: lazyWorld(
    'front',
    () =>
      startFrontSimulator({
        sizes: { conversations: 260, contacts: 120, inboxes: 105, teammates: 104, tags: 110, accounts: 110, teams: 103, channels: 106, maxMessagesPerConversation: 110, maxCommentsPerConversation: 110 },
      }),
    createFrontProvider,
  ),
  empty: lazyWorld(
    'front',
    () =>
      startFrontSimulator({
        sizes: { conversations: 0, contacts: 0, inboxes: 0, teammates: 0, tags: 0, accounts: 0, teams: 0, channels: 0, maxMessagesPerConversation: 0, maxCommentsPerConversation: 0 },
      }),
    createFrontProvider,
  ),
};
/** One conversation without messages or comments: those lists need their conversation. */
const frontBare = {
  main: front.main,
  empty: lazyWorld(
    'front',
    () =>
      startFrontSimulator({
        sizes: { conversations: 1, contacts: 0, inboxes: 1, teammates: 1, tags: 0, accounts: 0, maxMessagesPerConversation: 0, maxCommentsPerConversation: 0 },
      }),
    createFrontProvider,
  ),
};
const frontPageToken: Traits<never> = {
  maxPageSize: 100,
  backward: 'unsupported',
  native: 'paged',
  exactBoundary: 'ends',
  nativePageSize: (request) => numberOrNull(request.query?.limit),
};
const frontWholeList: Traits<never> = { maxPageSize: 100, backward: 'fromEnd', native: 'wholeList', exactBoundary: 'ends', nativePageSize: (request) => numberOrNull(request.query?.limit) };
const conversationArgs = { statuses: [], sortOrder: null } as const;
/** Events derive from conversations (see deriveEvents): a few conversations give a little over two of list-events' 15-record pages. */
const frontEvents = {
  main: lazyWorld(
    'front',
    () =>
      startFrontSimulator({
        sizes: { conversations: 8, contacts: 3, inboxes: 2, teammates: 3, tags: 4, accounts: 0, teams: 0, channels: 0, maxMessagesPerConversation: 3, maxCommentsPerConversation: 2 },
      }),
    createFrontProvider,
  ),
  empty: front.empty,
};
const frontEventPageToken: Traits<never> = { ...frontPageToken, maxPageSize: 15 };
const eventArgs = { after: null, before: null, types: [], sortOrder: null } as const;
/** The conversation with the most records under it: more than one native page of them. */
function busiestConversation<T>(byConversation: ReadonlyMap<string, ReadonlyArray<T>>): [string, ReadonlyArray<T>] {
  return [...byConversation.entries()].reduce((most, entry) => (entry[1].length > most[1].length ? entry : most));
}
const onlyConversation = (s: FrontSimulator) => ({ conversationId: s.data.conversations[0]?.id ?? '' });

contract('front.conversations', front, (p: FrontProvider) => asPaginator(p.conversations), (s: FrontSimulator) => ({ args: conversationArgs, ids: orderBy(s.data.conversations, (c) => c.updated_at, true) }), () => conversationArgs, frontPageToken);
contract(
  'front.searchConversations',
  front,
  (p: FrontProvider) => asPaginator(p.searchConversations),
  (s: FrontSimulator) => ({ args: { query: 'is:open' }, ids: orderBy(s.data.conversations.filter((c) => c.status === 'assigned' || c.status === 'unassigned'), (c) => c.updated_at, true) }),
  () => ({ query: 'is:snoozed' }),
  frontPageToken,
);
const allContacts = { updatedSince: null } as const;
contract('front.contacts', front, (p: FrontProvider) => asPaginator(p.contacts), (s: FrontSimulator) => ({ args: allContacts, ids: orderBy(s.data.contacts, (c) => c.created_at, true) }), () => allContacts, frontPageToken);
contract(
  'front.contacts (updatedSince)',
  front,
  (p: FrontProvider) => asPaginator(p.contacts),
  (s: FrontSimulator) => {
    // The 11th oldest update time: inclusive, so at least 110 of the 120 contacts (more than one native page).
    const since = [...s.data.contacts].map((c) => c.updated_at).sort((a, b) => a - b)[10] ?? 0;
    return { args: { updatedSince: new Date(Math.round(since * 1000)).toISOString() }, ids: orderBy(s.data.contacts.filter((c) => c.updated_at >= since), (c) => c.created_at, true) };
  },
  () => ({ updatedSince: '2030-01-01T00:00:00.000Z' }),
  frontPageToken,
);
contract('front.tags', front, (p: FrontProvider) => asPaginator(p.tags), (s: FrontSimulator) => ({ args: noArgs, ids: s.data.tags.map((t) => t.id) }), () => noArgs, frontPageToken);
contract('front.accounts', front, (p: FrontProvider) => asPaginator(p.accounts), (s: FrontSimulator) => ({ args: noArgs, ids: orderBy(s.data.accounts, (a) => a.created_at, true) }), () => noArgs, frontPageToken);
contract(
  'front.conversationMessages',
  frontBare,
  (p: FrontProvider) => asPaginator(p.conversationMessages),
  (s: FrontSimulator) => {
    const [conversationId, messages] = busiestConversation(s.data.messagesByConversation);
    return { args: { conversationId }, ids: orderBy(messages, (m) => m.created_at, true) };
  },
  onlyConversation,
  frontPageToken,
);
contract('front.inboxes', front, (p: FrontProvider) => asPaginator(p.inboxes), (s: FrontSimulator) => ({ args: noArgs, ids: s.data.inboxes.map((i) => i.id) }), () => noArgs, frontWholeList);
contract('front.teammates', front, (p: FrontProvider) => asPaginator(p.teammates), (s: FrontSimulator) => ({ args: noArgs, ids: s.data.teammates.map((t) => t.id) }), () => noArgs, frontWholeList);
contract(
  'front.conversationComments',
  frontBare,
  (p: FrontProvider) => asPaginator(p.conversationComments),
  (s: FrontSimulator) => {
    const [conversationId, comments] = busiestConversation(s.data.commentsByConversation);
    return { args: { conversationId }, ids: orderBy(comments, (c) => c.posted_at, true) };
  },
  onlyConversation,
  frontWholeList,
);
contract('front.teams', front, (p: FrontProvider) => asPaginator(p.teams), (s: FrontSimulator) => ({ args: noArgs, ids: s.data.teams.map((t) => t.id) }), () => noArgs, frontWholeList);
contract('front.channels', front, (p: FrontProvider) => asPaginator(p.channels), (s: FrontSimulator) => ({ args: noArgs, ids: s.data.channels.map((c) => c.id) }), () => noArgs, frontWholeList);
contract('front.events', frontEvents, (p: FrontProvider) => asPaginator(p.events), (s: FrontSimulator) => ({ args: eventArgs, ids: orderBy(s.data.events, (e) => e.emitted_at, true) }), () => eventArgs, frontEventPageToken);
