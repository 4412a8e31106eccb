import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Logger } from '../logger';
import type { Readiness } from './readiness';

const READY_PATH = '/ready';

/**
 * `GET /ready`: 200 when every readiness check passes, 503 otherwise, with the checks as JSON. Open
 * without an API key, like /health, because load balancers probe it. /health says the process is
 * alive (restart it if not); /ready says whether to send it traffic, and turns 503 as soon as a
 * shutdown begins so load balancers drain the instance before its server closes.
 * Returns true when it took the request.
 */
export function createReadinessHandler(readiness: Readiness, logger: Logger): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (new URL(req.url ?? '/', 'http://gateway').pathname !== READY_PATH) return false;
    readiness.report().then(
      (report) => {
        const payload = JSON.stringify(report);
        res.writeHead(report.status === 'ready' ? 200 : 503, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(payload),
          // A cached "ready" would outlive the shutdown it should announce.
          'cache-control': 'no-store',
        });
        // Node sends no body to a HEAD request.
        res.end(payload);
      },
      // report() catches each check's error; this only guards against a bug turning into an unhandled rejection.
      (error: unknown) => {
        logger.error({ err: error }, 'readiness report failed');
        if (!res.headersSent) res.writeHead(503);
        res.end();
      },
    );
    return true;
  };
}
