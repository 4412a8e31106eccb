import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { type Runtime, startRuntime } from './runtime/startRuntime';

/** The only module with side effects: read config, listen, stop cleanly on a signal. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  let runtime: Runtime | null = null;
  let stopping = false;
  // Installed before listening so a signal that arrives during startup still shuts down cleanly.
  const shutdown = (signal: string): void => {
    if (stopping) {
      // A second signal: stop draining (SHUTDOWN_DRAIN_MS) and close now, still letting requests finish.
      runtime?.skipDrain();
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    (runtime ? runtime.stop() : Promise.resolve()).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  runtime = await startRuntime(config, logger);
  if (stopping) await runtime.stop();
}

function loadConfigOrExit(): ReturnType<typeof loadConfig> {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
