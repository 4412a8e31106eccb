import { createIntercomDataset } from '../../../../src/providers/intercom/simulator';

const sizes = { conversations: 2000, contacts: 5000, companies: 300, admins: 15, teams: 5, tags: 40, tickets: 500 };

describe('createIntercomDataset', () => {
  const data = createIntercomDataset(2, sizes);

  it('is deterministic for a seed and differs across seeds', () => {
    const { conversationParts, contactNotes, noteById: _noteById, ...again } = createIntercomDataset(2, sizes);
    const { conversationParts: partsOf, contactNotes: notesOf, noteById: _sameLookup, ...records } = data;
    expect(again).toEqual(records);
    const contactIds = data.contacts.slice(0, 60).map((contact) => contact.id);
    expect([...contactIds].reverse().map((id) => contactNotes(id)).reverse()).toEqual(contactIds.map((id) => notesOf(id)));
    // Parts are built on first read: the same whatever the order conversations are read in.
    const ids = data.conversations.slice(0, 50).map((conversation) => conversation.id);
    const forward = ids.map((id) => partsOf(id));
    expect([...ids].reverse().map((id) => conversationParts(id)).reverse()).toEqual(forward);
    expect(createIntercomDataset(3, sizes).contacts[0]?.id).not.toBe(data.contacts[0]?.id);
  });

  it("gives each conversation its statistics' count of parts, oldest first, some long threads past 500, some none", () => {
    const counts = data.conversations.map((conversation) => {
      const parts = data.conversationParts(conversation.id);
      expect(parts).toHaveLength(conversation.statistics.count_conversation_parts);
      const times = parts.map((part) => part.created_at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const teammates = new Set(conversation.teammates.teammates.map((teammate) => teammate.id));
      for (const part of parts) if (part.author.type === 'admin') expect(teammates.has(part.author.id)).toBe(true);
      return parts.length;
    });
    expect(counts.filter((count) => count > 500).length).toBeGreaterThan(0);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThan(0);
    expect(counts.filter((count) => count > 150 && count <= 500).length).toBeGreaterThan(0);
    const partIds = data.conversations.flatMap((conversation) => data.conversationParts(conversation.id).map((part) => part.id));
    expect(new Set(partIds).size).toBe(partIds.length);
  });

  it('builds the requested sizes with unique string ids', () => {
    for (const [kind, size] of Object.entries(sizes)) {
      const records = data[kind as keyof typeof sizes];
      expect(records).toHaveLength(size);
      expect(new Set(records.map((record) => record.id)).size).toBe(size);
      for (const record of records) expect(typeof record.id).toBe('string');
    }
  });

  it('references only records that exist', () => {
    const contacts = new Set(data.contacts.map((c) => c.id));
    const admins = new Set(data.admins.map((a) => Number(a.id)));
    const teams = new Set(data.teams.map((t) => Number(t.id)));
    const companies = new Set(data.companies.map((c) => c.id));
    const tags = new Set(data.tags.map((t) => t.id));
    for (const c of data.conversations) {
      for (const ref of c.contacts.contacts) expect(contacts.has(ref.id)).toBe(true);
      if (c.admin_assignee_id !== null) expect(admins.has(c.admin_assignee_id)).toBe(true);
      if (c.team_assignee_id !== null) expect(teams.has(c.team_assignee_id)).toBe(true);
      for (const tag of c.tags.tags) expect(tags.has(tag.id)).toBe(true);
      expect(c.updated_at).toBeGreaterThanOrEqual(c.created_at);
    }
    for (const attachments of data.contactAttachments.values()) {
      for (const id of attachments.companyIds) expect(companies.has(id)).toBe(true);
      for (const id of attachments.tagIds) expect(tags.has(id)).toBe(true);
    }
    for (const t of data.tickets) for (const ref of t.contacts.contacts) expect(contacts.has(ref.id)).toBe(true);
    const attached = [...data.contactAttachments.values()].flatMap((attachments) => attachments.companyIds);
    for (const company of data.companies) expect(company.user_count).toBe(attached.filter((id) => id === company.id).length);
  });

  it('embeds at most 10 companies and tags per contact, with has_more and the whole count', () => {
    expect(data.contactAttachments.size).toBe(data.contacts.length);
    for (const contact of data.contacts) {
      const attachments = data.contactAttachments.get(contact.id);
      if (!attachments) throw new Error(`no attachments for ${contact.id}`);
      for (const [embedded, all] of [
        [contact.companies, attachments.companyIds],
        [contact.tags, attachments.tagIds],
      ] as const) {
        expect(embedded.data.map((ref) => ref.id)).toEqual(all.slice(0, 10));
        expect(embedded.total_count).toBe(all.length);
        expect(embedded.has_more).toBe(all.length > 10);
      }
      expect(contact.companies.url).toBe(`/contacts/${contact.id}/companies`);
      expect(contact.tags.url).toBe(`/contacts/${contact.id}/tags`);
    }
    // Some contacts have more than 10 of each, some more than one page (50) of companies.
    expect(data.contacts.filter((contact) => contact.companies.has_more).length).toBeGreaterThan(10);
    expect(data.contacts.filter((contact) => contact.tags.has_more).length).toBeGreaterThan(10);
    expect(data.contacts.some((contact) => contact.companies.total_count > 50)).toBe(true);
  });

  it('has ties on updated_at so the id tie-break matters', () => {
    const stamps = data.conversations.map((c) => c.updated_at);
    expect(new Set(stamps).size).toBeLessThan(stamps.length);
  });
});
