import { clearCalls, fetchGraphQLPage, type GatewayReady, graphql, type PageOf, pageQuery, readCalls, type SimulatorsReady, startGateway, startSimulators } from '../lib/harness';
import { cursorMinimum, offsetMinimum, pageTokenMinimum, wholeListMinimum } from '../lib/minimum';
import type { BenchSettings } from '../lib/settings';
import { round, sleep } from '../lib/stats';

type Paging =
  | { readonly kind: 'cursor'; readonly max: number; readonly fullPageSaysMore: boolean }
  /** Front: each token repeats the limit of the call that made it (see pageTokenMinimum). */
  | { readonly kind: 'pageToken'; readonly max: number }
  | { readonly kind: 'offset'; readonly max: number; readonly cap: number }
  | { readonly kind: 'whole' };

interface ResourceSpec {
  readonly namespace: 'zendesk' | 'intercom' | 'front';
  readonly field: string;
  readonly paging: Paging;
  /** Arguments a list requires (a search's filter or query, e.g. `query: "type:ticket"`), as GraphQL text; fixed for the whole traversal. */
  readonly args?: string;
  /** A row name when one field has several rows. */
  readonly label?: string;
  /** What identifies a record when `nativeId` does not: a union's member (Zendesk search), or Intercom's standard data attributes, which have none. */
  readonly key?: { readonly selection: string; of(node: Record<string, unknown>): string };
}

/** Matches every record: a search traversal then covers the whole list. */
const SINCE_2000 = 'operator: GT, dateValue: "2000-01-01T00:00:00Z"';

