/**
 * Child process: the real gateway (loadConfig(process.env) + startRuntime), as `npm start` runs it,
 * on an ephemeral port. Prints `BENCH_READY {"url": ...}`; SIGTERM stops it gracefully and exits
 * (so `--cpu-prof` writes its profile).
 */
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRuntime } from '../../src/runtime/startRuntime';

async function main(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env, PORT: '0', HOST: '127.0.0.1' });
  const runtime = await startRuntime(config, createLogger(config.logLevel));
  process.stdout.write(`BENCH_READY ${JSON.stringify({ url: runtime.url, pid: process.pid })}\n`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void runtime.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench gateway: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
