import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The real entry point, as `npm start` runs it with no credentials: every provider on its built-in
 * simulator, over HTTP.
 */
describe('the server started with no configuration', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn(process.execPath, ['-r', join(__dirname, 'helpers/registerTs.js'), join(__dirname, '../src/main.ts')], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'helpdesk graph listening' && entry.url) resolve(entry.url);
      });
      child.once('exit', (code) => reject(new Error(`server exited early with ${String(code)}`)));
    });
  });
  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers GET /health with 200 JSON', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves Zendesk tickets from the seeded simulator', async () => {
    const response = await post(JSON.stringify({ query: '{ zendesk { tickets(first: 2) { edges { cursor node { nativeId subject } } totalCount } } }' }));
    const body = (await response.json()) as { data: { zendesk: { tickets: { edges: Array<{ node: { nativeId: string } }>; totalCount: number } } } };
    expect(response.status).toBe(200);
    expect(body.data.zendesk.tickets.edges.map((edge) => edge.node.nativeId)).toHaveLength(2);
    expect(body.data.zendesk.tickets.totalCount).toBeGreaterThanOrEqual(12_000);
  });

  it('exposes Prometheus metrics counting every upstream call by provider, endpoint and status', async () => {
    await post(JSON.stringify({ query: '{ zendesk { tickets(first: 3) { nodes { nativeId } } } }' }));
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/upstream_requests_total\{provider="zendesk",endpoint="GET \/api\/v2\/tickets",status="200"\} [1-9]/);
    expect(text).toMatch(/upstream_request_duration_seconds_bucket\{le="0.005",provider="zendesk",endpoint="GET \/api\/v2\/tickets"\}/);
    expect(text).not.toMatch(/sim-zendesk-token|Basic /);
  });

  it('answers 404 JSON for unknown paths', async () => {
    const response = await fetch(`${url}/nope`);
    expect(response.status).toBe(404);
  });

  it('answers a body that is not JSON with 400, not 500', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body over 1 MB with 413 and keeps serving', async () => {
    const response = await post(JSON.stringify({ query: `{ ok }`, padding: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect((await post(JSON.stringify({ query: '{ ok }' }))).status).toBe(200);
  });

  it('keeps Apollo CSRF prevention on for simple requests', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ ok }')}`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/CSRF/i);
  });

  it('rejects a syntax error with a coded 400, without a stack trace', async () => {
    const response = await post(JSON.stringify({ query: '{ zendesk { tickets(first: ) } }' }));
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
