import { Writable } from 'node:stream';
import { PROVIDER_MODULES } from '../../src/registry/providerRegistry';

import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';

import { createContextFactory, type GraphContext } from '../../src/context';
import { createErrorFormatter } from '../../src/errorFormatting';
import { badUserInput } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { createOperationRecord } from '../../src/logging/operationLog';
import { createOperationLogPlugin } from '../../src/plugins/operationLogPlugin';
import type { HttpClient } from '../../src/providers/http/httpClient';
import { relayOptions } from '../helpers/relayOptions';
import { bodyOnlyHttp } from '../helpers/bodyOnlyHttp';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { fine: String, bad: String, boom: String } type Mutation { touch: Boolean }',
  resolvers: {
    Query: {
      fine: () => 'fine',
      bad: () => {
        throw badUserInput('wrong argument');
      },
      boom: () => {
        throw new TypeError('cannot read properties of undefined (internal detail)');
      },
    },
    Mutation: { touch: () => true },
  },
});

const unusedClient: HttpClient = {
  bind: () => bodyOnlyHttp(async () => ({})),
  close: async () => undefined,
};

describe('the operation log plugin', () => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(
    'trace',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    }),
  );
  const createContext = createContextFactory({ relay: relayOptions(), providers: PROVIDER_MODULES.map((module) => ({ module, client: unusedClient })) });
  const apollo = new ApolloServer<GraphContext>({ schema, formatError: createErrorFormatter(), plugins: [createOperationLogPlugin()] });

  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());
  beforeEach(() => {
    lines.length = 0;
  });

  async function run(query: string, operationName?: string) {
    const operationRecord = createOperationRecord();
    const requestId = 'req-1';
    const contextValue = createContext({ requestId, logger: logger.child({ requestId }), operationRecord });
    const response = await apollo.executeOperation({ query, ...(operationName ? { operationName } : {}) }, { contextValue });
    return { record: operationRecord, response };
  }

  it("records the resolved operation's name and type, and the formatted errors' codes", async () => {
    const { record } = await run('query A { fine } mutation B { touch }', 'B');
    expect(record).toMatchObject({ operationName: 'B', operationType: 'mutation', errors: [] });
    const failed = await run('{ fine bad boom }');
    expect(failed.record.operationName).toBeNull();
    expect(failed.record.operationType).toBe('query');
    expect(failed.record.errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);
  });

  it('records a request that fails before an operation is resolved, with the name it asked for', async () => {
    const { record } = await run('query Broken { fine', 'Broken');
    expect(record).toMatchObject({ operationName: 'Broken', operationType: null });
    expect(record.errors?.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('logs an unexpected error in full with the request id, and a coded error not at all', async () => {
    const { response } = await run('{ bad boom }');
    // The client sees neither the message nor the stack.
    expect(JSON.stringify(response.body)).not.toContain('internal detail');
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, requestId: 'req-1', msg: 'unexpected error while resolving', path: ['boom'], err: expect.objectContaining({ type: 'TypeError', message: 'cannot read properties of undefined (internal detail)' }) }),
    ]);
  });
});
