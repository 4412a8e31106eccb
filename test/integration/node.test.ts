import { createHash } from 'node:crypto';

import type { GraphContext } from '../../src/context';
import { toGlobalId } from '../../src/relay/globalId';
import { batches, requestsMatching, startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';

type Provider = 'zendesk' | 'intercom' | 'front';
/** One id asked for, and what `nodes` must answer for it (`null`: unknown or not fetchable by id). */
interface Probe {
  readonly id: string;
  readonly expected: { readonly __typename: string; readonly id: string } | null;
}

const probe = (provider: Provider, typename: string, nativeId: string | number, exists: boolean): Probe => {
  const id = toGlobalId(provider, typename, nativeId);
  return { id, expected: exists ? { __typename: typename, id } : null };
};
const existing = (provider: Provider, typename: string, ids: ReadonlyArray<string | number>) => ids.map((id) => probe(provider, typename, id, true));
const missing = (provider: Provider, typename: string, ids: ReadonlyArray<string | number>) => ids.map((id) => probe(provider, typename, id, false));
/** A fixed, well-mixed order (providers and types interleaved), the same on every run. */
const mixed = (probes: ReadonlyArray<Probe>) =>
  [...probes].sort((a, b) => createHash('sha1').update(a.id).digest('hex').localeCompare(createHash('sha1').update(b.id).digest('hex')));

const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename id } }`;

describe('Query.node and Query.nodes', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  it('answers 250 mixed ids of three providers in order, with nulls, in the minimal number of batched calls', async () => {
    const { zendesk, intercom, front } = { zendesk: env.zendesk.data, intercom: env.intercom.data, front: env.front.data };
    const zendeskUsers = zendesk.users.slice(0, 45).map((user) => user.id);
    const intercomContacts = intercom.contacts.slice(0, 50).map((contact) => contact.id);
    const frontContacts = front.contacts.slice(0, 10).map((contact) => contact.id);
    const probes = [
      ...existing('zendesk', 'ZendeskTicket', zendesk.tickets.slice(0, 40).map((ticket) => ticket.id)),
      ...missing('zendesk', 'ZendeskTicket', [900_000_001, 900_000_002, 900_000_003]),
      ...existing('zendesk', 'ZendeskUser', zendeskUsers),
      ...missing('zendesk', 'ZendeskUser', [900_000_011, 900_000_012, 900_000_013, 900_000_014, 900_000_015]),
      ...existing('zendesk', 'ZendeskOrganization', zendesk.organizations.slice(0, 10).map((organization) => organization.id)),
      ...existing('zendesk', 'ZendeskGroup', zendesk.groups.slice(0, 5).map((group) => group.id)),
      // Zendesk serves comments only inside their ticket: null, and no call.
      ...missing('zendesk', 'ZendeskTicketComment', [1, 2]),
      ...existing('intercom', 'IntercomContact', intercomContacts),
      ...missing('intercom', 'IntercomContact', ['ffffffffffffffffffff0001', 'ffffffffffffffffffff0002', 'ffffffffffffffffffff0003', 'ffffffffffffffffffff0004', 'ffffffffffffffffffff0005']),
      ...existing('intercom', 'IntercomConversation', intercom.conversations.slice(0, 10).map((conversation) => conversation.id)),
      ...existing('intercom', 'IntercomTicket', intercom.tickets.slice(0, 5).map((ticket) => ticket.id)),
      ...existing('intercom', 'IntercomAdmin', intercom.admins.slice(0, 5).map((admin) => admin.id)),
      ...missing('intercom', 'IntercomAdmin', ['999999901', '999999902']),
      ...existing('intercom', 'IntercomTeam', intercom.teams.slice(0, 3).map((team) => team.id)),
      ...existing('intercom', 'IntercomTag', intercom.tags.slice(0, 5).map((tag) => tag.id)),
      ...existing('front', 'FrontContact', frontContacts),
      ...missing('front', 'FrontContact', ['crd_unknown1', 'crd_unknown2']),
      ...existing('front', 'FrontTeammate', front.teammates.slice(0, 5).map((teammate) => teammate.id)),
      ...existing('front', 'FrontInbox', front.inboxes.slice(0, 5).map((inbox) => inbox.id)),
      ...existing('front', 'FrontTag', front.tags.slice(0, 5).map((tag) => tag.id)),
      ...existing('front', 'FrontAccount', front.accounts.slice(0, 3).map((account) => account.id)),
      ...missing('front', 'FrontMessage', ['msg_1', 'msg_2']),
      // Repeats cost nothing: each loader asks for an id once per request.
      ...existing('zendesk', 'ZendeskUser', zendeskUsers.slice(0, 10)),
      ...existing('intercom', 'IntercomContact', intercomContacts.slice(0, 8)),
      ...existing('front', 'FrontContact', frontContacts.slice(0, 5)),
    ];
    expect(probes).toHaveLength(250);
    const ordered = mixed(probes);

    const response = await env.gateway.query<{ nodes: Array<{ __typename: string; id: string } | null> }>(NODES, { ids: ordered.map((entry) => entry.id) });

    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual(ordered.map((entry) => entry.expected));
    // Zendesk: tickets, users, organizations (show_many, 100 ids each) and the group list once.
    expect(requestsMatching(env.zendesk, /show_many/)).toBe(batches(43, 100) + batches(50, 100) + batches(10, 100));
    expect(requestsMatching(env.zendesk, /^\/api\/v2\/groups/)).toBe(1);
    // Intercom: one `id IN` search per searched type (150 ids each), each directory list once.
    expect(requestsMatching(env.intercom, /^\/contacts\/search/)).toBe(batches(55, 150));
    expect(requestsMatching(env.intercom, /^\/(conversations|tickets)\/search/)).toBe(2);
    expect(requestsMatching(env.intercom, /^\/(admins|teams|tags)\/?$/)).toBe(3);
    // Front: no batch endpoint, one GET per distinct contact or account; whole lists once.
    expect(requestsMatching(env.front, /^\/contacts\//)).toBe(12);
    expect(requestsMatching(env.front, /^\/accounts\//)).toBe(3);
    expect(requestsMatching(env.front, /^\/(teammates|inboxes|tags)$/)).toBe(3);
    const expected = { zendesk: 3 + 1, intercom: 1 + 2 + 3, front: 12 + 3 + 3 };
    expect(env.totalRequests()).toBe(expected.zendesk + expected.intercom + expected.front);
    expect(upstreamCallsOf(response)).toMatchObject({ total: env.totalRequests(), byProvider: expected });
  });

  it('answers node(id:) with the record and its own type', async () => {
    const user = env.zendesk.data.users[7];
    if (!user) throw new Error('no user');
    const id = toGlobalId('zendesk', 'ZendeskUser', user.id);
    const response = await env.gateway.query(`query ($id: ID!) { node(id: $id) { __typename id ... on ZendeskUser { nativeId name email } } }`, { id });
    expect(response).toEqual({
      status: 200,
      data: { node: { __typename: 'ZendeskUser', id, nativeId: String(user.id), name: user.name, email: user.email } },
      extensions: { upstreamCalls: { total: 1, byProvider: { zendesk: 1 }, byEndpoint: { 'zendesk GET /api/v2/users/show_many': 1 } } },
    });
  });

  it('answers null without an error for a well-formed id that names nothing', async () => {
    const response = await env.gateway.query(NODE, { id: toGlobalId('front', 'FrontContact', 'crd_does_not_exist') });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null });
    expect(requestsMatching(env.front, /^\/contacts\//)).toBe(1);
  });

  describe('refuses ids it did not mint with BAD_USER_INPUT, before any upstream call', () => {
    const refused = [
      ['garbage', 'not an id!'],
      ['plain base64 of something else', Buffer.from('hello world').toString('base64url')],
      ['an unknown type', toGlobalId('zendesk', 'ZendeskWidget', 1)],
      ['a type under the wrong provider', toGlobalId('front', 'ZendeskUser', 1)],
      ['an empty string', ''],
    ] as const;

    it.each(refused)('node(id:) with %s', async (_label, id) => {
      const response = await env.gateway.query(NODE, { id });
      expect(response.data).toEqual({ node: null });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(env.totalRequests()).toBe(0);
    });

    it.each(refused)('nodes(ids:) with %s among valid ids: the whole field fails, nothing is loaded', async (_label, id) => {
      const valid = toGlobalId('zendesk', 'ZendeskUser', env.zendesk.data.users[0]?.id ?? 1);
      const response = await env.gateway.query(NODES, { ids: [valid, id, valid] });
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(env.totalRequests()).toBe(0);
    });
  });

  describe('priming', () => {
    /** Runs operations through Apollo with one shared context: one request's loaders, as a single HTTP request has. */
    const execute = async (context: GraphContext, query: string, variables: Record<string, unknown> = {}) => {
      const response = await env.gateway.runtime.gateway.apollo.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return response.body.singleResult.data;
    };

    it('serves node(id:) of a record a list returned earlier in the request without a call', async () => {
      const context = env.gateway.runtime.gateway.createContext();
      const lists = (await execute(
        context,
        '{ zendesk { users(first: 5) { nodes { id } } } intercom { contacts(first: 5) { nodes { id } } } front { contacts(first: 5) { nodes { id } } } }',
      )) as Record<'zendesk' | 'intercom' | 'front', Record<'users' | 'contacts', { nodes: Array<{ id: string }> }>>;
      expect(env.totalRequests()).toBe(3);
      const ids = [lists.zendesk.users.nodes[2]?.id, lists.intercom.contacts.nodes[3]?.id, lists.front.contacts.nodes[4]?.id];
      env.clearLogs();
      const data = await execute(context, NODES, { ids });
      expect(data).toEqual({ nodes: ids.map((id, index) => ({ __typename: ['ZendeskUser', 'IntercomContact', 'FrontContact'][index], id })) });
      expect(env.totalRequests()).toBe(0);
      expect(context.upstreamCalls).toHaveLength(3);
    });

    it('serves the embedded assignee of a listed Front conversation as a teammate node without a call', async () => {
      const context = env.gateway.runtime.gateway.createContext();
      const listed = (await execute(context, '{ front { conversations(first: 20) { nodes { assignee { id } } } } }')) as {
        front: { conversations: { nodes: Array<{ assignee: { id: string } | null }> } };
      };
      const assignee = listed.front.conversations.nodes.find((node) => node.assignee !== null)?.assignee;
      if (!assignee) throw new Error('no assigned conversation among the first 20');
      env.clearLogs();
      expect(await execute(context, NODE, { id: assignee.id })).toEqual({ node: { __typename: 'FrontTeammate', id: assignee.id } });
      expect(env.totalRequests()).toBe(0);
    });
  });

  describe('isolation between requests', () => {
    it('gives two concurrent requests their own loaders: the same id is fetched once by each', async () => {
      const id = toGlobalId('zendesk', 'ZendeskOrganization', env.zendesk.data.organizations[3]?.id ?? 0);
      const [first, second] = await Promise.all([env.gateway.query(NODE, { id }), env.gateway.query(NODE, { id })]);
      expect(first.data).toEqual(second.data);
      expect(first.data).toEqual({ node: { __typename: 'ZendeskOrganization', id } });
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/organizations\/show_many/)).toBe(2);
      expect(upstreamCallsOf(first).total).toBe(1);
      expect(upstreamCallsOf(second).total).toBe(1);
    });

    it('does not let a record primed in one request serve another, even while both run', async () => {
      const user = env.zendesk.data.users[1];
      if (!user) throw new Error('no user');
      const id = toGlobalId('zendesk', 'ZendeskUser', user.id);
      const [listing, lookup] = await Promise.all([
        env.gateway.query('{ zendesk { users(first: 5) { nodes { nativeId } } } }'),
        env.gateway.query(NODE, { id }),
      ]);
      expect(upstreamCallsOf(listing).byEndpoint).toEqual({ 'zendesk GET /api/v2/users': 1 });
      expect(upstreamCallsOf(lookup).byEndpoint).toEqual({ 'zendesk GET /api/v2/users/show_many': 1 });
      // And afterwards: a new request starts with empty loaders.
      const later = await env.gateway.query(NODE, { id });
      expect(upstreamCallsOf(later).byEndpoint).toEqual({ 'zendesk GET /api/v2/users/show_many': 1 });
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/users\/show_many/)).toBe(2);
    });
  });
});
