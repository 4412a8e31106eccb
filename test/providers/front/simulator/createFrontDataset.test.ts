import { createFrontDataset, defaultFrontSizes } from '../../../../src/providers/front/simulator';

const small = { ...defaultFrontSizes, conversations: 200, contacts: 150, accounts: 20 };

describe('createFrontDataset', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(createFrontDataset(5, small)).toEqual(createFrontDataset(5, small));
    expect(createFrontDataset(6, small).conversations.map((c) => c.subject)).not.toEqual(
      createFrontDataset(5, small).conversations.map((c) => c.subject),
    );
  });

  it('builds the requested number of each record with Front-style ids', () => {
    const data = createFrontDataset(3, defaultFrontSizes);
    const expectations = [
      [data.conversations, defaultFrontSizes.conversations, /^cnv_[0-9a-z]+$/],
      [data.contacts, defaultFrontSizes.contacts, /^crd_[0-9a-z]+$/],
      [data.inboxes, defaultFrontSizes.inboxes, /^inb_[0-9a-z]+$/],
      [data.teammates, defaultFrontSizes.teammates, /^tea_[0-9a-z]+$/],
      [data.tags, defaultFrontSizes.tags, /^tag_[0-9a-z]+$/],
      [data.accounts, defaultFrontSizes.accounts, /^acc_[0-9a-z]+$/],
    ] as const;
    for (const [records, count, pattern] of expectations) {
      expect(records).toHaveLength(count);
      expect(new Set(records.map((r) => r.id)).size).toBe(count);
      for (const record of records) expect(record.id).toMatch(pattern);
    }
  });

  it('keeps messages and comments within the per-conversation maxima, with unique ids', () => {
    const data = createFrontDataset(3, small);
    const messageIds = new Set<string>();
    for (const conversation of data.conversations) {
      const messages = data.messagesByConversation.get(conversation.id) ?? [];
      const comments = data.commentsByConversation.get(conversation.id) ?? [];
      expect(messages.length).toBeGreaterThanOrEqual(1);
      expect(messages.length).toBeLessThanOrEqual(small.maxMessagesPerConversation);
      expect(comments.length).toBeLessThanOrEqual(small.maxCommentsPerConversation);
      for (const message of messages) {
        expect(message.id).toMatch(/^msg_/);
        messageIds.add(message.id);
      }
      for (const comment of comments) expect(comment.id).toMatch(/^com_/);
    }
    const total = [...data.messagesByConversation.values()].reduce((sum, list) => sum + list.length, 0);
    expect(messageIds.size).toBe(total);
  });

  it('keeps conversation fields consistent with each other', () => {
    const data = createFrontDataset(3, small);
    for (const conversation of data.conversations) {
      const messages = data.messagesByConversation.get(conversation.id) ?? [];
      const comments = data.commentsByConversation.get(conversation.id) ?? [];
      if (conversation.status === 'assigned') expect(conversation.assignee).not.toBeNull();
      if (conversation.status === 'unassigned') expect(conversation.assignee).toBeNull();
      if (conversation.status === 'archived' || conversation.status === 'deleted') expect(conversation.status_category).toBe('resolved');
      const activity = [conversation.created_at, ...messages.map((m) => m.created_at), ...comments.map((c) => c.posted_at)];
      expect(conversation.updated_at).toBe(Math.max(...activity));
      // Unix seconds with at most 3 decimals, as Front sends them.
      expect(Math.round(conversation.created_at * 1000) / 1000).toBe(conversation.created_at);
    }
    expect(new Set(data.conversations.map((c) => c.status))).toEqual(new Set(['assigned', 'unassigned', 'archived', 'deleted']));
  });

  it('puts _links on the given link base', () => {
    const data = createFrontDataset(3, small, 'https://other.api.frontapp.com');
    expect(data.contacts[0]?._links.self).toMatch(/^https:\/\/other\.api\.frontapp\.com\/contacts\/crd_/);
  });
});
