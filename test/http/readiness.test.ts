import { Writable } from 'node:stream';

import { createReadiness } from '../../src/http/readiness';
import { createLogger } from '../../src/logger';

function capturedLogger(): { logger: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString('utf8'));
      callback();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('createReadiness', () => {
  it('is ready when every check passes, and reports each by name with its details', async () => {
    const readiness = createReadiness(capturedLogger().logger);
    readiness.add({ name: 'config', run: () => ({ ok: true }) });
    readiness.add({ name: 'redis', run: () => Promise.resolve({ ok: true, latencyMs: 3 }) });
    expect(await readiness.report()).toEqual({ status: 'ready', checks: { config: { ok: true }, redis: { ok: true, latencyMs: 3 } } });
  });

  it('is not ready when one check fails, and runs the checks again on every report', async () => {
    const readiness = createReadiness(capturedLogger().logger);
    let draining = false;
    readiness.add({ name: 'config', run: () => ({ ok: true }) });
    readiness.add({ name: 'shutdown', run: () => ({ ok: !draining, draining }) });
    expect((await readiness.report()).status).toBe('ready');
    draining = true;
    expect(await readiness.report()).toEqual({ status: 'not ready', checks: { config: { ok: true }, shutdown: { ok: false, draining: true } } });
  });

  it('turns a check that throws into a failed check, its error in the log only', async () => {
    const { logger, lines } = capturedLogger();
    const readiness = createReadiness(logger);
    readiness.add({ name: 'redis', run: () => Promise.reject(new Error('connect ECONNREFUSED redis://:hunter2@10.0.0.5:6379')) });
    const report = await readiness.report();
    expect(report).toEqual({ status: 'not ready', checks: { redis: { ok: false, error: 'check failed' } } });
    expect(JSON.stringify(report)).not.toMatch(/hunter2|10\.0\.0\.5/);
    expect(lines.join('')).toMatch(/readiness check threw/);
  });

  it('refuses two checks of one name', () => {
    const readiness = createReadiness(capturedLogger().logger);
    readiness.add({ name: 'server', run: () => ({ ok: true }) });
    expect(() => readiness.add({ name: 'server', run: () => ({ ok: false }) })).toThrow('readiness check server added twice');
  });
});
