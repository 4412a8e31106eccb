import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe('generated resolver types', () => {
  it('match schema/*.graphql (run `npm run codegen` after changing the schema)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    try {
      const fresh = join(dir, 'resolversTypes.ts');
      execFileSync(process.execPath, [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent'], {
        cwd: root,
        env: { ...process.env, CODEGEN_OUTPUT: fresh },
        stdio: 'pipe',
      });
      const committed = readFileSync(join(root, 'src/__generated__/resolversTypes.ts'), 'utf8');
      expect(readFileSync(fresh, 'utf8')).toBe(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
