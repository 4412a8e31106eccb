import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { projectRoot } from '../projectRoot';

/**
 * Reads a `.graphql` file that sits beside a module's source (src/providers/<provider>/graph/).
 * tsc and esbuild emit only JavaScript, so code running from dist/src/… (npm start) or
 * dist/bench/src/… (the bench) reads the SDL from the matching folder under the project root:
 * there is one copy of each provider's SDL, the one codegen reads too.
 */
export function readModuleSdl(moduleDir: string, fileName: string): string {
  const beside = join(moduleDir, fileName);
  if (existsSync(beside)) return readFileSync(beside, 'utf8');
  const root = projectRoot(moduleDir);
  const parts = relative(root, moduleDir).split(sep);
  const compiledUnder = parts[0] === 'dist' ? (parts[1] === 'bench' ? 2 : 1) : 0;
  const source = join(root, ...parts.slice(compiledUnder), fileName);
  if (!existsSync(source)) throw new Error(`${fileName} not found beside ${moduleDir} nor at ${source}`);
  return readFileSync(source, 'utf8');
}
