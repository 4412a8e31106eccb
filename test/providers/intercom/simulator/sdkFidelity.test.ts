import { IntercomClient } from 'intercom-client';
import { startIntercomSimulator, type IntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { byUpdatedAtDesc } from './intercomHttp';

/**
 * The official SDK (intercom-client v7) walks every record with its own paginators, against the
 * default-sized data set: if the simulator's responses lacked a field the SDK pages on, the
 * traversal would stop early or loop.
 */
describe('Intercom simulator against intercom-client v7', () => {
  let sim: IntercomSimulator;
  let client: IntercomClient;

  beforeAll(async () => {
    sim = await startIntercomSimulator();
    client = new IntercomClient({ token: 'sim-intercom-token', baseUrl: sim.url, maxRetries: 0 });
  });
  afterAll(() => sim.close());

  it('lists every contact with the SDK paginator, in the documented order', async () => {
    const ids: string[] = [];
    for await (const contact of await client.contacts.list({ per_page: 150 })) ids.push(contact.id);
    expect(ids).toHaveLength(sim.data.contacts.length);
    expect(ids).toEqual([...sim.data.contacts].sort(byUpdatedAtDesc).map((contact) => contact.id));
    expect(sim.requests.entries.filter((entry) => entry.path === '/contacts')).toHaveLength(Math.ceil(5000 / 150));
  });

  it('lists every conversation with the SDK paginator at the default page size', async () => {
    const ids: string[] = [];
    for await (const conversation of await client.conversations.list()) ids.push(conversation.id);
    expect(new Set(ids).size).toBe(sim.data.conversations.length);
    expect(ids).toEqual([...sim.data.conversations].sort(byUpdatedAtDesc).map((conversation) => conversation.id));
  });

  it('searches conversations through the SDK and pages the whole result', async () => {
    const since = sim.data.generatedAt - 120 * 86400;
    const pager = await client.conversations.search({
      query: {
        operator: 'AND',
        value: [
          { field: 'created_at', operator: '>', value: String(since) },
          { field: 'state', operator: 'IN', value: ['open', 'snoozed'] },
        ],
      },
      pagination: { per_page: 25 },
    });
    const ids: string[] = [];
    for await (const conversation of pager) ids.push(conversation.id);
    // searchConversations reads `>` as "greater (or equal)" on the exact timestamp.
    const expected = sim.data.conversations
      .filter((c) => c.created_at >= since && (c.state === 'open' || c.state === 'snoozed'))
      .sort(byUpdatedAtDesc)
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(25);
    expect(ids).toEqual(expected);
  });

  it('searches contacts through the SDK', async () => {
    const pager = await client.contacts.search({
      query: { operator: 'OR', value: [{ field: 'role', operator: '=', value: 'lead' }, { field: 'email', operator: '$', value: '@corp.example' }] },
      pagination: { per_page: 150 },
    });
    const ids = new Set<string>();
    for await (const contact of pager) ids.add(contact.id);
    const expected = sim.data.contacts.filter((c) => c.role === 'lead' || c.email.endsWith('@corp.example'));
    expect([...ids].sort()).toEqual(expected.map((c) => c.id).sort());
  });

  it('walks companies with the SDK page-number paginator, which stops on an empty page', async () => {
    const ids: string[] = [];
    for await (const company of await client.companies.list({ per_page: 50 })) ids.push(company.id);
    const withUsers = sim.data.companies.filter((company) => company.user_count > 0);
    expect(withUsers.length).toBeLessThan(sim.data.companies.length);
    expect([...ids].sort()).toEqual(withUsers.map((company) => company.id).sort());
  });

  it('reads admins, teams and tags through the SDK', async () => {
    const admins = await client.admins.list();
    expect(admins.admins?.map((admin) => admin?.id)).toEqual(sim.data.admins.map((admin) => admin.id));
    const teams = await client.teams.list();
    expect(teams.teams?.map((team) => team.id)).toEqual(sim.data.teams.map((team) => team.id));
    const tags = await client.tags.list();
    expect(tags.data?.map((tag) => tag.id)).toEqual(sim.data.tags.map((tag) => tag.id));
  });

  it('finds one contact and one conversation by id through the SDK', async () => {
    const contact = sim.data.contacts[17];
    const conversation = sim.data.conversations[42];
    if (!contact || !conversation) throw new Error('data set too small');
    expect((await client.contacts.find({ contact_id: contact.id })).email).toBe(contact.email);
    expect((await client.conversations.find({ conversation_id: conversation.id })).id).toBe(conversation.id);
  });
});
