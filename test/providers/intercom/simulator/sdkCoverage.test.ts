import { IntercomClient } from 'intercom-client';
import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { byUpdatedAtDesc } from './intercomHttp';

/**
 * The official SDK (intercom-client v7) against the simulator's endpoints added for issue 25:
 * each test reads a whole list the way the SDK's users would and compares it with the data set.
 */
describe('Intercom simulator coverage endpoints against intercom-client v7', () => {
  let sim: IntercomSimulator;
  let client: IntercomClient;

  beforeAll(async () => {
    // 750 conversations: long threads of 460, 500 and 540 parts.
    sim = await startIntercomSimulator({ sizes: { conversations: 750, contacts: 200, companies: 10, tickets: 1 } });
    client = new IntercomClient({ token: 'sim-intercom-token', baseUrl: sim.url, maxRetries: 0 });
  });
  afterAll(() => sim.close());

  it('finds a conversation with every part (the 500 most recent of a longer one)', async () => {
    const long = sim.data.conversations.filter((candidate) => candidate.statistics.count_conversation_parts >= 460);
    expect(long.map((conversation) => conversation.statistics.count_conversation_parts)).toEqual([460, 500, 540]);
    for (const conversation of long) {
      const found = await client.conversations.find({ conversation_id: conversation.id });
      const ids = (found.conversation_parts?.conversation_parts ?? []).map((part) => String(part.id));
      expect(ids).toEqual(sim.data.conversationParts(conversation.id).slice(-500).map((part) => part.id));
      expect(found.conversation_parts?.total_count).toBe(ids.length);
    }
  });

  it('lists every segment, with counts when asked', async () => {
    const listed = await client.segments.list({ include_count: true });
    expect((listed.segments ?? []).map((segment) => [segment.id, segment.count])).toEqual(sim.data.segments.map((segment) => [segment.id, segment.count]));
    expect(listed.segments?.length).toBeGreaterThan(150);
  });

  it('lists every data attribute of a model, archived ones included when asked', async () => {
    const listed = await client.dataAttributes.list({ model: 'company', include_archived: true });
    const expected = sim.data.dataAttributes.filter((attribute) => attribute.model === 'company');
    expect(expected.some((attribute) => attribute.archived)).toBe(true);
    expect((listed.data ?? []).map((attribute) => attribute.full_name)).toEqual(expected.map((attribute) => attribute.full_name));
  });

  it('lists every note of a contact with the SDK paginator (which stops at the first empty page)', async () => {
    const contact = [...sim.data.contacts].sort((a, b) => sim.data.contactNotes(b.id).length - sim.data.contactNotes(a.id).length)[0];
    const expected = sim.data.contactNotes(contact?.id ?? '').map((note) => note.id);
    expect(expected.length).toBeGreaterThan(100);
    sim.requests.clear();
    const ids: string[] = [];
    for await (const note of await client.notes.list({ contact_id: contact?.id ?? '', per_page: 100 })) ids.push(note.id);
    expect(ids).toEqual(expected);
    expect(sim.requests.entries.filter((entry) => entry.path === `/contacts/${contact?.id}/notes`)).toHaveLength(Math.ceil(expected.length / 100) + 1);
  });

  it('lists every article with the SDK paginator, most recently updated first', async () => {
    sim.requests.clear();
    const ids: string[] = [];
    for await (const article of await client.articles.list({ per_page: 150 })) ids.push(article.id);
    expect(ids).toEqual([...sim.data.articles].sort(byUpdatedAtDesc).map((article) => article.id));
    expect(ids.length).toBeGreaterThan(150);
    // The SDK reads until a page comes back empty: one call past the last page.
    expect(sim.requests.entries.filter((entry) => entry.path === '/articles')).toHaveLength(Math.ceil(ids.length / 150) + 1);
  });
});
