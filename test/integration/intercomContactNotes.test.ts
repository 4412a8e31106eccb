import type { IntercomContact } from '../../src/providers/intercom/simulator';
import { toGlobalId } from '../../src/relay/globalId';
import { startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';
import type { GraphQLResponse } from '../helpers/testGateway';

/**
 * `IntercomContact.notes` over GET /contacts/{id}/notes (page numbers, at most 150 a call). In the
 * default data set every 40th contact has 120 to 320 notes. Calls come from the simulator's log.
 */
describe('Intercom contact notes', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Page = { totalCount: number | null; edges: Array<{ node: { nativeId: string; contactId: string; authorId: string; createdAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const noteCalls = (contact: IntercomContact): string[] => env.intercom.requests.entries.filter((entry) => entry.path === `/contacts/${contact.id}/notes`).map((entry) => entry.query);
  const withMostNotes = (): IntercomContact => {
    const contact = [...env.intercom.data.contacts].sort((a, b) => env.intercom.data.contactNotes(b.id).length - env.intercom.data.contactNotes(a.id).length)[0];
    if (!contact) throw new Error('no contacts');
    return contact;
  };
  const query = `query ($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on IntercomContact {
    notes(first: $first, after: $after) { totalCount edges { node { nativeId contactId authorId createdAt } } pageInfo { hasNextPage endCursor } } } } }`;

  it('lists every note of a contact once with first: 500, in ceil(n / 150) calls', async () => {
    const contact = withMostNotes();
    const notes = env.intercom.data.contactNotes(contact.id);
    expect(notes.length).toBe(320);
    const response = await env.gateway.query<{ node: { notes: Page } }>(query, { id: toGlobalId('intercom', 'IntercomContact', contact.id), first: 500 });
    expect(response.errors).toBeUndefined();
    const page = response.data?.node.notes;
    expect(page?.totalCount).toBe(notes.length);
    expect(page?.pageInfo.hasNextPage).toBe(false);
    expect(page?.edges.map((edge) => edge.node)).toEqual(
      notes.map((note) => ({ nativeId: note.id, contactId: contact.id, authorId: note.author.id, createdAt: new Date(note.created_at * 1000).toISOString() })),
    );
    const calls = noteCalls(contact);
    expect(calls).toHaveLength(Math.ceil(notes.length / 150));
    for (const call of calls) expect(Number(new URLSearchParams(call).get('per_page'))).toBeLessThanOrEqual(150);
  });

  it('pages through the notes with first: 100, every note once, no page read twice', async () => {
    const contact = withMostNotes();
    const expected = env.intercom.data.contactNotes(contact.id).map((note) => note.id);
    const id = toGlobalId('intercom', 'IntercomContact', contact.id);
    const ids: string[] = [];
    let after: string | null = null;
    let requests = 0;
    for (; requests < 20; ) {
      requests += 1;
      const response: GraphQLResponse<{ node: { notes: Page } }> = await env.gateway.query<{ node: { notes: Page } }>(query, { id, first: 100, after });
      expect(response.errors).toBeUndefined();
      const page: Page | undefined = response.data?.node.notes;
      if (!page) throw new Error('no notes');
      ids.push(...page.edges.map((edge) => edge.node.nativeId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected);
    expect(requests).toBe(4);
    // Page numbers at 100 a page: one call per request is the minimum; no call repeats a page.
    const calls = noteCalls(contact);
    expect(calls.length).toBeLessThanOrEqual(requests);
    expect(new Set(calls).size).toBe(calls.length);
  });

  it('reads each listed contact’s notes once; node(id:) of a note is one GET /notes/{id}', async () => {
    const response = await env.gateway.query<{ intercom: { contacts: { nodes: Array<{ nativeId: string; notes: Page }> } } }>(
      '{ intercom { contacts(first: 60) { nodes { nativeId notes(first: 5) { totalCount edges { node { nativeId contactId authorId createdAt } } pageInfo { hasNextPage endCursor } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.intercom.contacts.nodes ?? [];
    expect(nodes).toHaveLength(60);
    for (const node of nodes) {
      const notes = env.intercom.data.contactNotes(node.nativeId);
      expect(node.notes.totalCount).toBe(notes.length);
      expect(node.notes.edges.map((edge) => edge.node.nativeId)).toEqual(notes.slice(0, 5).map((note) => note.id));
    }
    expect(env.totalRequests()).toBe(1 + nodes.length);
    expect(upstreamCallsOf(response)).toMatchObject({ total: 1 + nodes.length });

    env.clearLogs();
    const note = env.intercom.data.contactNotes(withMostNotes().id)[3];
    const looked = await env.gateway.query<{ node: { nativeId: string; body: string } | null }>('query ($id: ID!) { node(id: $id) { ... on IntercomNote { nativeId body } } }', {
      id: toGlobalId('intercom', 'IntercomNote', note?.id ?? ''),
    });
    expect(looked.errors).toBeUndefined();
    expect(looked.data?.node).toEqual({ nativeId: note?.id, body: note?.body });
    expect(env.intercom.requests.entries.map((entry) => entry.path)).toEqual([`/notes/${note?.id}`]);
  });
});
