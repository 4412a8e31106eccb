import { createZendeskDataset, DEFAULT_ZENDESK_SIZES, type ZendeskDataset } from '../../../../src/providers/zendesk/simulator';

describe('createZendeskDataset', () => {
  const data: ZendeskDataset = createZendeskDataset(1, DEFAULT_ZENDESK_SIZES);

  it('builds the requested sizes', () => {
    expect(data.tickets).toHaveLength(12345);
    expect(data.users).toHaveLength(3000);
    expect(data.organizations).toHaveLength(200);
    expect(data.groups).toHaveLength(20);
    expect(data.articles).toHaveLength(12000);
    expect(data.comments.size).toBe(12345);
  });

  it('is deterministic from the seed', () => {
    const sizes = { ...DEFAULT_ZENDESK_SIZES, tickets: 500, articles: 100 };
    expect(createZendeskDataset(7, sizes)).toEqual(createZendeskDataset(7, sizes));
    expect(createZendeskDataset(8, sizes).tickets).not.toEqual(createZendeskDataset(7, sizes).tickets);
  });

  it('keeps ids positive and unique per type', () => {
    const comments = [...data.comments.values()].flat();
    for (const records of [data.tickets, data.users, data.organizations, data.groups, data.articles, comments]) {
      const ids = records.map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => Number.isSafeInteger(id) && id > 0)).toBe(true);
    }
  });

  it('points submitters and assignees at agents, requesters at any user', () => {
    const roles = new Map(data.users.map((user) => [user.id, user.role]));
    const isStaff = (id: number | null): boolean => id !== null && roles.get(id) !== undefined && roles.get(id) !== 'end-user';
    expect(data.tickets.every((ticket) => isStaff(ticket.submitter_id))).toBe(true);
    expect(data.tickets.every((ticket) => ticket.assignee_id === null || isStaff(ticket.assignee_id))).toBe(true);
    expect(data.tickets.every((ticket) => roles.has(ticket.requester_id))).toBe(true);
    expect(data.tickets.some((ticket) => ticket.assignee_id === null)).toBe(true);
  });

  it('writes Zendesk timestamps and lets updated_at values collide', () => {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
    expect(data.tickets.every((ticket) => iso.test(ticket.created_at) && iso.test(ticket.updated_at))).toBe(true);
    expect(new Set(data.tickets.map((ticket) => ticket.updated_at)).size).toBeLessThan(data.tickets.length);
  });

  it('keeps each ticket\'s comments in created_at order, the first one being the description', () => {
    for (const ticket of data.tickets.slice(0, 500)) {
      const comments = data.comments.get(ticket.id) ?? [];
      expect(comments[0]?.body).toBe(ticket.description);
      const times = comments.map((comment) => comment.created_at);
      expect(times).toEqual([...times].sort());
    }
  });

  it('builds urls on the base URL it is given', () => {
    const small = createZendeskDataset(1, { ...DEFAULT_ZENDESK_SIZES, tickets: 3, articles: 1 }, 'http://sim.test');
    expect(small.tickets[0]?.url).toBe(`http://sim.test/api/v2/tickets/${small.tickets[0]?.id}.json`);
  });
});
