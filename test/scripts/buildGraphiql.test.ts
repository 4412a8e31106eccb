import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '../../scripts/build-graphiql.js');

/** `--if-stale` (npm run build, prestart) skips an up-to-date bundle but rebuilds one missing a file. */
describe('scripts/build-graphiql.js --if-stale', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'build-graphiql-')), 'graphiql');
  });
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  const build = (...flags: string[]) => execFileSync(process.execPath, [SCRIPT, '--out-dir', dir, ...flags], { encoding: 'utf8' });

  it('builds when absent, skips when fresh, rebuilds when a file the manifest names is gone', () => {
    expect(build('--if-stale')).toContain('graphiql bundle:');
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { script: string; stylesheet: string };
    const builtAt = statSync(manifestPath).mtimeMs;
    expect(build('--if-stale')).toBe('');
    expect(statSync(manifestPath).mtimeMs).toBe(builtAt);
    rmSync(join(dir, manifest.script));
    expect(build('--if-stale')).toContain('graphiql bundle:');
    expect(statSync(join(dir, manifest.script)).size).toBeGreaterThan(100_000);
  });
});
