import {
  buildSchema as buildPlainSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';

import { measureQuery, type QueryMeasure } from '../../src/plugins/measureQuery';
import { toGlobalId } from '../../src/relay/globalId';
import { buildSchema, readTypeDefs } from '../../src/schema';
import { demandControlEstimate } from '../helpers/demandControlEstimate';

const schema = buildPlainSchema(readTypeDefs().join('\n'));
/** The schema /graphql serves (a federation subgraph, with `_entities`), built as the server builds it. */
const served = buildSchema({ defaultPageSize: 20 });

function measureDocument(document: DocumentNode, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema): QueryMeasure {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return measureQuery({ schema: on, operation, fragments, variables, defaultPageSize: 20, maxPageSize: 500 });
}

/** The estimate alone, without the walk's bookkeeping. */
function measure(query: string, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema): Omit<QueryMeasure, 'visitedSelections'> {
  const { depth, cost, nodes } = measureDocument(parse(query), variables, on);
  return { depth, cost, nodes };
}

/** `fragment F0 on Query { ...F1 ...F1 } … fragment F<depth> on Query { <tail> }`: expands to 2^depth tails. */
function doublingChain(depth: number, tail: string): string {
  const fragments = Array.from({ length: depth }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
  return ['query Chain { ...F0 }', ...fragments, `fragment F${depth} on Query { ${tail} }`].join('\n');
}

function selectionsIn(document: DocumentNode): number {
  let count = 0;
  const counted = () => {
    count += 1;
  };
  visit(document, { Field: counted, FragmentSpread: counted, InlineFragment: counted });
  return count;
}

const ids = (count: number) => Array.from({ length: count }, (_, index) => toGlobalId('zendesk', 'ZendeskTicket', index + 1));

describe('measureQuery', () => {
  it('multiplies page sizes down nested connections', () => {
    expect(measure('{ zendesk { tickets(first: 10) { nodes { comments(first: 5) { nodes { nativeId } } } } } }')).toEqual({ depth: 6, cost: 11, nodes: 60 });
  });

  it('counts what is under a plain list once, or its @listSize(assumedSize:) times', () => {
    const lists = buildPlainSchema(`
      directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
      type Page { nodes: [Int!]! }
      type Item { page(first: Int): Page @listSize(slicingArguments: ["first"], sizedFields: ["nodes"]) }
      type Query { plain: [Item!]! assumed: [Item!]! @listSize(assumedSize: 5) }`);
    expect(measure('{ plain { page(first: 3) { nodes } } }', {}, lists)).toEqual({ depth: 3, cost: 1, nodes: 3 });
    expect(measure('{ assumed { page(first: 3) { nodes } } }', {}, lists)).toEqual({ depth: 3, cost: 5, nodes: 15 });
  });

  it('assumes the default page size where neither first nor last is given', () => {
    expect(measure('{ zendesk { tickets { edges { node { comments { totalCount } } } } } }')).toEqual({ depth: 6, cost: 21, nodes: 420 });
  });

  it('reads first/last from variables, then from variable defaults, then falls back to the default page size', () => {
    const query = 'query Q($n: Int, $m: Int = 9) { zendesk { a: tickets(first: $n) { totalCount } b: users(last: $m) { totalCount } } }';
    expect(measure(query, { n: 7 })).toEqual({ depth: 3, cost: 2, nodes: 16 });
    expect(measure(query, { n: 7, m: 3 })).toEqual({ depth: 3, cost: 2, nodes: 10 });
    expect(measure(query, {})).toEqual({ depth: 3, cost: 2, nodes: 29 });
    // Uncoerced input of the wrong type is left to execution to refuse; the estimate uses the default.
    expect(measure(query, { n: 'many' })).toEqual({ depth: 3, cost: 2, nodes: 29 });
  });

  it('follows fragments and inline fragments, adding no depth for them', () => {
    const query = `
      fragment Comments on ZendeskTicket { comments(last: 4) { nodes { nativeId } } }
      { zendesk { tickets(first: 10) { nodes { ...Comments ... on ZendeskTicket { other: comments(first: 2) { totalCount } } } } } }`;
    expect(measure(query)).toEqual({ depth: 6, cost: 21, nodes: 70 });
  });

  it('stops the estimate at the maximum page size (larger counts are refused when the field runs)', () => {
    expect(measure('{ zendesk { tickets(first: 100000) { totalCount } } }')).toEqual({ depth: 3, cost: 1, nodes: 500 });
  });

  it('lets introspection through for free', () => {
    expect(measure(getIntrospectionQuery())).toEqual({ depth: 0, cost: 0, nodes: 0 });
  });

  describe('a doubling chain of fragments (2^40 expansions)', () => {
    const document = parse(doublingChain(40, 'zendesk { tickets(first: 1) { totalCount } }'));

    it('visits each selection of the document once, not each expansion', () => {
      const measured = measureDocument(document);
      // 1 + 2 × 40 spreads and the 3 fields of the last fragment: 84, where walking expansions visits ~5.5 × 10^12.
      expect(measured.visitedSelections).toBe(selectionsIn(document));
      expect(measured.visitedSelections).toBe(84);
    });

    it('still counts what the expansions ask for, exactly, as Apollo Router would', () => {
      expect(measure(doublingChain(40, 'zendesk { tickets(first: 1) { totalCount } }'))).toEqual({ depth: 3, cost: 2 ** 40, nodes: 2 ** 40 });
      // Past 2^53 the figures saturate instead of losing precision or turning into Infinity.
      expect(measure(doublingChain(60, 'zendesk { tickets(first: 1) { totalCount } }'))).toEqual({
        depth: 3,
        cost: Number.MAX_SAFE_INTEGER,
        nodes: Number.MAX_SAFE_INTEGER,
      });
    });
  });

  it('measures a fragment once, whatever page sizes it is spread under', () => {
    const document = parse(`
      fragment Page on ZendeskTicketConnection { nodes { comments(first: 2) { totalCount } } edges { node { requester { name } } } }
      { zendesk { a: tickets(first: 10) { ...Page } b: tickets(first: 3) { ...Page } c: tickets { ... on ZendeskTicketConnection { ...Page } } } }`);
    const measured = measureDocument(document);
    // Three pages (10, 3 and 20 tickets), each with one comments page per ticket.
    expect(measured).toMatchObject({ depth: 6, cost: 3 + 10 + 3 + 20, nodes: 33 + 2 * 33 });
    // The fragment's 7 selections once, the operation's 8 once.
    expect(measured.visitedSelections).toBe(15);
  });

  describe('lookups by id', () => {
    const COMMENTS = 'query Q($ids: [ID!]!) { nodes(ids: $ids) { ... on ZendeskTicket { comments(first: 500) { nodes { id } } } } }';

    it('counts each id of nodes(ids:) as a lookup and multiplies what is under it by the number of ids', () => {
      // 300 lookups and 300 comment pages of 500: as `tickets(first: 300) { nodes { comments(first: 500) } }`, plus the lookups.
      expect(measure(COMMENTS, { ids: ids(300) })).toEqual({ depth: 4, cost: 600, nodes: 300 + 300 * 500 });
      const listed = measure('{ zendesk { tickets(first: 300) { nodes { comments(first: 500) { nodes { id } } } } } }');
      expect(listed).toEqual({ depth: 6, cost: 301, nodes: 300 + 300 * 500 });
    });

    it('reads literal lists, single values (coerced to a list of one) and variable defaults; assumes the largest page when the ids are not sent', () => {
      const [a, b, c] = ids(3);
      expect(measure(`{ nodes(ids: ["${a}", "${b}", "${c}"]) { id } }`)).toEqual({ depth: 2, cost: 3, nodes: 3 });
      expect(measure(`{ nodes(ids: "${a}") { id } }`)).toEqual({ depth: 2, cost: 1, nodes: 1 });
      expect(measure('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: a })).toEqual({ depth: 2, cost: 1, nodes: 1 });
      expect(measure(`query Q($ids: [ID!]! = ["${a}", "${b}"]) { nodes(ids: $ids) { id } }`)).toEqual({ depth: 2, cost: 2, nodes: 2 });
      expect(measure('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }')).toEqual({ depth: 2, cost: 500, nodes: 500 });
    });

    it('counts node(id:) as one lookup', () => {
      expect(measure(`{ node(id: "${ids(1)[0]}") { ... on ZendeskTicket { comments(first: 7) { totalCount } } } }`)).toEqual({ depth: 3, cost: 2, nodes: 8 });
    });

    it('counts federation _entities(representations:) like nodes(ids:)', () => {
      const representations = ids(300).map((id) => ({ __typename: 'ZendeskTicket', id }));
      const query = 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on ZendeskTicket { comments(first: 500) { totalCount } } } }';
      expect(measure(query, { r: representations }, served)).toEqual({ depth: 3, cost: 600, nodes: 300 + 300 * 500 });
    });
  });

  describe('agrees with Apollo Router demand control over the published @cost/@listSize', () => {
    const [first, second, third] = ids(3);
    // The router cannot size `nodes(ids:)`/`_entities` by their argument: its `list_size` stands for the id count.
    const cases: ReadonlyArray<{ name: string; query: string; variables?: Record<string, unknown>; listSize?: number }> = [
      { name: 'nested connections', query: '{ zendesk { tickets(first: 10) { nodes { comments(first: 5) { nodes { nativeId author { name organization { name } } } } } } } }' },
      { name: 'default page sizes, edges and page info', query: '{ zendesk { tickets { edges { cursor node { comments { totalCount pageInfo { hasNextPage } } } } pageInfo { endCursor } } } }' },
      {
        name: 'variables, an input-object argument and a fragment on the connection',
        query: `query Q($n: Int, $order: ZendeskTicketOrder) { zendesk { a: tickets(first: $n, orderBy: $order) { ...T } b: tickets(first: 2, orderBy: { field: UPDATED_AT, direction: DESC }) { ...T } } }
          fragment T on ZendeskTicketConnection { edges { node { comments(last: 3) { nodes { id } } } } nodes { requester { name } group { name } } }`,
        variables: { n: 7, order: { field: 'CREATED_AT', direction: 'ASC' } },
      },
      {
        name: 'Intercom search with nested filter groups, relation lists',
        query: `{ intercom {
          searchConversations(first: 15, filter: { and: [{ field: STATE, operator: EQ, value: "open" }, { or: [{ field: PRIORITY, operator: EQ, value: "urgent" }, { field: ADMIN_ASSIGNEE_ID, operator: EQ, intValue: 42 }] }] }, sort: { field: UPDATED_AT, direction: DESC }) {
            nodes { id contacts { name companies { name } } teammates { name } source { subject } }
          }
          admins { name } teams { name } tags { name }
          companies(last: 4) { edges { node { name } } }
        } }`,
      },
      {
        name: 'Front conversations with messages, comments and embedded lists',
        query: '{ front { conversations(first: 4) { nodes { messages(first: 3) { nodes { author { email } } } comments { totalCount } inboxes { name } tags { name } recipient { contact { handles { handle } } } } } inboxes { nodes { name } } } }',
      },
      {
        name: 'fields left out by literal @skip/@include',
        query: '{ zendesk { a: tickets(first: 10) @skip(if: true) { totalCount } b: tickets(first: 10) @include(if: false) { totalCount } c: tickets(first: 2) @include(if: true) { nodes { comments(first: 3) @skip(if: false) { totalCount } } } } }',
      },
      { name: 'every provider at once', query: '{ ok zendesk { users(first: 50) { nodes { name } } } intercom { contacts { totalCount } } front { accounts(first: 9) { nodes { name } } } }' },
      {
        name: 'nodes(ids:), a list the router sizes with list_size',
        query: `{ nodes(ids: ["${first}", "${second}", "${third}"]) { id ... on ZendeskTicket { comments(first: 2) { nodes { id } } } ... on FrontConversation { messages { totalCount } } } }`,
        listSize: 3,
      },
      {
        // IntercomConversation.contacts publishes @listSize(assumedSize: 1): the router's own list_size does not apply to it.
        name: 'a plain list with an assumed size, under a router whose list_size differs',
        query: '{ intercom { conversations(first: 10) { nodes { contacts { notes(first: 5) { nodes { body } } } } } } }',
        listSize: 7,
      },
      { name: 'node(id:)', query: `{ node(id: "${first}") { ... on ZendeskTicket { comments(first: 3) { totalCount } requester { name } } } }` },
      {
        name: '_entities, as a federation gateway sends it',
        query: 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on ZendeskTicket { subject comments(first: 4) { nodes { id } } } } }',
        variables: { r: ids(6).map((id) => ({ __typename: 'ZendeskTicket', id })) },
        listSize: 6,
      },
    ];

    it.each(cases)('$name', ({ query, variables = {}, listSize = 1 }) => {
      const document = parse(query);
      const measured = measureDocument(document, variables, served);
      expect(measured.cost).toBeGreaterThan(0);
      expect(demandControlEstimate({ schema: served, document, variables, listSize })).toBe(measured.cost);
    });
  });
});
