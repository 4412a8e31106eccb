import { buildSchema as buildPlainSchema, type DirectiveNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, type StringValueNode } from 'graphql';

import { measureQuery } from '../../src/plugins/measureQuery';
import { createNodeTable } from '../../src/registry/nodeTable';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';
import { toGlobalId } from '../../src/relay/globalId';
import { buildSchema } from '../../src/schema';
import { demandControlEstimate } from '../helpers/demandControlEstimate';
import { escalationOf, type RunningSubgraph, startEscalationsSubgraph } from '../helpers/escalationsSubgraph';
import { type FederationGateway, startFederationGateway } from '../helpers/federationGateway';
import { startRelationsGateway, type RelationsGateway } from '../helpers/relationsGateway';

const NODE_SOURCES = Object.fromEntries(createNodeTable(PROVIDER_MODULES));

/** `@apollo/gateway` phones home unless told not to (set before any gateway is built). */
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on ZendeskTicket { id subject }
    ... on IntercomConversation { id state }
    ... on ZendeskTicketComment { id }
  }
}`;

const TICKET_SHOW_MANY = '/api/v2/tickets/show_many.json';

/** `@key` directives of one type in printed subgraph SDL, definitions and extensions alike. */
function keysOf(sdl: string, typename: string): ReadonlyArray<DirectiveNode> {
  return parse(sdl).definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === typename
      ? (definition.directives ?? []).filter((directive) => directive.name.value === 'key')
      : [],
  );
}

function argumentOf(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  if (value === undefined) return undefined;
  return value.kind === Kind.STRING ? (value as StringValueNode).value : value.kind === Kind.BOOLEAN ? String(value.value) : undefined;
}

describe('Apollo Federation: the helpdesk graph as a subgraph behind @apollo/gateway', () => {
  let env: RelationsGateway;
  let escalations: RunningSubgraph;
  let gateway: FederationGateway;
  /** 50 tickets spread over the dataset (not one native page), as the escalations subgraph lists them. */
  let escalated: ReadonlyArray<{ readonly id: number; readonly subject: string; readonly status: string }>;

  beforeAll(async () => {
    env = await startRelationsGateway();
    escalated = env.zendesk.data.tickets.filter((_ticket, index) => index % 97 === 0).slice(0, 50);
    expect(escalated).toHaveLength(50);
    escalations = await startEscalationsSubgraph(escalated.map((ticket) => toGlobalId('zendesk', 'ZendeskTicket', ticket.id)));
    gateway = await startFederationGateway([
      { name: 'helpdesk', url: `${env.gateway.runtime.url}/graphql` },
      { name: 'escalations', url: escalations.url },
    ]);
  });
  afterAll(async () => {
    await gateway?.stop();
    await escalations?.stop();
    await env?.stop();
  });
  beforeEach(() => env.clearLogs());

  it('serves its subgraph SDL on /graphql: every Node type is an entity keyed by id, resolvable iff fetchable by id', async () => {
    const response = await env.gateway.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    const sdl = response.data?._service.sdl ?? '';
    for (const [typename, source] of Object.entries(NODE_SOURCES)) {
      const keys = keysOf(sdl, typename);
      expect({ typename, keys: keys.map((key) => [argumentOf(key, 'fields'), argumentOf(key, 'resolvable')]) }).toEqual({
        typename,
        keys: [['id', source.loader === null ? 'false' : undefined]],
      });
    }
    expect(env.totalRequests()).toBe(0);
  });

  it('publishes its cost model through composition: over the supergraph, a router estimates what the gateway measures', () => {
    const supergraph = gateway.supergraphSdl;
    expect(supergraph).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    const routerSchema = buildPlainSchema(supergraph);
    const served = buildSchema({ defaultPageSize: 20 });
    const queries = [
      '{ zendesk { tickets(first: 10, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { comments(first: 5) { nodes { author { name } } } } } } }',
      '{ intercom { searchContacts(first: 30, filter: { or: [{ field: ROLE, operator: EQ, value: "user" }, { field: EMAIL, operator: EQ, value: "a@b.c" }] }) { edges { node { companies { name } } } } } }',
      '{ front { conversations { nodes { messages(first: 3) { totalCount } comments { nodes { body } } } } } }',
    ];
    for (const query of queries) {
      const document = parse(query);
      const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
      if (!operation) throw new Error('no operation');
      const fragments: Record<string, FragmentDefinitionNode> = {};
      const measured = measureQuery({ schema: served, operation, fragments, variables: {}, defaultPageSize: 20, maxPageSize: 500 });
      expect({ query, cost: demandControlEstimate({ schema: routerSchema, document, listSize: 1 }) }).toEqual({ query, cost: measured.cost });
    }
  });

  it('answers a query that crosses both subgraphs in both directions', async () => {
    const direct = await env.gateway.query<{
      zendesk: { tickets: { nodes: Array<{ id: string; subject: string }> } };
      intercom: { conversations: { nodes: Array<{ id: string; state: string }> } };
    }>('{ zendesk { tickets(first: 5) { nodes { id subject } } } intercom { conversations(first: 3) { nodes { id state } } } }');
    expect(direct.errors).toBeUndefined();
    const data = direct.data;
    if (!data) throw new Error('no data');
    env.clearLogs();

    const federated = await gateway.query(`{
      zendesk { tickets(first: 5) { nodes { id subject escalation { level reason } } } }
      intercom { conversations(first: 3) { nodes { id state escalation { level reason } } } }
    }`);

    expect(federated.errors).toBeUndefined();
    expect(federated.data).toEqual({
      zendesk: { tickets: { nodes: data.zendesk.tickets.nodes.map((node) => ({ ...node, escalation: escalationOf(node.id) })) } },
      intercom: { conversations: { nodes: data.intercom.conversations.nodes.map((node) => ({ ...node, escalation: escalationOf(node.id) })) } },
    });
    // The helpdesk subgraph is asked once: one list call per provider, nothing else.
    expect(env.zendesk.requests.entries.map((entry) => entry.path)).toEqual(['/api/v2/tickets.json']);
    expect(env.intercom.requests.entries.map((entry) => entry.path)).toEqual(['/conversations']);
  });

  it('resolves 50 ticket references from the other subgraph with exactly one tickets/show_many call', async () => {
    const response = await gateway.query<{ escalatedTickets: unknown[] }>('{ escalatedTickets { id nativeId subject status escalation { level } } }');

    expect(response.errors).toBeUndefined();
    expect(response.data?.escalatedTickets).toEqual(
      escalated.map((ticket) => {
        const id = toGlobalId('zendesk', 'ZendeskTicket', ticket.id);
        return { id, nativeId: String(ticket.id), subject: ticket.subject, status: ticket.status, escalation: { level: escalationOf(id).level } };
      }),
    );
    const calls = env.zendesk.requests.entries;
    expect(calls.map((entry) => entry.path)).toEqual([TICKET_SHOW_MANY]);
    expect(new URLSearchParams(calls[0]?.query).get('ids')?.split(',').sort()).toEqual(escalated.map((ticket) => String(ticket.id)).sort());
    expect(env.totalRequests()).toBe(1);
  });

  it('batches a direct _entities call per type (100 tickets per show_many) and answers unknown references with null', async () => {
    const tickets = env.zendesk.data.tickets.slice(0, 250).map((ticket) => ({ __typename: 'ZendeskTicket', id: toGlobalId('zendesk', 'ZendeskTicket', ticket.id) }));
    const conversations = env.intercom.data.conversations.slice(0, 20).map((conversation) => ({ __typename: 'IntercomConversation', id: toGlobalId('intercom', 'IntercomConversation', conversation.id) }));
    const unknown = [
      // A ticket id that names nothing, an id of another type, and a type this graph cannot fetch by id.
      { __typename: 'ZendeskTicket', id: toGlobalId('zendesk', 'ZendeskTicket', 900_000_001) },
      { __typename: 'ZendeskTicket', id: toGlobalId('zendesk', 'ZendeskUser', env.zendesk.data.users[0]?.id ?? 1) },
      { __typename: 'ZendeskTicketComment', id: toGlobalId('zendesk', 'ZendeskTicketComment', 1) },
    ];
    const representations = [...tickets.slice(0, 125), ...unknown, ...conversations, ...tickets.slice(125)];

    const response = await env.gateway.query<{ _entities: Array<{ __typename: string; id: string } | null> }>(ENTITIES, { representations });

    expect(response.errors).toBeUndefined();
    const answered = response.data?._entities ?? [];
    expect(answered.map((entity) => entity && { __typename: entity.__typename, id: entity.id })).toEqual(
      representations.map((representation) => (unknown.includes(representation) ? null : representation)),
    );
    // One show_many per 100 tickets (251 ids: the 250 and the unknown one; the user id is refused by type, unloaded), one search.
    expect(env.zendesk.requests.entries.map((entry) => entry.path)).toEqual([TICKET_SHOW_MANY, TICKET_SHOW_MANY, TICKET_SHOW_MANY]);
    expect(env.intercom.requests.entries.map((entry) => entry.path)).toEqual(['/conversations/search']);
    expect(env.front.requests.entries).toHaveLength(0);
  });

  it('fails only the entity whose id is not a global id, with BAD_USER_INPUT', async () => {
    const ticket = env.zendesk.data.tickets[3];
    if (!ticket) throw new Error('no ticket');
    const id = toGlobalId('zendesk', 'ZendeskTicket', ticket.id);
    const response = await env.gateway.query<{ _entities: unknown[] }>(ENTITIES, {
      representations: [{ __typename: 'ZendeskTicket', id: 'not an id!' }, { __typename: 'ZendeskTicket', id }],
    });
    expect(response.data?._entities).toEqual([null, { __typename: 'ZendeskTicket', id, subject: ticket.subject }]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['_entities', 0], 'BAD_USER_INPUT']]);
  });
});
