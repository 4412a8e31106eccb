import { createZendeskProvider } from '../../../../src/providers/zendesk/api/zendeskProvider';
import { recordingHttp } from '../../intercom/api/recordingHttp';

const AT = '2024-01-01T00:00:00Z';
const user = (id: number) => ({ id, name: `User ${id}`, email: `u${id}@example.com`, role: 'agent', created_at: AT, updated_at: AT });
const comment = (id: number, authorId: number | null) => ({ id, author_id: authorId, body: `c${id}`, html_body: null, public: true, created_at: AT });
const meta = { has_more: false, after_cursor: null, before_cursor: null };
const firstPage = { token: null, direction: 'forward', size: 100 } as const;

describe('Zendesk ticket comments sideload their authors', () => {
  it('asks for include=users and hands each comment its sideloaded author', async () => {
    const http = recordingHttp(() => ({ comments: [comment(1, 10), comment(2, 11), comment(3, 10)], users: [user(10), user(11)], meta }));
    const page = await createZendeskProvider(http).ticketComments.fetchPage({ ticketId: '5' }, firstPage);
    expect(http.requests.map((request) => [request.path, request.query?.include])).toEqual([['/api/v2/tickets/5/comments.json', 'users']]);
    expect(page.nodes.map((node) => [node.authorId, node.sideloadedAuthor?.nativeId, node.sideloadedAuthor?.name])).toEqual([
      ['10', '10', 'User 10'],
      ['11', '11', 'User 11'],
      ['10', '10', 'User 10'],
    ]);
    expect(page.nodes[0]?.sideloadedAuthor).toEqual({
      nativeId: '10',
      name: 'User 10',
      email: 'u10@example.com',
      role: 'agent',
      organizationId: null,
      active: true,
      createdAt: AT,
      updatedAt: AT,
    });
  });

  it('leaves the author to the users loader when the page did not sideload a complete record of them', async () => {
    // A partial user (no role, no times), an author missing from the sideload, a comment without
    // an author, and a page without any `users` array: none may be served as a sideloaded author.
    const partial = { id: 10, name: 'Partial' };
    const http = recordingHttp(() => ({ comments: [comment(1, 10), comment(2, 12), comment(3, null)], users: [partial, user(11)], meta }));
    const page = await createZendeskProvider(http).ticketComments.fetchPage({ ticketId: '5' }, firstPage);
    expect(page.nodes.map((node) => [node.authorId, node.sideloadedAuthor])).toEqual([
      ['10', null],
      ['12', null],
      [null, null],
    ]);
    const bare = recordingHttp(() => ({ comments: [comment(1, 10)], meta }));
    const bareNodes = (await createZendeskProvider(bare).ticketComments.fetchPage({ ticketId: '5' }, firstPage)).nodes;
    expect(bareNodes.map((node) => node.sideloadedAuthor)).toEqual([null]);
  });
});
