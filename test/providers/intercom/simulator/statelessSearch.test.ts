import { startIntercomSimulator } from '../../../../src/providers/intercom/simulator';
import { callIntercom, idsOf, pagesOf } from './intercomHttp';

const sizes = { conversations: 200, contacts: 200, companies: 10, admins: 3, teams: 1, tags: 4, tickets: 5 };
const everything = { field: 'id', operator: '!=', value: 'none' };

/**
 * "The starting_after context is stateless": a record updated between two page requests can be
 * listed twice. The simulator reproduces this rather than preventing it.
 */
describe('stateless search cursors', () => {
  it('lists a conversation on two pages when touch() moves it behind the cursor', async () => {
    const sim = await startIntercomSimulator({ sizes });
    try {
      const first = await callIntercom(sim, 'POST', '/conversations/search', { body: { query: everything, pagination: { per_page: 20 } } });
      const firstIds = idsOf(first.body.conversations);
      const moved = firstIds[0] ?? '';
      // Sorted by updated_at descending: making it the oldest pushes it past the cursor.
      sim.touch('conversation', moved, { updated_at: 1 });
      const next = pagesOf(first).next?.starting_after;
      const seen = [...firstIds];
      for (let cursor = next; cursor; ) {
        const page = await callIntercom(sim, 'POST', '/conversations/search', {
          body: { query: everything, pagination: { per_page: 20, starting_after: cursor } },
        });
        seen.push(...idsOf(page.body.conversations));
        cursor = pagesOf(page).next?.starting_after;
      }
      expect(seen.filter((id) => id === moved)).toHaveLength(2);
      expect(seen).toHaveLength(201);
      expect(sim.mutations).toEqual([{ kind: 'conversation', id: moved, updatedAt: 1 }]);
    } finally {
      await sim.close();
    }
  });

  it('mutateEveryNRequests updates records mid-traversal so an ascending walk sees duplicates', async () => {
    const sim = await startIntercomSimulator({ sizes, mutateEveryNRequests: 2 });
    try {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await callIntercom(sim, 'POST', '/contacts/search', {
          body: { query: { field: 'role', operator: 'IN', value: ['user', 'lead'] }, sort: { field: 'updated_at', order: 'ascending' }, pagination: { per_page: 10, starting_after: cursor } },
        });
        seen.push(...idsOf(page.body.data));
        cursor = pagesOf(page).next?.starting_after;
      } while (cursor);
      expect(sim.mutations.length).toBeGreaterThan(5);
      // Updated "now", a contact already seen reappears at the end of the ascending walk.
      expect(seen.length).toBeGreaterThan(new Set(seen).size);
      for (const mutation of sim.mutations) expect(mutation.kind).toBe('contact');
    } finally {
      await sim.close();
    }
  });
});
