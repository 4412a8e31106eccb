import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The real entry point (src/main.ts, as `npm start` runs it) in a child process of its own. */
export interface GatewayProcess {
  readonly url: string;
  /** Every JSON log line written so far. */
  readonly logs: ReadonlyArray<{ readonly msg?: string } & Record<string, unknown>>;
  /** SIGTERM, as an orchestrator stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts src/main.ts with exactly `env` (plus PATH), on a free port. For what only a real process
 * shows: its own `process.env`, its shutdown on a signal, and libraries that load Node modules with
 * a dynamic `import()`, which jest's module sandbox refuses (the OpenTelemetry OTLP exporters do).
 */
export async function startGatewayProcess(env: Readonly<Record<string, string>>): Promise<GatewayProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', join(__dirname, 'registerTs.js'), join(__dirname, '../../src/main.ts')], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: Array<{ msg?: string } & Record<string, unknown>> = [];
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string } & Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'helpdesk graph listening' && entry.url) resolve(entry.url);
    });
    void exited.then((code) => reject(new Error(`gateway exited early with ${String(code)}`)));
  });
  return {
    url,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
