import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Providers pointed at the discard port with credentials: the process starts no simulator and calls nothing. */
const NO_PROVIDERS = {
  ZENDESK_BASE_URL: 'http://127.0.0.1:9',
  ZENDESK_EMAIL: 'agent@example.com',
  ZENDESK_API_TOKEN: 'unused-zendesk-token',
  INTERCOM_BASE_URL: 'http://127.0.0.1:9',
  INTERCOM_TOKEN: 'unused-intercom-token',
  FRONT_BASE_URL: 'http://127.0.0.1:9',
  FRONT_TOKEN: 'unused-front-token',
};

function startMain(env: Record<string, string>): { child: ChildProcess; url: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['-r', join(__dirname, 'helpers/registerTs.js'), join(__dirname, '../src/main.ts')], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...NO_PROVIDERS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'helpdesk graph listening' && entry.url) resolve(entry.url);
    });
    void exit.then((code) => reject(new Error(`server exited early with ${String(code)}`)));
  });
  return { child, url, exit };
}

/** Asks /ready until it answers `status`: the signal is handled asynchronously, so the first answers may predate it. */
async function readyStatusBecomes(url: string, status: number): Promise<unknown> {
  for (;;) {
    const response = await fetch(`${url}/ready`);
    const body: unknown = await response.json();
    if (response.status === status) return body;
  }
}

describe('the server process on SIGTERM', () => {
  it('turns /ready to 503 for SHUTDOWN_DRAIN_MS while still serving; a second signal ends the drain and it exits 0', async () => {
    const { child, url: listening, exit } = startMain({ SHUTDOWN_DRAIN_MS: '600000' });
    try {
      const url = await listening;
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await readyStatusBecomes(url, 503)).toMatchObject({ status: 'not ready', checks: { shutdown: { ok: false, draining: true } } });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect(child.exitCode).toBeNull();
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
