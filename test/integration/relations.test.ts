import { INTERCOM_SEARCH_IDS_MAX } from '../../src/providers/intercom/api/batchFetch';
import { ZENDESK_SHOW_MANY_MAX } from '../../src/providers/zendesk/api/batchFetch';
import { toGlobalId } from '../../src/relay/globalId';
import { batches, requestsMatching, startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';

/**
 * Relations over 100 parents cost the minimal number of upstream calls: the list, then for each
 * batched relation ceil(distinct ids / the endpoint's maximum), 1 per list read once per request,
 * and one call per distinct id where the provider has no batch endpoint. Counts come from the
 * simulators' own request logs and from the response's `extensions.upstreamCalls`, and must agree.
 */
describe('relations are batched per request', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  const distinct = <T>(values: ReadonlyArray<T | null | undefined>): T[] => [...new Set(values.filter((value): value is T => value != null))];

  describe('Zendesk', () => {
    type User = { nativeId: string; name: string; email: string; organization: { nativeId: string; name: string } | null };
    type Ticket = {
      nativeId: string;
      requester: User | null;
      submitter: User | null;
      assignee: User | null;
      organization: { nativeId: string; name: string } | null;
      group: { nativeId: string; name: string } | null;
    };
    const USER = 'nativeId name email organization { nativeId name }';
    const QUERY = `{ zendesk { tickets(first: 100) { nodes {
      nativeId requester { ${USER} } submitter { ${USER} } assignee { ${USER} }
      organization { nativeId name } group { nativeId name }
    } } } }`;

    it('resolves requester, submitter, assignee, organization, group and user.organization of 100 tickets in minimal calls', async () => {
      const response = await env.gateway.query<{ zendesk: { tickets: { nodes: Ticket[] } } }>(QUERY);
      expect(response.errors).toBeUndefined();
      const data = env.zendesk.data;
      const tickets = [...data.tickets].sort((a, b) => a.id - b.id).slice(0, 100);
      const users = new Map(data.users.map((user) => [user.id, user]));
      const organizations = new Map(data.organizations.map((organization) => [organization.id, organization]));
      const groups = new Map(data.groups.map((group) => [group.id, group]));
      const organizationOf = (id: number | null) => {
        const organization = id === null ? undefined : organizations.get(id);
        return organization ? { nativeId: String(organization.id), name: organization.name } : null;
      };
      const userOf = (id: number | null): User | null => {
        const user = id === null ? undefined : users.get(id);
        return user ? { nativeId: String(user.id), name: user.name, email: user.email, organization: organizationOf(user.organization_id) } : null;
      };
      const groupOf = (id: number | null) => {
        const group = id === null ? undefined : groups.get(id);
        return group ? { nativeId: String(group.id), name: group.name } : null;
      };
      expect(response.data?.zendesk.tickets.nodes).toEqual(
        tickets.map((ticket) => ({
          nativeId: String(ticket.id),
          requester: userOf(ticket.requester_id),
          submitter: userOf(ticket.submitter_id),
          assignee: userOf(ticket.assignee_id),
          organization: organizationOf(ticket.organization_id),
          group: groupOf(ticket.group_id),
        })),
      );

      const userIds = distinct(tickets.flatMap((ticket) => [ticket.requester_id, ticket.submitter_id, ticket.assignee_id]));
      const ticketOrganizations = distinct(tickets.map((ticket) => ticket.organization_id));
      // user.organization can only be asked once the users are back: a second wave, for the
      // organizations the first wave did not already ask for (its pending loads are shared).
      const userOrganizations = distinct(userIds.map((id) => users.get(id)?.organization_id)).filter((id) => !ticketOrganizations.includes(id));
      const groupIds = distinct(tickets.map((ticket) => ticket.group_id));
      expect(userIds.length).toBeGreaterThan(ZENDESK_SHOW_MANY_MAX); // several show_many slices, answered as one wave
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/tickets(\.json)?$/)).toBe(1);
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/users\/show_many/)).toBe(batches(userIds.length, ZENDESK_SHOW_MANY_MAX));
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/organizations\/show_many/)).toBe(
        batches(ticketOrganizations.length, ZENDESK_SHOW_MANY_MAX) + batches(userOrganizations.length, ZENDESK_SHOW_MANY_MAX),
      );
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/groups/)).toBe(groupIds.length > 0 ? 1 : 0);
      const expected =
        1 +
        batches(userIds.length, ZENDESK_SHOW_MANY_MAX) +
        batches(ticketOrganizations.length, ZENDESK_SHOW_MANY_MAX) +
        batches(userOrganizations.length, ZENDESK_SHOW_MANY_MAX) +
        (groupIds.length > 0 ? 1 : 0);
      expect(env.totalRequests()).toBe(expected);
      expect(upstreamCallsOf(response)).toEqual({
        total: expected,
        byProvider: { zendesk: expected },
        byEndpoint: expect.objectContaining({ 'zendesk GET /api/v2/tickets': 1 }) as unknown,
      });
    });

    it('resolves comment authors of a ticket from the comments page\'s sideloaded users, with no users call', async () => {
      const ticket = env.zendesk.data.tickets.find((candidate) => (env.zendesk.data.comments.get(candidate.id)?.length ?? 0) >= 3);
      if (!ticket) throw new Error('the data set has no ticket with three comments');
      const comments = env.zendesk.data.comments.get(ticket.id) ?? [];
      const response = await env.gateway.query<{ node: { comments: { nodes: Array<{ nativeId: string; author: { nativeId: string } | null }> } } }>(
        `query ($id: ID!) { node(id: $id) { ... on ZendeskTicket { comments(first: 100) { nodes { nativeId author { nativeId } } } } } }`,
        { id: toGlobalId('zendesk', 'ZendeskTicket', ticket.id) },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.node.comments.nodes).toEqual(
        comments.map((comment) => ({ nativeId: String(comment.id), author: { nativeId: String(comment.author_id) } })),
      );
      // The ticket (show_many) and its comments, which sideload their authors (`include=users`, issue 25).
      expect(distinct(comments.map((comment) => comment.author_id)).length).toBeGreaterThan(1);
      expect(requestsMatching(env.zendesk, /^\/api\/v2\/users/)).toBe(0);
      expect(env.totalRequests()).toBe(1 + 1);
    });
  });

  describe('Intercom', () => {
    type Conversation = {
      nativeId: string;
      contacts: Array<{ nativeId: string; email: string | null; companies: Array<{ nativeId: string; name: string | null }> }>;
      assignee: { nativeId: string; name: string } | null;
      teammates: Array<{ nativeId: string }>;
    };
    const QUERY = `{ intercom { conversations(first: 100) { nodes {
      nativeId contacts { nativeId email companies { nativeId name } } assignee { nativeId name } teammates { nativeId }
    } } } }`;

    it('resolves contacts, contact companies, assignee and teammates of 100 conversations in minimal calls', async () => {
      const response = await env.gateway.query<{ intercom: { conversations: { nodes: Conversation[] } } }>(QUERY);
      expect(response.errors).toBeUndefined();
      const nodes = response.data?.intercom.conversations.nodes ?? [];
      expect(nodes).toHaveLength(100);
      const data = env.intercom.data;
      const conversations = new Map(data.conversations.map((conversation) => [conversation.id, conversation]));
      const contacts = new Map(data.contacts.map((contact) => [contact.id, contact]));
      const companies = new Map(data.companies.map((company) => [company.id, company]));
      const admins = new Map(data.admins.map((admin) => [admin.id, admin]));
      const listed = nodes.map((node) => {
        const conversation = conversations.get(node.nativeId);
        if (!conversation) throw new Error(`unknown conversation ${node.nativeId}`);
        return conversation;
      });
      expect(nodes).toEqual(
        listed.map((conversation) => ({
          nativeId: conversation.id,
          contacts: conversation.contacts.contacts.flatMap((reference) => {
            const contact = contacts.get(reference.id);
            if (!contact) return [];
            return [
              {
                nativeId: contact.id,
                email: contact.email,
                companies: (data.contactAttachments.get(contact.id)?.companyIds ?? []).flatMap((id) => {
                  const known = companies.get(id);
                  return known ? [{ nativeId: known.id, name: known.name }] : [];
                }),
              },
            ];
          }),
          assignee: conversation.admin_assignee_id === null ? null : { nativeId: String(conversation.admin_assignee_id), name: admins.get(String(conversation.admin_assignee_id))?.name },
          teammates: conversation.teammates.teammates.map((teammate) => ({ nativeId: teammate.id })),
        })),
      );

      const contactIds = distinct(listed.flatMap((conversation) => conversation.contacts.contacts.map((contact) => contact.id)));
      // Intercom embeds at most 10 companies: a contact with more is read from its company list
      // (50 a call, whole companies); the others' companies are fetched one by one.
      const listedContacts = contactIds.flatMap((id) => contacts.get(id) ?? []);
      const wide = listedContacts.filter((contact) => contact.companies.has_more);
      const contactCompanyPages = wide.reduce((sum, contact) => sum + Math.ceil(contact.companies.total_count / 50), 0);
      // A company a wide contact's list returns is not fetched again for a narrow contact.
      const listedByWide = new Set(wide.flatMap((contact) => data.contactAttachments.get(contact.id)?.companyIds ?? []));
      const companyIds = distinct(listedContacts.filter((contact) => !contact.companies.has_more).flatMap((contact) => contact.companies.data.map((company) => company.id))).filter(
        (id) => !listedByWide.has(id),
      );
      const needsAdmins = listed.some((conversation) => conversation.admin_assignee_id !== null || conversation.teammates.teammates.length > 0);
      expect(requestsMatching(env.intercom, /^\/conversations\/?$/)).toBe(1);
      expect(requestsMatching(env.intercom, /^\/contacts\/search/)).toBe(batches(contactIds.length, INTERCOM_SEARCH_IDS_MAX));
      expect(requestsMatching(env.intercom, /^\/admins/)).toBe(needsAdmins ? 1 : 0);
      // No company batch endpoint: one GET per distinct company no list returned, however many contacts share it.
      expect(requestsMatching(env.intercom, /^\/companies\//)).toBe(companyIds.length);
      expect(requestsMatching(env.intercom, /^\/contacts\/[^/]+\/companies$/)).toBe(contactCompanyPages);
      const expected = 1 + batches(contactIds.length, INTERCOM_SEARCH_IDS_MAX) + (needsAdmins ? 1 : 0) + companyIds.length + contactCompanyPages;
      expect(env.totalRequests()).toBe(expected);
      expect(upstreamCallsOf(response)).toMatchObject({ total: expected, byProvider: { intercom: expected } });
    });
  });

  describe('Front', () => {
    type Conversation = {
      nativeId: string;
      assignee: { nativeId: string } | null;
      tags: Array<{ nativeId: string }>;
      recipient: { handle: string; role: string; contact: { nativeId: string; name: string | null } | null } | null;
      inboxes: Array<{ nativeId: string; name: string }>;
    };
    const QUERY = `{ front { conversations(first: 100) { nodes {
      nativeId assignee { nativeId } tags { nativeId }
      recipient { handle role contact { nativeId name } } inboxes { nativeId name }
    } } } }`;

    it('resolves assignee, tags, recipient contact and inboxes of 100 conversations in minimal calls', async () => {
      const response = await env.gateway.query<{ front: { conversations: { nodes: Conversation[] } } }>(QUERY);
      expect(response.errors).toBeUndefined();
      const nodes = response.data?.front.conversations.nodes ?? [];
      expect(nodes).toHaveLength(100);
      const data = env.front.data;
      const conversations = new Map(data.conversations.map((conversation) => [conversation.id, conversation]));
      const contactsByLink = new Map(data.contacts.map((contact) => [contact._links.self, contact]));
      const inboxes = new Map(data.inboxes.map((inbox) => [inbox.id, inbox]));
      const listed = nodes.map((node) => {
        const conversation = conversations.get(node.nativeId);
        if (!conversation) throw new Error(`unknown conversation ${node.nativeId}`);
        return conversation;
      });
      const contactOf = (link: string | null) => {
        const contact = link === null ? undefined : contactsByLink.get(link);
        return contact ? { nativeId: contact.id, name: contact.name } : null;
      };
      expect(nodes).toEqual(
        listed.map((conversation) => ({
          nativeId: conversation.id,
          assignee: conversation.assignee ? { nativeId: conversation.assignee.id } : null,
          tags: conversation.tags.map((tag) => ({ nativeId: tag.id })),
          recipient: conversation.recipient
            ? { handle: conversation.recipient.handle, role: conversation.recipient.role, contact: contactOf(conversation.recipient._links.related.contact) }
            : null,
          inboxes: (data.inboxIdsByConversation.get(conversation.id) ?? []).map((id) => ({ nativeId: id, name: inboxes.get(id)?.name })),
        })),
      );

      const contactLinks = distinct(listed.map((conversation) => conversation.recipient?._links.related.contact));
      expect(requestsMatching(env.front, /^\/conversations\/?$/)).toBe(1);
      // Assignee and tags are embedded in the conversation: no call at all.
      expect(requestsMatching(env.front, /^\/(teammates|tags)/)).toBe(0);
      // No contact batch endpoint: one GET per distinct contact.
      expect(requestsMatching(env.front, /^\/contacts\//)).toBe(contactLinks.length);
      // The conversation carries no inbox ids: one GET per conversation.
      expect(requestsMatching(env.front, /^\/conversations\/[^/]+\/inboxes$/)).toBe(100);
      const expected = 1 + contactLinks.length + 100;
      expect(env.totalRequests()).toBe(expected);
      expect(upstreamCallsOf(response)).toMatchObject({ total: expected, byProvider: { front: expected } });
    });
  });
});