const RESOURCES: ReadonlyArray<ResourceSpec> = [
  { namespace: 'zendesk', field: 'tickets', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'users', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'organizations', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'groups', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'articles', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'sections', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'categories', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'ticketAudits', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'views', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'satisfactionRatings', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  { namespace: 'zendesk', field: 'ticketFields', paging: { kind: 'cursor', max: 100, fullPageSaysMore: true } },
  // Search without `type`: offset paging stopped at result 1,000 (PAGINATION_LIMIT, no call past it).
  { namespace: 'zendesk', field: 'search', label: 'search(type:ticket)', args: 'query: "type:ticket"', key: { selection: '... on ZendeskTicket { nativeId }', of: (node) => String(node.nativeId) }, paging: { kind: 'offset', max: 100, cap: 1_000 } },
  // With `type`: the search export, 1,000 a call, `has_more` only when a record follows.
  { namespace: 'zendesk', field: 'search', label: 'search(type: TICKET)', args: 'query: "#", type: TICKET', key: { selection: '... on ZendeskTicket { nativeId }', of: (node) => String(node.nativeId) }, paging: { kind: 'cursor', max: 1000, fullPageSaysMore: false } },
  { namespace: 'zendesk', field: 'incrementalTickets', args: 'since: "2000-01-01T00:00:00Z"', paging: { kind: 'cursor', max: 1000, fullPageSaysMore: false } },
  { namespace: 'zendesk', field: 'incrementalUsers', args: 'since: "2000-01-01T00:00:00Z"', paging: { kind: 'cursor', max: 1000, fullPageSaysMore: false } },
  { namespace: 'intercom', field: 'conversations', paging: { kind: 'cursor', max: 150, fullPageSaysMore: false } },
  { namespace: 'intercom', field: 'contacts', paging: { kind: 'cursor', max: 150, fullPageSaysMore: false } },
  { namespace: 'intercom', field: 'companies', paging: { kind: 'offset', max: 150, cap: 10_000 } },
  { namespace: 'intercom', field: 'searchConversations', paging: { kind: 'cursor', max: 150, fullPageSaysMore: false }, args: `filter: { field: CREATED_AT, ${SINCE_2000} }` },
  { namespace: 'intercom', field: 'searchContacts', paging: { kind: 'cursor', max: 150, fullPageSaysMore: false }, args: 'filter: { field: ROLE, operator: EQ, value: "user" }' },
  { namespace: 'intercom', field: 'searchTickets', paging: { kind: 'cursor', max: 150, fullPageSaysMore: false }, args: `filter: { field: CREATED_AT, ${SINCE_2000} }` },
  { namespace: 'intercom', field: 'articles', paging: { kind: 'offset', max: 150, cap: Number.MAX_SAFE_INTEGER } },
  { namespace: 'intercom', field: 'segments', paging: { kind: 'whole' } },
  {
    namespace: 'intercom',
    field: 'dataAttributes',
    paging: { kind: 'whole' },
    key: { selection: 'model fullName', of: (node) => `${String(node.model)}:${String(node.fullName)}` },
  },
  { namespace: 'front', field: 'conversations', paging: { kind: 'pageToken', max: 100 } },
  { namespace: 'front', field: 'searchConversations', paging: { kind: 'pageToken', max: 100 }, args: 'query: "is:open"' },
  { namespace: 'front', field: 'contacts', paging: { kind: 'pageToken', max: 100 } },
  { namespace: 'front', field: 'accounts', paging: { kind: 'pageToken', max: 100 } },
  { namespace: 'front', field: 'tags', paging: { kind: 'pageToken', max: 100 } },
  { namespace: 'front', field: 'inboxes', paging: { kind: 'whole' } },
  { namespace: 'front', field: 'teammates', paging: { kind: 'whole' } },
  { namespace: 'front', field: 'teams', paging: { kind: 'whole' } },
  { namespace: 'front', field: 'channels', paging: { kind: 'whole' } },
  // list-events: "Max number of results per page (max 15)".
  { namespace: 'front', field: 'events', paging: { kind: 'pageToken', max: 15 } },
];

export interface CallRow {
  readonly resource: string;
  readonly first: number;
  readonly records: number;
  readonly graphqlRequests: number;
  /** How the traversal ended: `end` (hasNextPage false) or an error code (PAGINATION_LIMIT at a provider cap). */
  readonly ended: string;
  readonly minimum: number;
  readonly calls: { readonly prefetchOff: number; readonly prefetchOn: number };
  readonly ratio: { readonly prefetchOff: number; readonly prefetchOn: number };
}

export interface RelationRow {
  readonly relation: string;
  readonly graphqlPages: number;
  readonly calls: number;
  readonly minimum: number;
  readonly ratio: number;
  readonly note: string;
}

export interface CallsResult {
  readonly datasets: Record<string, unknown>;
  readonly rows: ReadonlyArray<CallRow>;
  readonly relations: ReadonlyArray<RelationRow>;
  readonly relationsSkipped: string | null;
}

function minimumFor(paging: Paging, records: number, first: number): number {
  switch (paging.kind) {
    case 'cursor':
      return cursorMinimum(records, first, paging.max, paging.fullPageSaysMore);
    case 'pageToken':
      return pageTokenMinimum(records, first, paging.max);
    case 'offset':
      return offsetMinimum(records, first, paging.max, paging.cap);
    case 'whole':
      return wholeListMinimum(records, first);
  }
}

async function traverse(gateway: GatewayReady, spec: ResourceSpec, first: number): Promise<{ records: number; requests: number; ended: string }> {
  const query = pageQuery(spec.namespace, spec.field, spec.key?.selection ?? 'nativeId', spec.args);
  const keyOf = spec.key?.of ?? ((node: Record<string, unknown>) => String(node.nativeId));
  const seen = new Set<string>();
  let after: string | null = null;
  for (let requests = 1; ; requests += 1) {
    let page;
    try {
      page = await fetchGraphQLPage<Record<string, unknown>>(gateway.url, query, spec.namespace, spec.field, first, after);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'PAGINATION_LIMIT') return { records: seen.size, requests, ended: code };
      throw error;
    }
    for (const edge of page.edges) {
      const key = keyOf(edge.node);
      if (seen.has(key)) throw new Error(`${spec.namespace}.${spec.field}: record ${key} served twice`);
      seen.add(key);
    }
    if (!page.pageInfo.hasNextPage) return { records: seen.size, requests, ended: 'end' };
    after = page.pageInfo.endCursor;
  }
}

/** Calls made by one traversal; with prefetch, waits until the last prefetch has landed. */
async function countedTraversal(simulators: SimulatorsReady, gateway: GatewayReady, spec: ResourceSpec, first: number) {
  await clearCalls(simulators);
  const result = await traverse(gateway, spec, first);
  let calls = (await readCalls(simulators)).length;
  for (let settled = 0; settled < 3; ) {
    await sleep(30);
    const now = (await readCalls(simulators)).length;
    settled = now === calls ? settled + 1 : 0;
    calls = now;
  }
  return { ...result, calls };
}

