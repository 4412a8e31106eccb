import type { IntercomContact } from '../../src/providers/intercom/simulator';
import { toGlobalId } from '../../src/relay/globalId';
import { requestsMatching, startRelationsGateway, upstreamCallsOf, type RelationsGateway } from '../helpers/relationsGateway';

/**
 * Intercom embeds at most 10 companies and 10 tags in a contact (`has_more` says there are more).
 * The gateway reads a contact's own lists only for contacts whose embedded list says `has_more`,
 * once per contact, and serves every company and tag. Counts come from the simulator's request log.
 * The default data set makes every 50th contact "wide" (11 to 70 companies, 11 to 23 tags).
 */
describe('Intercom contacts: complete embedded lists', () => {
  let env: RelationsGateway;

  beforeAll(async () => {
    env = await startRelationsGateway();
  });
  afterAll(() => env.stop());
  beforeEach(() => env.clearLogs());

  type Node = { nativeId: string; companyIds?: string[]; tagIds?: string[]; companies?: Array<{ nativeId: string; name: string | null }> };

  const contactOf = (id: string): IntercomContact => {
    const contact = env.intercom.data.contacts.find((candidate) => candidate.id === id);
    if (!contact) throw new Error(`unknown contact ${id}`);
    return contact;
  };
  const attachmentsOf = (id: string) => {
    const attachments = env.intercom.data.contactAttachments.get(id);
    if (!attachments) throw new Error(`no attachments for contact ${id}`);
    return attachments;
  };
  const companyPages = (count: number): number => Math.max(1, Math.ceil(count / 50));
  const sublistPaths = (kind: 'companies' | 'tags'): string[] =>
    env.intercom.requests.entries.filter((entry) => entry.path.endsWith(`/${kind}`) && entry.path.startsWith('/contacts/')).map((entry) => `${entry.path}${entry.query}`);

  it('serves every company and tag of 150 contacts, reading the sub-lists only where has_more says so', async () => {
    const response = await env.gateway.query<{ intercom: { contacts: { nodes: Node[] } } }>(
      '{ intercom { contacts(first: 150) { nodes { nativeId companyIds tagIds companies { nativeId name } } } } }',
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data?.intercom.contacts.nodes ?? [];
    expect(nodes).toHaveLength(150);
    const listed = nodes.map((node) => contactOf(node.nativeId));
    const wideCompanies = listed.filter((contact) => contact.companies.has_more);
    const wideTags = listed.filter((contact) => contact.tags.has_more);
    // The data set puts contacts with 12, 52 and 42 companies in this page: one of them spans two pages.
    expect(wideCompanies.length).toBeGreaterThan(0);
    expect(wideCompanies.some((contact) => contact.companies.total_count > 50)).toBe(true);
    expect(wideTags.length).toBeGreaterThan(0);

    const companies = new Map(env.intercom.data.companies.map((company) => [company.id, company]));
    expect(nodes).toEqual(
      listed.map((contact) => {
        const { companyIds, tagIds } = attachmentsOf(contact.id);
        return {
          nativeId: contact.id,
          companyIds: [...companyIds],
          tagIds: [...tagIds],
          companies: companyIds.map((id) => ({ nativeId: id, name: companies.get(id)?.name })),
        };
      }),
    );
    for (const contact of wideCompanies) expect(attachmentsOf(contact.id).companyIds.length).toBeGreaterThan(10);

    // Sub-lists: one read per page of each wide contact, page 2 on asked for by number, each page once.
    const expectedCompanyPages = wideCompanies.flatMap((contact) =>
      Array.from({ length: companyPages(contact.companies.total_count) }, (_, index) => `/contacts/${contact.id}/companies${index === 0 ? '' : `?page=${index + 1}`}`),
    );
    expect(sublistPaths('companies').sort()).toEqual(expectedCompanyPages.sort());
    expect(sublistPaths('tags').sort()).toEqual(wideTags.map((contact) => `/contacts/${contact.id}/tags`).sort());

    // Companies of wide contacts arrive whole from their list; the others are fetched one by one, each
    // once, and a company of both a wide and a narrow contact only from the list.
    const listedByWide = new Set(wideCompanies.flatMap((contact) => attachmentsOf(contact.id).companyIds));
    const companiesOfNarrow = listed.filter((contact) => !contact.companies.has_more).flatMap((contact) => contact.companies.data.map((company) => company.id));
    expect(companiesOfNarrow.some((id) => listedByWide.has(id))).toBe(true);
    const narrowCompanyIds = new Set(companiesOfNarrow.filter((id) => !listedByWide.has(id)));
    const companyGets = env.intercom.requests.entries.filter((entry) => entry.path.startsWith('/companies/')).map((entry) => entry.path);
    expect(companyGets.sort()).toEqual([...narrowCompanyIds].map((id) => `/companies/${id}`).sort());

    const expected = 1 + expectedCompanyPages.length + wideTags.length + narrowCompanyIds.size;
    expect(requestsMatching(env.intercom, /^\/contacts\/?$/)).toBe(1);
    expect(env.totalRequests()).toBe(expected);
    expect(upstreamCallsOf(response)).toMatchObject({ total: expected });
  });

  it('costs no extra call for contacts with at most 10 companies and 10 tags', async () => {
    const response = await env.gateway.query<{ intercom: { contacts: { nodes: Node[] } } }>('{ intercom { contacts(first: 100) { nodes { nativeId companyIds tagIds } } } }');
    expect(response.errors).toBeUndefined();
    const listed = (response.data?.intercom.contacts.nodes ?? []).map((node) => contactOf(node.nativeId));
    expect(listed).toHaveLength(100);
    const wideCompanies = listed.filter((contact) => contact.companies.has_more);
    const wideTags = listed.filter((contact) => contact.tags.has_more);
    expect(sublistPaths('companies')).toHaveLength(wideCompanies.reduce((sum, contact) => sum + companyPages(contact.companies.total_count), 0));
    expect(sublistPaths('tags')).toHaveLength(wideTags.length);
    // Contacts with at most 10 of each: their ids are the embedded ones, no call at all.
    expect(env.totalRequests()).toBe(1 + sublistPaths('companies').length + wideTags.length);
  });

  it('never calls a sub-list for a contact whose embedded lists are complete', async () => {
    const narrow = env.intercom.data.contacts.filter((contact) => !contact.companies.has_more && !contact.tags.has_more && contact.companies.total_count > 0).slice(0, 3);
    expect(narrow).toHaveLength(3);
    const response = await env.gateway.query<{ nodes: Array<Node | null> }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on IntercomContact { nativeId companyIds tagIds companies { nativeId name } } } }`,
      { ids: narrow.map((contact) => toGlobalId('intercom', 'IntercomContact', contact.id)) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes.map((node) => node?.companyIds)).toEqual(narrow.map((contact) => contact.companies.data.map((company) => company.id)));
    expect(sublistPaths('companies')).toEqual([]);
    expect(sublistPaths('tags')).toEqual([]);
  });
});
