import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Redis } from 'ioredis';

import type { Config } from '../config';
import type { Logger } from '../logger';
import { createRedisConnection } from '../redis/redisConnection';
import { createGateway, type Gateway } from '../server';
import { startTracing, type Tracing } from '../telemetry/tracing';
import { createFrontUpstream } from '../providers/front/upstream';
import { createIntercomUpstream } from '../providers/intercom/upstream';
import { createShutdownDrain } from './shutdownDrain';
import type { Upstream } from './upstream';
import { createZendeskUpstream } from '../providers/zendesk/upstream';

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

export async function startRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const upstreams = await startUpstreams(config, logger);
  // Not awaited: the gateway serves without Redis until it connects (see redisConnection.ts).
  const redis = config.redisUrl === null ? undefined : createRedisConnection(config.redisUrl, logger);
  const gateway = await createGateway({
    config,
    logger,
    clients: { zendesk: upstreams.zendesk.client, front: upstreams.front.client, intercom: upstreams.intercom.client },
    redis,
  }).catch((error: unknown) => {
    // Its reconnection timer would keep a process that failed to start alive.
    redis?.disconnect();
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
      await Promise.all(Object.values(upstreams).map((upstream) => upstream.close()));
      redis?.disconnect();
      // Last: the spans of requests that finished during the grace period are exported too.
      await tracing.shutdown();
    },
    skipDrain: () => drain.skip(),
  };
}

function simulatorUrls(upstreams: Readonly<Record<string, Upstream>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(upstreams).flatMap(([name, upstream]) => (upstream.simulatorUrl ? [[name, upstream.simulatorUrl]] : [])),
  );
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

/** Starts all three upstreams together; if one fails, the others are closed before failing. */
async function startUpstreams(config: Config, logger: Logger): Promise<{ zendesk: Upstream; front: Upstream; intercom: Upstream }> {
  const started = await Promise.allSettled([
    createZendeskUpstream(config, logger),
    createFrontUpstream(config, logger),
    createIntercomUpstream(config, logger),
  ]);
  const [zendesk, front, intercom] = started;
  if (zendesk?.status === 'fulfilled' && front?.status === 'fulfilled' && intercom?.status === 'fulfilled') {
    return { zendesk: zendesk.value, front: front.value, intercom: intercom.value };
  }
  await Promise.all(started.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])));
  const failure = started.find((result) => result.status === 'rejected');
  throw failure?.status === 'rejected' ? failure.reason : new Error('an upstream failed to start');
}