export async function runUpstreamCalls(settings: BenchSettings, log: (line: string) => void): Promise<CallsResult> {
  const datasets = {
    zendesk: { tickets: settings.zendeskTickets, users: 3000, organizations: 200, groups: 20, articles: 12_000, sections: 250, categories: 130, views: 130, customTicketFields: 150, maxCommentsPerTicket: 5 },
    intercom: { conversations: 2000, contacts: 5000, companies: 300, admins: 15, teams: 5, tags: 40, tickets: 500 },
    front: { conversations: 3000, contacts: 4000, inboxes: 10, teammates: 25, tags: 50, accounts: 100, teams: 4, channels: 12, maxMessagesPerConversation: 6, maxCommentsPerConversation: 3 },
  };
  // Counting needs no latency: the simulators are called directly.
  const simulators = await startSimulators(datasets, 0);
  const off = await startGateway(simulators.ready, { via: 'direct', prefetch: false });
  const on = await startGateway(simulators.ready, { via: 'direct', prefetch: true });
  try {
    const rows: CallRow[] = [];
    for (const spec of RESOURCES) {
      for (const first of settings.callPageSizes) {
        const withoutPrefetch = await countedTraversal(simulators.ready, off.ready, spec, first);
        const withPrefetch = await countedTraversal(simulators.ready, on.ready, spec, first);
        if (withPrefetch.records !== withoutPrefetch.records) throw new Error(`${spec.namespace}.${spec.field}: traversals disagree on the record count`);
        const minimum = minimumFor(spec.paging, withoutPrefetch.records, first);
        const row: CallRow = {
          resource: `${spec.namespace}.${spec.label ?? spec.field}`,
          first,
          records: withoutPrefetch.records,
          graphqlRequests: withoutPrefetch.requests,
          ended: withoutPrefetch.ended,
          minimum,
          calls: { prefetchOff: withoutPrefetch.calls, prefetchOn: withPrefetch.calls },
          ratio: { prefetchOff: round(withoutPrefetch.calls / minimum, 3), prefetchOn: round(withPrefetch.calls / minimum, 3) },
        };
        rows.push(row);
        log(`calls ${row.resource} first=${first}: ${row.calls.prefetchOff}/${row.calls.prefetchOn} vs min ${minimum} (${row.records} records, ${row.graphqlRequests} requests)`);
      }
    }
    const { relations, skipped } = await measureRelations(simulators.ready, off.ready, settings.relationPages, log);
    return { datasets, rows, relations, relationsSkipped: skipped };
  } finally {
    await Promise.all([off.stop(), on.stop()]);
    await simulators.stop();
  }
}

interface RelationSpec {
  readonly relation: string;
  readonly namespace: 'zendesk' | 'intercom' | 'front';
  readonly field: string;
  /** Type and fields that must exist for the measurement to run. */
  readonly requires: { readonly type: string; readonly fields: ReadonlyArray<string> };
  readonly selection: string;
  /** Minimum calls for one GraphQL page of 100 parents, from what the page returned. */
  minimum(nodes: ReadonlyArray<Record<string, unknown>>): number;
  readonly note: string;
}

const ids = (value: unknown): string[] => {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(ids);
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && 'nativeId' in value) return [String((value as { nativeId: unknown }).nativeId)];
  return [];
};
const unique = (nodes: ReadonlyArray<Record<string, unknown>>, ...fields: string[]) => new Set(nodes.flatMap((node) => fields.flatMap((field) => ids(node[field])))).size;

