import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('request lifetime signals under many concurrent upstream calls', () => {
  it('warn of no listener leak while 30 calls listen, and hold no listener once they have settled', async () => {
    const { stdout } = await run(process.execPath, ['-r', join(__dirname, 'helpers', 'registerTs.js'), join(__dirname, 'fixtures', 'lifetime', 'concurrentCalls.ts')]);
    const seen = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { warnings: string[]; listenersDuring: number; listenersAfter: number };
    // Each call in flight listens to its request's signal: well over Node's default of 10.
    expect(seen.listenersDuring).toBeGreaterThanOrEqual(30);
    expect(seen.warnings).toEqual([]);
    // Every call removed its listener when it settled: no leak behind the raised limit.
    expect(seen.listenersAfter).toBe(0);
  });
});
