import { requestsMatching, startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';

/**
 * Comment authors of 100 tickets (issue 25). Each ticket's comments arrive in their own page, on
 * their own tick, so a per-tick DataLoader batch asked `users/show_many` about once per ticket (98
 * calls for the simulator's first 100 tickets). The comments pages now ask Zendesk to sideload
 * their authors (`include=users`), and those users are primed into the request's users loader:
 * `author` costs no call. Counts come from the simulator's request log.
 */
describe('Zendesk comment authors over 100 tickets', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Comment = { nativeId: string; author: { nativeId: string; name: string } | null };
  type Ticket = { nativeId: string; comments: { nodes: Comment[] } };
  const QUERY = '{ zendesk { tickets(first: 100) { nodes { nativeId comments(first: 100) { nodes { nativeId author { nativeId name } } } } } } }';

  it('reads every author from the comment pages: one tickets page, one comments page per ticket, no users call', async () => {
    const response = await env.gateway.query<{ zendesk: { tickets: { nodes: Ticket[] } } }>(QUERY);
    expect(response.errors).toBeUndefined();
    const data = env.zendesk.data;
    const users = new Map(data.users.map((user) => [user.id, user]));
    const tickets = [...data.tickets].sort((a, b) => a.id - b.id).slice(0, 100);
    expect(tickets).toHaveLength(100);
    const expected = tickets.map((ticket) => ({
      nativeId: String(ticket.id),
      comments: {
        nodes: (data.comments.get(ticket.id) ?? []).map((comment) => {
          const author = users.get(comment.author_id);
          return { nativeId: String(comment.id), author: author ? { nativeId: String(author.id), name: author.name } : null };
        }),
      },
    }));
    expect(response.data?.zendesk.tickets.nodes).toEqual(expected);
    // The test means something only if authors repeat across tickets and some tickets have comments.
    const authors = new Set(tickets.flatMap((ticket) => (data.comments.get(ticket.id) ?? []).map((comment) => comment.author_id)));
    expect(authors.size).toBeGreaterThan(1);

    const commentPages = requestsMatching(env.zendesk, /^\/api\/v2\/tickets\/\d+\/comments/);
    expect(requestsMatching(env.zendesk, /^\/api\/v2\/tickets(\.json)?$/)).toBe(1);
    expect(commentPages).toBe(100);
    const commentRequests = env.zendesk.requests.entries.filter((entry) => /\/comments/.test(entry.path));
    expect(commentRequests.every((entry) => new URLSearchParams(entry.query).get('include') === 'users')).toBe(true);
    expect(requestsMatching(env.zendesk, /^\/api\/v2\/users/)).toBe(0);
    expect(env.totalRequests()).toBe(1 + commentPages);
    expect(upstreamCallsOf(response).total).toBe(1 + commentPages);
  });
});
