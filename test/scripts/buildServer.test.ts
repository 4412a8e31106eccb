import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '../../scripts/build-server.js');
const TSC = require.resolve('typescript/bin/tsc');

/**
 * scripts/build-server.js on a two-file project shaped like tsconfig.build.json (incremental,
 * buildinfo inside outDir): it must rebuild what changed, leave the rest alone, and re-emit
 * outputs deleted since the last build, which plain incremental tsc does not.
 */
describe('scripts/build-server.js', () => {
  let dir: string;
  const out = (file: string) => join(dir, 'dist', 'src', file);
  const build = () => execFileSync(process.execPath, [SCRIPT, '--project', join(dir, 'tsconfig.json')], { encoding: 'utf8' });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-server-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'commonjs',
          rootDir: '.',
          outDir: 'dist',
          types: [],
          skipLibCheck: true,
          sourceMap: true,
          incremental: true,
          tsBuildInfoFile: 'dist/tsconfig.tsbuildinfo',
        },
        include: ['src/**/*.ts'],
      }),
    );
    writeFileSync(join(dir, 'src', 'a.ts'), 'export const a: number = 1;\n');
    writeFileSync(join(dir, 'src', 'b.ts'), 'export const b: string = "b";\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds, then rebuilds only a changed source and leaves the other outputs untouched', () => {
    build();
    expect(readFileSync(out('a.js'), 'utf8')).toContain('exports.a = 1');
    const untouched = statSync(out('b.js')).mtimeMs;
    writeFileSync(join(dir, 'src', 'a.ts'), 'export const a: number = 2;\n');
    build();
    expect(readFileSync(out('a.js'), 'utf8')).toContain('exports.a = 2');
    expect(statSync(out('b.js')).mtimeMs).toBe(untouched);
  });

  it('re-emits outputs deleted since the last build, which incremental tsc alone skips', () => {
    build();
    rmSync(out('b.js'));
    execFileSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')]);
    expect(existsSync(out('b.js'))).toBe(false); // the pitfall: tsc trusts its buildinfo
    expect(build()).toContain('full rebuild');
    expect(readFileSync(out('b.js'), 'utf8')).toContain('exports.b = "b"');
    rmSync(join(dir, 'dist', 'src'), { recursive: true });
    build();
    expect(existsSync(out('a.js')) && existsSync(out('a.js.map'))).toBe(true);
  });

  it('fails with tsc when the code does not compile', () => {
    writeFileSync(join(dir, 'src', 'a.ts'), 'export const a: number = "not a number";\n');
    expect(build).toThrow();
  });
});
