import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Config } from '../config';
import type { Logger } from '../logger';
import { createGateway, type Gateway } from '../server';
import { createFrontUpstream } from './frontUpstream';
import { createIntercomUpstream } from './intercomUpstream';
import type { Upstream } from './upstream';
import { createZendeskUpstream } from './zendeskUpstream';

/** A running gateway: the HTTP server, and any simulators started for providers without credentials. */
export interface Runtime {
  readonly url: string;
  readonly gateway: Gateway;
  readonly server: Server;
  /** Base URLs of the simulators this runtime started, by provider. */
  readonly simulators: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const upstreams = await startUpstreams(config, logger);
  const gateway = await createGateway({
    config,
    logger,
    clients: { zendesk: upstreams.zendesk.client, front: upstreams.front.client, intercom: upstreams.intercom.client },
  });
  const server = createServer(gateway.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
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
    async stop() {
      gateway.drain();
      await closeGracefully(server, gateway);
      await gateway.stop();
      await Promise.all(Object.values(upstreams).map((upstream) => upstream.close()));
    },
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