const RELATIONS: ReadonlyArray<RelationSpec> = [
  {
    relation: 'zendesk.tickets → requester, submitter, assignee, organization, group',
    namespace: 'zendesk',
    field: 'tickets',
    requires: { type: 'ZendeskTicket', fields: ['requester', 'submitter', 'assignee', 'organization', 'group'] },
    selection: 'nativeId requester { nativeId } submitter { nativeId } assignee { nativeId } organization { nativeId } group { nativeId }',
    // 1 tickets page + users/show_many per 100 distinct users + organizations/show_many per 100 + the group list (20 groups: 1 page).
    minimum: (nodes) => 1 + Math.ceil(unique(nodes, 'requester', 'submitter', 'assignee') / 100) + Math.ceil(unique(nodes, 'organization') / 100) + (unique(nodes, 'group') > 0 ? 1 : 0),
    note: 'users and organizations show_many (100 ids/call), group list once per request; distinct ids counted from the answer',
  },
  {
    relation: 'zendesk.tickets → comments(first: 10)',
    namespace: 'zendesk',
    field: 'tickets',
    requires: { type: 'ZendeskTicket', fields: ['comments'] },
    selection: 'nativeId comments(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'Zendesk has no multi-ticket comments endpoint: one call per ticket',
  },
  {
    relation: 'zendesk.tickets → comments(first: 10) → author',
    namespace: 'zendesk',
    field: 'tickets',
    requires: { type: 'ZendeskTicketComment', fields: ['author'] },
    selection: 'nativeId comments(first: 10) { edges { node { nativeId author { nativeId } } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'one comments call per ticket; its authors come sideloaded with it (include=users), no users call',
  },
  {
    relation: 'zendesk.tickets → audits(first: 10)',
    namespace: 'zendesk',
    field: 'tickets',
    requires: { type: 'ZendeskTicket', fields: ['audits'] },
    selection: 'nativeId audits(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'Zendesk has no multi-ticket audits endpoint: one call per ticket',
  },
  {
    relation: 'zendesk.views → tickets(first: 10)',
    namespace: 'zendesk',
    field: 'views',
    requires: { type: 'ZendeskView', fields: ['tickets'] },
    selection: 'nativeId tickets(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'one tickets call per view',
  },
  {
    relation: 'intercom.conversations → contacts, assignee, teammates',
    namespace: 'intercom',
    field: 'conversations',
    requires: { type: 'IntercomConversation', fields: ['contacts', 'assignee', 'teammates', 'contactIds', 'adminAssigneeId'] },
    selection: 'nativeId contactIds adminAssigneeId contacts { nativeId } assignee { nativeId } teammates { nativeId }',
    minimum: (nodes) =>
      1 + Math.ceil(unique(nodes, 'contactIds') / 150) + (nodes.some((node) => node.adminAssigneeId !== null || ids(node.teammates).length > 0) ? 1 : 0),
    note: 'contact search id IN (150 ids/call), admin list once per request; contact ids from contactIds',
  },
  {
    relation: 'intercom.contacts → companyIds, tagIds, companies',
    namespace: 'intercom',
    field: 'contacts',
    requires: { type: 'IntercomContact', fields: ['companyIds', 'tagIds', 'companies'] },
    selection: 'nativeId companyIds tagIds companies { nativeId }',
    minimum: (nodes) => {
      // Intercom embeds at most 10 of each (then `has_more`): a wider contact's companies cost its
      // company list (50 a call), its tags one tag-list call. The other contacts' companies cost one
      // GET /companies/{id} per distinct company not already read from a list (no batch endpoint).
      const companyIds = (node: Record<string, unknown>) => ids(node.companyIds);
      const wide = nodes.filter((node) => companyIds(node).length > 10);
      const listed = new Set(wide.flatMap(companyIds));
      const fetched = new Set(nodes.filter((node) => companyIds(node).length <= 10).flatMap(companyIds).filter((id) => !listed.has(id)));
      const companyLists = wide.reduce((sum, node) => sum + Math.ceil(companyIds(node).length / 50), 0);
      const tagLists = nodes.filter((node) => ids(node.tagIds).length > 10).length;
      return 1 + companyLists + tagLists + fetched.size;
    },
    note: 'embedded companies/tags completed only when has_more (>10): company list 50/call, tag list 1 call; other companies 1 GET per distinct id',
  },
  {
    relation: 'intercom.conversations → parts(first: 10)',
    namespace: 'intercom',
    field: 'conversations',
    requires: { type: 'IntercomConversation', fields: ['parts'] },
    selection: 'nativeId parts(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'parts come only with GET /conversations/{id} (lists and search leave them out): one call per conversation',
  },
  {
    relation: 'intercom.contacts → notes(first: 10)',
    namespace: 'intercom',
    field: 'contacts',
    requires: { type: 'IntercomContact', fields: ['notes'] },
    selection: 'nativeId notes(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'Intercom has no multi-contact notes endpoint: one call per contact',
  },
  {
    relation: 'front.conversations → inboxes, assignee, tags',
    namespace: 'front',
    field: 'conversations',
    requires: { type: 'FrontConversation', fields: ['inboxes', 'assignee', 'tags'] },
    selection: 'nativeId inboxes { nativeId } assignee { nativeId } tags { nativeId }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'Front has no batch endpoint for a conversation’s inboxes: one call per conversation; assignee and tags are embedded',
  },
  {
    relation: 'front.conversations → messages(first: 10)',
    namespace: 'front',
    field: 'conversations',
    requires: { type: 'FrontConversation', fields: ['messages'] },
    selection: 'nativeId messages(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'one messages call per conversation',
  },
  {
    relation: 'front.conversations → comments(first: 10)',
    namespace: 'front',
    field: 'conversations',
    requires: { type: 'FrontConversation', fields: ['comments'] },
    selection: 'nativeId comments(first: 10) { edges { node { nativeId } } }',
    minimum: (nodes) => 1 + nodes.length,
    note: 'one comments call per conversation (Front returns them unpaged)',
  },
  {
    relation: 'front.channels → inbox',
    namespace: 'front',
    field: 'channels',
    requires: { type: 'FrontChannel', fields: ['inbox'] },
    selection: 'nativeId inbox { nativeId }',
    minimum: (nodes) => 1 + (nodes.some((node) => node.inbox !== null) ? 1 : 0),
    note: 'channels unpaged (1 call), inboxes from the unpaged inbox list (1 call per request)',
  },
  {
    relation: 'front.events → conversation',
    namespace: 'front',
    field: 'events',
    requires: { type: 'FrontEvent', fields: ['conversation'] },
    selection: 'nativeId conversation { nativeId subject }',
    minimum: (nodes) => Math.ceil(nodes.length / 15),
    note: 'events 15 per call; each embeds its conversation, no call',
  },
];

