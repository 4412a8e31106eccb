import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

export interface BenchRedis {
  /** `redis://127.0.0.1:<port>`; append `/<db>` to give a measurement a database of its own. */
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A port the kernel hands out and nothing listens on once we have closed it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A redis-server of the bench's own (from PATH), in memory only, on a free loopback port: the
 * gateways' shared state during a measurement, never the developer's Redis. Ready when it logs
 * "Ready to accept connections".
 */
export async function startRedisServer(timeoutMs = 10_000): Promise<BenchRedis> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server: not ready after ${timeoutMs} ms\n${output}`)), timeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server: ${error.message} (is it installed?)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
