import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** npm scripts run at the package root. */
const ROOT = process.cwd();
const REGISTER_TS = path.join(ROOT, 'test', 'helpers', 'registerTs.js');
/**
 * `npm run bench` runs the esbuild output (dist/bench): child processes then load plain JS, so
 * neither their memory nor their CPU profile includes the TypeScript compiler. Run from source
 * (`node -r ./test/helpers/registerTs.js bench/run.ts`), children transpile on load as well.
 */
const COMPILED = __filename.endsWith('.js');

export interface BenchProcess<TReady> {
  readonly ready: TReady;
  readonly pid: number;
  /** Current and peak resident set size of the process, bytes (Linux /proc). */
  memory(): { rss: number; peak: number };
  /** CPU time the process has used so far, user + system, seconds (Linux /proc). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Starts `bench/processes/<script>` in its own Node process and waits for its `BENCH_READY <json>` line. */
export async function startBenchProcess<TReady>(
  script: string,
  env: Record<string, string>,
  nodeArgs: ReadonlyArray<string> = [],
  timeoutMs = 120_000,
): Promise<BenchProcess<TReady>> {
  const entry = path.join(__dirname, '..', 'processes', `${script}${COMPILED ? '.js' : '.ts'}`);
  const args = COMPILED ? [...nodeArgs, '--enable-source-maps', entry] : [...nodeArgs, '-r', REGISTER_TS, entry];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<TReady>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`${script}: not ready after ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /^BENCH_READY (.*)$/m.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1] as string) as TReady);
        buffer = '';
      } else if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready\n${stderr}`));
    });
  });
  const pid = child.pid as number;
  return {
    ready,
    pid,
    memory: () => readMemory(pid),
    cpuSeconds: () => readCpuSeconds(pid),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
