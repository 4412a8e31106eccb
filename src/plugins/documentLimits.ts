import type { GraphQLFormattedError } from 'graphql';
import { Lexer, Source, type Token, TokenKind } from 'graphql';

import { ErrorCode } from '../errorCodes';

/** Config: MAX_QUERY_LENGTH, MAX_QUERY_TOKENS, MAX_QUERY_ALIASES. */
export interface DocumentLimits {
  /** Characters of the query text. */
  readonly maxLength: number;
  /** Lexical tokens, counted as graphql-js's `parse(..., { maxTokens })` counts them (comments excluded). */
  readonly maxTokens: number;
  /** Aliases written in the document (fragments are not expanded). */
  readonly maxAliases: number;
}

/**
 * Brackets (`{`, `[`, `(`) open at once. graphql-js parses and validates recursively and runs out of
 * stack near 4,000 levels (a RangeError, answered as a parse error or a 500); 500 is the recursion
 * limit Apollo Router's parser applies by default. Real queries stay far below it: GraphiQL's
 * introspection query nests 10 deep.
 */
export const MAX_NESTING = 500;

/** The first limit a document is over, with the figures a client needs to see what to cut. */
export interface DocumentLimitExceeded {
  readonly problem: string;
  readonly details: Readonly<Record<string, number>>;
}

/**
 * Checks a query text before anything parses it, in one lexical pass that stops at the first limit:
 * a refused document costs at most `maxTokens` tokens of lexing, whatever its size. Run on every
 * request, ahead of Apollo: Apollo turns an error thrown by a plugin before `didResolveOperation`
 * into a 500, and its own `maxTokens` parse option into GRAPHQL_PARSE_FAILED. A 150-character
 * query costs ~2 µs here (the 2 KB introspection query ~15 µs), against ~600 µs of gateway CPU per
 * request in the throughput benchmark.
 */
export function checkSource(source: string, limits: DocumentLimits): DocumentLimitExceeded | null {
  if (source.length > limits.maxLength) {
    return {
      problem: `the document has ${source.length} characters, over the limit of ${limits.maxLength}`,
      details: { length: source.length, maxLength: limits.maxLength },
    };
  }
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let aliases = 0;
  let braces = 0;
  let parentheses = 0;
  let nesting = 0;
  let previous: TokenKind = TokenKind.SOF;
  for (let token = advance(lexer); token !== null && token.kind !== TokenKind.EOF; token = advance(lexer)) {
    tokens += 1;
    if (tokens > limits.maxTokens) return { problem: `the document has more than ${limits.maxTokens} tokens`, details: { maxTokens: limits.maxTokens } };
    switch (token.kind) {
      case TokenKind.BRACE_L:
      case TokenKind.BRACKET_L:
      case TokenKind.PAREN_L:
        nesting += 1;
        if (token.kind === TokenKind.BRACE_L) braces += 1;
        if (token.kind === TokenKind.PAREN_L) parentheses += 1;
        if (nesting > MAX_NESTING) return { problem: `the document nests brackets more than ${MAX_NESTING} deep`, details: { maxNesting: MAX_NESTING } };
        break;
      case TokenKind.BRACE_R:
      case TokenKind.BRACKET_R:
      case TokenKind.PAREN_R:
        nesting -= 1;
        if (token.kind === TokenKind.BRACE_R) braces -= 1;
        if (token.kind === TokenKind.PAREN_R) parentheses -= 1;
        break;
      case TokenKind.COLON:
        // `name:` in braces outside any parentheses is an alias in a selection set: every other
        // `name:` of an executable document (arguments, object values, variable definitions) sits
        // inside parentheses.
        if (previous === TokenKind.NAME && braces > 0 && parentheses === 0) {
          aliases += 1;
          if (aliases > limits.maxAliases) return { problem: `the document has more than ${limits.maxAliases} aliases`, details: { maxAliases: limits.maxAliases } };
        }
        break;
      default:
        break;
    }
    previous = token.kind;
  }
  return null;
}

/** The next token, or `null` on a syntax error: that is the parser's to report, with its location. */
function advance(lexer: Lexer): Token | null {
  try {
    return lexer.advance();
  } catch {
    return null;
  }
}

/**
 * Checks every query text of a GraphQL-over-HTTP request: the `query` of a JSON body (of each
 * operation of a batch) and of the URL. Anything else is Apollo's to refuse.
 */
export function checkRequest(body: unknown, search: URLSearchParams, limits: DocumentLimits): DocumentLimitExceeded | null {
  for (const text of queryTextsOf(body, search)) {
    const exceeded = checkSource(text, limits);
    if (exceeded !== null) return exceeded;
  }
  return null;
}

function queryTextsOf(body: unknown, search: URLSearchParams): ReadonlyArray<string> {
  const entries = Array.isArray(body) ? body : [body];
  const texts = entries.flatMap((entry: unknown) =>
    entry !== null && typeof entry === 'object' && 'query' in entry && typeof entry.query === 'string' ? [entry.query] : [],
  );
  const fromUrl = search.get('query');
  return fromUrl === null ? texts : [...texts, fromUrl];
}

/** The error a refused document is answered with (HTTP 400, as Apollo answers the other QUERY_TOO_COMPLEX). */
export function documentTooComplex(exceeded: DocumentLimitExceeded): GraphQLFormattedError {
  return {
    message: `Query too complex: ${exceeded.problem}. Send a smaller document.`,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...exceeded.details },
  };
}
