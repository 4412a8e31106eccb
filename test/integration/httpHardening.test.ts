import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';

import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { type Runtime, startRuntime } from '../../src/runtime/startRuntime';

interface LogEntry {
  readonly level: number;
  readonly msg?: string;
  readonly err?: unknown;
}

/** A gateway on its built-in simulators whose log lines (debug and up) are kept for the test to read. */
async function startLogged(env: Record<string, string>): Promise<{ runtime: Runtime; logs: LogEntry[]; logged: Logged }> {
  const logs: LogEntry[] = [];
  const waiters: Array<{ msg: string; nth: number; resolve: (entry: LogEntry) => void }> = [];
  const countOf = (msg: string): number => logs.filter((entry) => entry.msg === msg).length;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        const entry = JSON.parse(line) as LogEntry;
        logs.push(entry);
        for (const waiter of waiters) if (waiter.msg === entry.msg && countOf(entry.msg) === waiter.nth) waiter.resolve(entry);
      }
      callback();
    },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', SIMULATOR_SEED: '7', ...env });
  const runtime = await startRuntime(config, createLogger('debug', stream));
  const logged: Logged = (msg, nth = 1) =>
    new Promise((resolve) => {
      const found = logs.filter((entry) => entry.msg === msg)[nth - 1];
      if (found) resolve(found);
      else waiters.push({ msg, nth, resolve });
    });
  return { runtime, logs, logged };
}

/** Resolves with the `nth` log entry whose message is `msg`, as soon as it is written. */
type Logged = (msg: string, nth?: number) => Promise<LogEntry>;

/** Opens a raw socket and sends `head` (request line and headers) plus part of a body, leaving it unfinished. */
function sendPartialRequest(url: string, contentLength: number, partialBody: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n${partialBody}`,
      );
      const answer = new Promise<string>((settle) => {
        let received = '';
        socket.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
        });
        socket.once('close', () => settle(received));
      });
      resolve({ socket, answer });
    });
    socket.once('error', reject);
  });
}

const ERROR_LEVEL = 50;

describe('the HTTP server against careless and hostile clients', () => {
  let runtime: Runtime;
  let logs: LogEntry[];
  let logged: Logged;

  beforeAll(async () => {
    ({ runtime, logs, logged } = await startLogged({ HTTP_HEADERS_TIMEOUT_MS: '200', HTTP_REQUEST_TIMEOUT_MS: '400' }));
  });
  afterAll(async () => {
    await runtime.stop();
  });

  it('reads the Content-Type as RFC 9110 says: case-insensitive, with parameters', async () => {
    const response = await fetch(`${runtime.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; Charset=UTF-8' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body that never completes with 408 and closes the socket, logging it at debug without a stack', async () => {
    const { answer } = await sendPartialRequest(runtime.url, 1_000, '{"query":');
    // The server, not the client, ends this exchange: `answer` settles only when the socket closes.
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
    const entry = await logged('request body aborted by the client');
    expect(entry.level).toBe(20);
    expect(entry.err).toBeUndefined();
    expect(logs.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
  });

  it('logs an upload the client abandons at debug, with no error line and no stack trace', async () => {
    const before = logs.filter((entry) => entry.msg === 'request body aborted by the client').length;
    const next = logged('request body aborted by the client', before + 1);
    const { socket } = await sendPartialRequest(runtime.url, 1_000, '{"query":"{ __typ');
    // end(), not destroy(): the partial body is flushed before the FIN, so the server always sees
    // the request start and then its connection end mid-body.
    socket.end();
    expect((await next).level).toBe(20);
    expect(logs.filter((line) => line.level >= ERROR_LEVEL)).toEqual([]);
    expect(logs.some((line) => typeof line.err === 'object')).toBe(false);
  });
});

describe('introspection off (production): nothing names what introspection hides', () => {
  const query = (runtime: Runtime, text: string) =>
    fetch(`${runtime.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) }).then(
      async (response) => ({ status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } }),
    );
  const TYPO = '{ zendesk { tikets(first: 1) { totalCount } } }';

  it('refuses `_service { sdl }` and drops "Did you mean" suggestions', async () => {
    const { runtime } = await startLogged({ NODE_ENV: 'production', SIMULATE_PROVIDERS: 'zendesk,intercom,front' });
    try {
      const sdl = await query(runtime, '{ _service { sdl } }');
      expect(sdl.status).toBe(400);
      expect(sdl.body.data).toBeUndefined();
      expect(sdl.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(sdl.body)).not.toMatch(/ZendeskTicket/);
      const typo = await query(runtime, TYPO);
      expect(typo.body.errors?.[0]?.message).toMatch(/Cannot query field "tikets"/);
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|"tickets"/);
    } finally {
      await runtime.stop();
    }
  });

  it('serves the subgraph SDL to a router when SUBGRAPH_SDL=true, still without suggestions', async () => {
    const { runtime } = await startLogged({ NODE_ENV: 'production', SIMULATE_PROVIDERS: 'zendesk,intercom,front', SUBGRAPH_SDL: 'true' });
    try {
      const sdl = await query(runtime, '{ _service { sdl } }');
      expect(sdl.body.errors).toBeUndefined();
      expect(JSON.stringify(sdl.body.data)).toMatch(/type ZendeskTicket/);
      expect(JSON.stringify((await query(runtime, TYPO)).body)).not.toMatch(/Did you mean/);
    } finally {
      await runtime.stop();
    }
  });

  it('in development, where introspection is on, keeps both (the two tests above can fail)', async () => {
    const { runtime } = await startLogged({});
    try {
      expect((await query(runtime, '{ _service { sdl } }')).body.errors).toBeUndefined();
      expect((await query(runtime, TYPO)).body.errors?.[0]?.message).toMatch(/Did you mean "tickets"/);
    } finally {
      await runtime.stop();
    }
  });
});
