import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom } from './intercomHttp';

/** retrieveConversation returns the conversation with its parts, at most the 500 most recent; lists and searches carry none. */
describe('Intercom conversation parts (GET /conversations/{id})', () => {
  let sim: IntercomSimulator;

  beforeAll(async () => {
    // 1,000 conversations: four long threads (460, 500, 540, 620 parts) and ten without parts.
    sim = await startIntercomSimulator({ sizes: { conversations: 1000, contacts: 50, companies: 5, admins: 4, teams: 2, tags: 5, tickets: 1 } });
  });
  afterAll(() => sim.close());

  type PartList = { type: string; conversation_parts: Array<{ type: string; id: string; created_at: number }>; total_count: number };
  const partsOf = async (id: string): Promise<PartList> => {
    const result = await callIntercom(sim, 'GET', `/conversations/${id}`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ type: 'conversation', id });
    return result.body.conversation_parts as PartList;
  };

  it('returns every part of a conversation with at most 500, oldest first, in a conversation_part.list', async () => {
    const conversation = sim.data.conversations.find((candidate) => candidate.statistics.count_conversation_parts > 40 && candidate.statistics.count_conversation_parts <= 500);
    if (!conversation) throw new Error('no long thread under the cap');
    const list = await partsOf(conversation.id);
    const all = sim.data.conversationParts(conversation.id);
    expect(list.type).toBe('conversation_part.list');
    expect(list.conversation_parts.map((part) => part.id)).toEqual(all.map((part) => part.id));
    expect(list.total_count).toBe(all.length);
    for (const part of list.conversation_parts) {
      expect(part.type).toBe('conversation_part');
      expect(typeof part.id).toBe('string');
    }
  });

  it('returns only the 500 most recent parts of a longer conversation', async () => {
    const conversation = sim.data.conversations.find((candidate) => candidate.statistics.count_conversation_parts > 500);
    if (!conversation) throw new Error('no thread past the cap');
    const all = sim.data.conversationParts(conversation.id);
    const list = await partsOf(conversation.id);
    expect(list.conversation_parts.map((part) => part.id)).toEqual(all.slice(-500).map((part) => part.id));
    expect(list.total_count).toBe(500);
  });

  it('returns an empty part list for a conversation nobody answered', async () => {
    const conversation = sim.data.conversations.find((candidate) => candidate.statistics.count_conversation_parts === 0);
    if (!conversation) throw new Error('no unanswered conversation');
    expect(await partsOf(conversation.id)).toEqual({ type: 'conversation_part.list', conversation_parts: [], total_count: 0 });
  });

  it('leaves parts out of the list and search responses, and answers an unknown id with not_found', async () => {
    const list = await callIntercom(sim, 'GET', '/conversations?per_page=150');
    const searched = await callIntercom(sim, 'POST', '/conversations/search', { body: { query: { field: 'open', operator: '=', value: true } } });
    for (const conversation of [...(list.body.conversations as object[]), ...(searched.body.conversations as object[])]) expect(conversation).not.toHaveProperty('conversation_parts');
    const missing = await callIntercom(sim, 'GET', '/conversations/999999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'error.list', errors: [{ code: 'not_found' }] });
  });
});
