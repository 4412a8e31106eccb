import { toGlobalId } from '../../src/relay/globalId';
import { startFrontSimulator, type FrontSimulator } from '../../src/providers/front/simulator';
import { startIntercomSimulator, type IntercomSimulator } from '../../src/providers/intercom/simulator';
import { DEFAULT_ZENDESK_SIZES, startZendeskSimulator, type ZendeskSimulator } from '../../src/providers/zendesk/simulator';
import { frontEnv, type GraphQLResponse, intercomEnv, startTestGateway, type TestGateway, zendeskEnv } from '../helpers/testGateway';

/** Types whose lookup by id puts the native id into an upstream path (`/contacts/{id}`, `/companies/{id}`), and one that does not. */
const LOOKUPS = [
  ['front', 'FrontConversation'],
  ['front', 'FrontContact'],
  ['front', 'FrontAccount'],
  ['intercom', 'IntercomCompany'],
  ['zendesk', 'ZendeskTicket'],
] as const;
const DOT_SEGMENTS = ['.', '..'];

/**
 * Client input that the gateway puts into an upstream path as a segment (a native id, Front's
 * search query, a Help Center locale) must never be `.` or `..`: encodeURIComponent leaves them
 * as they are, and the provider's server resolves them, so `/contacts/..` is `/` and
 * `/api/v2/help_center/../articles.json` is `/api/v2/articles.json`. Text with a lone surrogate
 * (JSON allows `"\ud800"`) has no URL form: encodeURIComponent threw, an INTERNAL_SERVER_ERROR.
 * All refused as input, with no call.
 */
describe('client input that would be a dot segment of an upstream path', () => {
  let zendesk: ZendeskSimulator;
  let intercom: IntercomSimulator;
  let front: FrontSimulator;
  let gateway: TestGateway;

  beforeAll(async () => {
    zendesk = await startZendeskSimulator({ sizes: { ...DEFAULT_ZENDESK_SIZES, tickets: 20, users: 20, articles: 10 } });
    intercom = await startIntercomSimulator({ sizes: { conversations: 10, contacts: 10, companies: 5, admins: 2, teams: 1, tags: 2, tickets: 5 } });
    front = await startFrontSimulator({ sizes: { conversations: 10, contacts: 10, inboxes: 2, teammates: 2, tags: 2, accounts: 3, maxMessagesPerConversation: 1, maxCommentsPerConversation: 1 } });
    gateway = await startTestGateway({ ...zendeskEnv(zendesk), ...intercomEnv(intercom), ...frontEnv(front) });
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all([zendesk.close(), intercom.close(), front.close()]);
  });
  beforeEach(() => {
    for (const simulator of [zendesk, intercom, front]) simulator.requests.clear();
  });

  const upstreamPaths = (): string[] => [zendesk, intercom, front].flatMap((simulator) => simulator.requests.entries.map((entry) => entry.path));
  const codes = (response: GraphQLResponse): unknown[] => (response.errors ?? []).map((error) => error.extensions?.code);

  it.each(LOOKUPS.flatMap(([provider, type]) => DOT_SEGMENTS.map((nativeId) => [provider, type, nativeId] as const)))(
    'node(id:) of %s %s with native id %j: BAD_USER_INPUT, no upstream call',
    async (provider, type, nativeId) => {
      const response = await gateway.query('query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId(provider, type, nativeId) });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.data).toEqual({ node: null });
      expect(upstreamPaths()).toEqual([]);
    },
  );

  it('nodes(ids:) fails the whole field for one dot-segment id, before loading the others', async () => {
    const ids = [toGlobalId('front', 'FrontContact', 'crd_1'), toGlobalId('front', 'FrontContact', '..')];
    const response = await gateway.query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(upstreamPaths()).toEqual([]);
  });

  it('a federation reference with a dot-segment native id fails its entity with BAD_USER_INPUT, no upstream call', async () => {
    const response = await gateway.query('query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', {
      representations: [
        { __typename: 'FrontContact', id: toGlobalId('front', 'FrontContact', '..') },
        { __typename: 'IntercomCompany', id: toGlobalId('intercom', 'IntercomCompany', '.') },
      ],
    });
    expect(response.data).toEqual({ _entities: [null, null] });
    expect(codes(response)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(upstreamPaths()).toEqual([]);
  });

  it.each(['.', '..', ' .. ', '\ud800'])('front searchConversations(query: %j): BAD_USER_INPUT, no upstream call', async (query) => {
    const response = await gateway.query('query ($q: String!) { front { searchConversations(query: $q, first: 1) { edges { node { id } } } } }', { q: query });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(upstreamPaths()).toEqual([]);
  });

  it.each(['.', '..', '', 'en\udc00'])('zendesk articles(locale: %j): BAD_USER_INPUT, no upstream call', async (locale) => {
    const response = await gateway.query('query ($l: String) { zendesk { articles(locale: $l, first: 1) { edges { node { id } } } } }', { l: locale });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(upstreamPaths()).toEqual([]);
  });

  it('still sends ids and queries that merely contain dots, as one encoded segment', async () => {
    const search = await gateway.query('query ($q: String!) { front { searchConversations(query: $q, first: 1) { edges { node { id } } } } }', { q: '../x' });
    const contact = await gateway.query('query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('front', 'FrontContact', '...') });
    const articles = await gateway.query('query ($l: String) { zendesk { articles(locale: $l, first: 1) { edges { node { id } } } } }', { l: 'en-us' });
    for (const response of [search, contact, articles]) expect(codes(response)).toEqual([]);
    expect(upstreamPaths().sort()).toEqual(['/api/v2/help_center/en-us/articles.json', '/contacts/...', '/conversations/search/..%2Fx']);
  });
});