async function typeFields(gateway: GatewayReady, type: string): Promise<Set<string>> {
  const result = await graphql<{ __type: { fields: Array<{ name: string }> } | null }>(gateway.url, `{ __type(name: "${type}") { fields { name } } }`);
  return new Set(result.data?.__type?.fields.map((field) => field.name) ?? []);
}

async function measureRelations(simulators: SimulatorsReady, gateway: GatewayReady, pages: number, log: (line: string) => void) {
  const relations: RelationRow[] = [];
  const missing: string[] = [];
  for (const spec of RELATIONS) {
    const fields = await typeFields(gateway, spec.requires.type);
    const absent = spec.requires.fields.filter((field) => !fields.has(field));
    if (absent.length > 0) {
      missing.push(`${spec.relation} (no ${spec.requires.type}.${absent.join('/')})`);
      continue;
    }
    const query = pageQuery(spec.namespace, spec.field, spec.selection);
    let calls = 0;
    let minimum = 0;
    let after: string | null = null;
    let pagesRead = 0;
    try {
      for (; pagesRead < pages; pagesRead += 1) {
        await clearCalls(simulators);
        const page: PageOf<Record<string, unknown>> = await fetchGraphQLPage<Record<string, unknown>>(gateway.url, query, spec.namespace, spec.field, 100, after);
        calls += (await readCalls(simulators)).length;
        minimum += spec.minimum(page.edges.map((edge) => edge.node));
        if (!page.pageInfo.hasNextPage) {
          pagesRead += 1;
          break;
        }
        after = page.pageInfo.endCursor;
      }
    } catch (error) {
      missing.push(`${spec.relation} (failed: ${(error as Error).message.slice(0, 200)})`);
      continue;
    }
    const row: RelationRow = { relation: spec.relation, graphqlPages: pagesRead, calls, minimum, ratio: round(calls / minimum, 3), note: spec.note };
    relations.push(row);
    log(`relations ${row.relation}: ${calls} vs min ${minimum}`);
  }
  return { relations, skipped: missing.length > 0 ? `not measured: ${missing.join('; ')}` : null };
}
