/**
 * Child process: what a user would write instead of the gateway. A minimal Apollo Server 5 whose
 * `zendesk { tickets(first) }` resolver calls the Zendesk (simulator) endpoint with `fetch` and maps
 * the JSON to edges. BENCH_MODE=memory answers the same shape from memory instead (the ceiling: no
 * upstream call at all). Env: ZENDESK_BASE_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN, NODE_ENV.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const typeDefs = /* GraphQL */ `
  type Query { zendesk: Zendesk! }
  type Zendesk { tickets(first: Int = 20): TicketConnection! }
  type TicketConnection { edges: [TicketEdge!]! }
  type TicketEdge { cursor: String!, node: Ticket! }
  type Ticket { id: ID!, nativeId: ID!, subject: String }
`;

interface RawTicket {
  readonly id: number;
  readonly subject: string | null;
}

const globalId = (id: number): string => Buffer.from(`zendesk:ZendeskTicket:${id}`).toString('base64url');
const toEdge = (ticket: RawTicket, cursor: string) => ({ cursor, node: { id: globalId(ticket.id), nativeId: String(ticket.id), subject: ticket.subject } });

function fetchResolver() {
  const base = process.env.ZENDESK_BASE_URL ?? '';
  const authorization = `Basic ${Buffer.from(`${process.env.ZENDESK_EMAIL ?? ''}/token:${process.env.ZENDESK_API_TOKEN ?? ''}`).toString('base64')}`;
  return async (_parent: unknown, args: { first: number }) => {
    const response = await fetch(`${base}/api/v2/tickets.json?page[size]=${Math.min(100, args.first)}`, { headers: { authorization, accept: 'application/json' } });
    if (!response.ok) throw new Error(`Zendesk answered ${response.status}`);
    const body = (await response.json()) as { tickets: RawTicket[]; meta: { after_cursor: string | null } };
    return { edges: body.tickets.map((ticket) => toEdge(ticket, body.meta.after_cursor ?? '')) };
  };
}

function memoryResolver() {
  const tickets: RawTicket[] = Array.from({ length: 100 }, (_, index) => ({ id: index + 1, subject: `Ticket ${index + 1}` }));
  return (_parent: unknown, args: { first: number }) => ({ edges: tickets.slice(0, args.first).map((ticket) => toEdge(ticket, 'c')) });
}

async function main(): Promise<void> {
  const tickets = process.env.BENCH_MODE === 'memory' ? memoryResolver() : fetchResolver();
  const server = new ApolloServer({ typeDefs, resolvers: { Query: { zendesk: () => ({}) }, Zendesk: { tickets } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  process.stdout.write(`BENCH_READY ${JSON.stringify({ url: url.replace(/\/$/, ''), pid: process.pid })}\n`);
  const stop = (): void => void server.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench handwritten server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
