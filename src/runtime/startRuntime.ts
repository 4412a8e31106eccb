import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Redis } from 'ioredis';

import type { Config } from '../config';
import type { Logger } from '../logger';
import { createRedisConnection } from '../redis/redisConnection';
import { createGateway, type Gateway } from '../server';
import { startTracing, type Tracing } from '../telemetry/tracing';
import type { ProviderModule } from '../registry/providerModule';
import { PROVIDER_MODULES } from '../registry/providerRegistry';
import { createRateBudgets } from './rateBudgets';
import { createShutdownDrain } from './shutdownDrain';
import { startUpstreams, type Upstream } from './upstream';

/** A running gateway: the HTTP server, and any simulators started for providers without credentials. */
export interface Runtime {
  readonly url: string;
  readonly gateway: Gateway;
  readonly server: Server;
  /** Base URLs of the simulators this runtime started, by provider. */
  readonly simulators: Readonly<Record<string, string>>;
  /** The REDIS_URL connection, when set (shared page cache); closed by stop(). */
  readonly redis: Redis | undefined;
  /** OpenTelemetry tracing, on when the OTEL_* variables ask for it; flushed by stop(). */
  readonly tracing: Tracing;
  /** /ready turns 503 at once; the server closes after SHUTDOWN_DRAIN_MS (or `skipDrain()`), letting in-flight requests finish. */
  stop(): Promise<void>;
  /** Ends the drain of a `stop()` under way now (main.ts: a second signal). */
  skipDrain(): void;
}

/**
 * Starts the gateway over `providers` (the registry's; `config` must have been loaded with the
 * same list): the rate budgets, each provider's upstream (its real API, or its simulator), then
 * the HTTP server.
 */
export async function startRuntime(config: Config, logger: Logger, providers: ReadonlyArray<ProviderModule> = PROVIDER_MODULES): Promise<Runtime> {
  // One connection for the budgets and the caches. Startup waits a little for it (budgets.ready),
  // then serves without Redis until it connects (see redisConnection.ts).
  const redis = config.redisUrl === null ? undefined : createRedisConnection(config.redisUrl, logger);
  const budgets = createRateBudgets(config.rateBudgets, redis);
  await budgets.ready();
  const upstreams = await startUpstreams(providers, config, logger, budgets).catch(async (error: unknown) => {
    await budgets.close();
    // Its reconnection timer would keep a process that failed to start alive.
    redis?.disconnect();
    throw error;
  });
  const gateway = await createGateway({
    config,
    logger,
    providers: upstreams.map(({ module, client }) => ({ module, client })),
    redis,
  }).catch(async (error: unknown) => {
    // Its reconnection timer would keep a process that failed to start alive.
    redis?.disconnect();
    await budgets.close();
    throw error;
  });
  // Before the server listens, so the first request is traced; the SDK reads OTEL_* from process.env.
  const tracing = startTracing(process.env, logger);
  const server = createServer(
    {
      // Node's defaults let a client hold a socket for 300 s by sending its body slowly.
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      // Both are enforced by a sweep at this interval (default 30 s), which would let a slow
      // client overstay a short timeout by up to that long.
      connectionsCheckingInterval: Math.min(1_000, config.http.headersTimeoutMs),
    },
    gateway.handle,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const drain = createShutdownDrain(config.shutdownDrainMs);
  gateway.readiness.add({ name: 'server', run: () => ({ ok: server.listening }) });
  gateway.readiness.add({ name: 'shutdown', run: () => ({ ok: !drain.draining, draining: drain.draining }) });
  gateway.readiness.add(budgets.readinessCheck);
  for (const warning of config.warnings) logger.warn(warning);
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host}:${port}`;
  const simulators = simulatorUrls(upstreams);
  logger.info({ url, simulators }, 'helpdesk graph listening');
  return {
    url,
    gateway,
    server,
    simulators,
    redis,
    tracing,
    async stop() {
      await drain.wait();
      gateway.drain();
      await closeGracefully(server, gateway);
      await gateway.stop();
      await Promise.all(upstreams.map((upstream) => upstream.close()));
      await budgets.close();
      redis?.disconnect();
      // Last: the spans of requests that finished during the grace period are exported too.
      await tracing.shutdown();
    },
    skipDrain: () => drain.skip(),
  };
}

function simulatorUrls(upstreams: ReadonlyArray<Upstream>): Record<string, string> {
  return Object.fromEntries(upstreams.flatMap((upstream) => (upstream.simulatorUrl ? [[upstream.module.name, upstream.simulatorUrl]] : [])));
}

/**
 * In-flight requests get a grace period to finish; idle keep-alive connections are closed at once,
 * and read-ahead stops at once (`drain`: no next request will come to this instance). At the end of
 * the grace period the requests still running have their upstream calls and retries stopped (their
 * waiting fields fail REQUEST_ABORTED), and the connections left are closed.
 */
const SHUTDOWN_GRACE_MS = 5_000;

function closeGracefully(server: Server, gateway: Gateway): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      void gateway.stop().finally(() => server.closeAllConnections());
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
