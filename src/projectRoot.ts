import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root above `start` (src/…, dist/src/… or dist/bench/src/…): the first folder that
 * holds both package.json and schema/, so a stray package.json under dist/ is passed over. The
 * shared SDL (schema/) and each provider's own (src/providers/<p>/graph/) are read from there.
 */
export function projectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    if (dirname(dir) === dir) throw new Error(`schema/ not found above ${start}`);
  }
}
