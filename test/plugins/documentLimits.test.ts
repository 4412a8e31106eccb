import { getIntrospectionQuery, Lexer, parse } from 'graphql';

import { loadConfig } from '../../src/config';
import { EXAMPLE_QUERIES } from '../../src/graphiql/exampleQueries';
import { checkRequest, checkSource, documentTooComplex, MAX_NESTING } from '../../src/plugins/documentLimits';

const DEFAULTS = loadConfig({}).documentLimits;
const limits = (overrides: Partial<typeof DEFAULTS>) => ({ ...DEFAULTS, ...overrides });

describe('checkSource', () => {
  it('lets the introspection query GraphiQL sends, and every GraphiQL example, through the default limits', () => {
    const introspection = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true });
    for (const query of [introspection, ...EXAMPLE_QUERIES.map((example) => example.query)]) expect(checkSource(query, DEFAULTS)).toBeNull();
  });

  it('counts tokens as the parser does (comments are not tokens) and refuses one over MAX_QUERY_TOKENS', () => {
    // `{`, 8 × `ok`, `}`: 10 tokens.
    const query = '# a comment is not a token\n{ ok ok ok ok ok ok ok ok }';
    expect(checkSource(query, limits({ maxTokens: 10 }))).toBeNull();
    expect(checkSource(query, limits({ maxTokens: 9 }))).toEqual({ problem: 'the document has more than 9 tokens', details: { maxTokens: 9 } });
    expect(() => parse(query, { maxTokens: 10 })).not.toThrow();
    expect(() => parse(query, { maxTokens: 9 })).toThrow(/Document contains more that 9 tokens/);
  });

  it('stops lexing a large document at the limit', () => {
    const advance = jest.spyOn(Lexer.prototype, 'advance');
    try {
      const huge = `{ ${'ok '.repeat(300_000)}}`;
      expect(checkSource(huge, limits({ maxTokens: 1_000, maxLength: 1_048_576 }))).toMatchObject({ details: { maxTokens: 1_000 } });
      expect(advance).toHaveBeenCalledTimes(1_001);
    } finally {
      advance.mockRestore();
    }
  });

  it(`refuses brackets nested more than ${MAX_NESTING} deep, before the parser recurses into them`, () => {
    const nested = (depth: number) => `{ ${'... on Query { '.repeat(depth - 1)}ok${' }'.repeat(depth - 1)} }`;
    expect(checkSource(nested(MAX_NESTING), DEFAULTS)).toBeNull();
    expect(checkSource(nested(MAX_NESTING + 1), DEFAULTS)).toEqual({ problem: `the document nests brackets more than ${MAX_NESTING} deep`, details: { maxNesting: MAX_NESTING } });
    // List values nest too, two tokens a level.
    expect(checkSource(`{ nodes(ids: ${'['.repeat(600)}"x"${']'.repeat(600)}) { id } }`, DEFAULTS)).toMatchObject({ details: { maxNesting: MAX_NESTING } });
  });

  it('refuses a text longer than MAX_QUERY_LENGTH characters without lexing it', () => {
    const advance = jest.spyOn(Lexer.prototype, 'advance');
    try {
      expect(checkSource(`{ ok }${' '.repeat(100)}`, limits({ maxLength: 100 }))).toEqual({
        problem: 'the document has 106 characters, over the limit of 100',
        details: { length: 106, maxLength: 100 },
      });
      expect(advance).not.toHaveBeenCalled();
    } finally {
      advance.mockRestore();
    }
  });

  it('leaves syntax errors to the parser, which reports where they are', () => {
    expect(checkSource('{ ok "unterminated }', DEFAULTS)).toBeNull();
    expect(checkSource('{ ok } }', DEFAULTS)).toBeNull();
  });
});

describe('aliases', () => {
  it('refuses more than MAX_QUERY_ALIASES, counting each written alias once', () => {
    const three = 'fragment F on Query { c: ok } { a: ok b: ok ...F ...F }';
    expect(checkSource(three, limits({ maxAliases: 3 }))).toBeNull();
    expect(checkSource(three, limits({ maxAliases: 2 }))).toEqual({ problem: 'the document has more than 2 aliases', details: { maxAliases: 2 } });
  });

  it('tells aliases from arguments, object fields, variable definitions and directive arguments', () => {
    const query = `query Q($n: Int = 3, $order: ZendeskTicketOrder = { field: ID, direction: ASC }) {
      zendesk { t: tickets(first: $n, orderBy: $order) @include(if: true) { nodes { id } } }
      intercom { searchTickets(filter: { and: [{ field: STATE, operator: EQ, value: "open" }] }) { totalCount } }
    }`;
    expect(() => parse(query)).not.toThrow();
    expect(checkSource(query, limits({ maxAliases: 1 }))).toBeNull();
    expect(checkSource(query, limits({ maxAliases: 0 }))).toMatchObject({ details: { maxAliases: 0 } });
  });
});

describe('checkRequest', () => {
  const tooLong = `{ ok }${' '.repeat(50)}`;
  const small = limits({ maxLength: 50 });

  it('checks the query of a JSON body, of each operation of a batch, and of the URL', () => {
    const none = new URLSearchParams();
    expect(checkRequest({ query: '{ ok }' }, none, small)).toBeNull();
    expect(checkRequest({ query: tooLong }, none, small)).toMatchObject({ details: { maxLength: 50 } });
    expect(checkRequest([{ query: '{ ok }' }, { query: tooLong }], none, small)).toMatchObject({ details: { maxLength: 50 } });
    expect(checkRequest(undefined, new URLSearchParams({ query: tooLong }), small)).toMatchObject({ details: { maxLength: 50 } });
    // Nothing to check: a persisted-query hash, or a body Apollo refuses itself.
    expect(checkRequest({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, none, small)).toBeNull();
    expect(checkRequest('{ ok }', none, small)).toBeNull();
  });

  it('answers with QUERY_TOO_COMPLEX and the limit that was exceeded', () => {
    expect(documentTooComplex({ problem: 'the document has more than 9 tokens', details: { maxTokens: 9 } })).toEqual({
      message: 'Query too complex: the document has more than 9 tokens. Send a smaller document.',
      extensions: { code: 'QUERY_TOO_COMPLEX', maxTokens: 9 },
    });
  });
});
