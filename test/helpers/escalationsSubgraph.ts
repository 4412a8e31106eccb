import { createHash } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A second, tiny Federation 2 subgraph for the federation test: it knows helpdesk records only by
 * their global id (the entity key of the helpdesk graph) and adds an `escalation` to Zendesk
 * tickets and Intercom conversations, computed from the id alone. `escalatedTickets` returns bare
 * ticket references, so the gateway must fetch every other ticket field from the helpdesk graph
 * with one `_entities` call.
 */
export const ESCALATIONS_TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Escalation {
    level: Int!
    reason: String!
  }

  type ZendeskTicket @key(fields: "id") {
    id: ID!
    escalation: Escalation!
  }

  type IntercomConversation @key(fields: "id") {
    id: ID!
    escalation: Escalation!
  }

  type Query {
    "Tickets someone escalated, as references: every field but id and escalation comes from the helpdesk graph."
    escalatedTickets: [ZendeskTicket!]!
  }
`);

export interface Escalation {
  readonly level: number;
  readonly reason: string;
}

const REASONS = ['vip customer', 'sla breach', 'legal'] as const;

/** Deterministic from the id, so the test can compute what the gateway must answer. */
export function escalationOf(id: string): Escalation {
  const digest = createHash('sha256').update(id).digest();
  const byte = digest[0] ?? 0;
  return { level: (byte % 3) + 1, reason: REASONS[byte % REASONS.length] ?? 'legal' };
}

interface Reference {
  readonly id: string;
}

export interface RunningSubgraph {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startEscalationsSubgraph(escalatedTicketIds: ReadonlyArray<string>): Promise<RunningSubgraph> {
  const withEscalation = { escalation: (reference: Reference): Escalation => escalationOf(reference.id) };
  const schema = buildSubgraphSchema({
    typeDefs: ESCALATIONS_TYPE_DEFS,
    resolvers: {
      Query: { escalatedTickets: (): Reference[] => escalatedTicketIds.map((id) => ({ id })) },
      ZendeskTicket: withEscalation,
      IntercomConversation: withEscalation,
    },
  });
  // Inline tracing (on by default for subgraphs) only feeds Apollo Studio, and logs on every start.
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
