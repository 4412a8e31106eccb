import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { projectRoot } from '../projectRoot';

/**
 * The folder that holds a module's `.graphql` files (src/providers/<provider>/graph/). tsc and
 * esbuild emit only JavaScript, so code running from dist/src/… (npm start) or dist/bench/src/…
 * (the bench) reads the SDL from the matching folder under the project root: there is one copy of
 * each provider's SDL, the one codegen reads too.
 */
function sdlFolder(moduleDir: string): string {
  if (readdirSync(moduleDir).some((name) => name.endsWith('.graphql'))) return moduleDir;
  const root = projectRoot(moduleDir);
  const parts = relative(root, moduleDir).split(sep);
  const compiledUnder = parts[0] === 'dist' ? (parts[1] === 'bench' ? 2 : 1) : 0;
  const source = join(root, ...parts.slice(compiledUnder));
  if (!existsSync(source)) throw new Error(`no .graphql files beside ${moduleDir} nor at ${source}`);
  return source;
}

/**
 * Every `.graphql` file of a module's graph folder, in name order, as one SDL document. A module
 * may split its SDL by area (one file per group of resources, each extending the namespace type);
 * codegen reads the same files (`src/providers/*\/graph/*.graphql` in codegen.ts).
 */
export function readModuleSdl(moduleDir: string): string {
  const folder = sdlFolder(moduleDir);
  const files = readdirSync(folder).filter((name) => name.endsWith('.graphql')).sort();
  if (files.length === 0) throw new Error(`no .graphql files in ${folder}`);
  return files.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n');
}
