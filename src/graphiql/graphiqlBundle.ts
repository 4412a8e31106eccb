import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

import { z } from 'zod';

/** One file of the bundle, held in memory: the bundle is ~2 MB and read once at startup. */
export interface StaticAsset {
  readonly body: Buffer;
  readonly contentType: string;
  /** Text formats shrink under gzip/brotli; fonts and images are compressed already. */
  readonly compressible: boolean;
  /** Of `body` as it is (identity); a compressed copy gets its own tag. */
  readonly etag: string;
  /** Subresource Integrity value for the page's <script>/<link>. */
  readonly integrity: string;
}

export interface GraphiqlBundle {
  /** File names (in `assets`) of the entry script and stylesheet. */
  readonly script: string;
  readonly stylesheet: string;
  /** Every servable file, by exact file name. Nothing outside this map is ever read per request. */
  readonly assets: ReadonlyMap<string, StaticAsset>;
}

export type BundleLoad = { readonly kind: 'ok'; readonly bundle: GraphiqlBundle } | { readonly kind: 'missing'; readonly reason: string };

const MANIFEST_FILE = 'manifest.json';

/** Content types for what esbuild can emit; files with other extensions are not served at all. */
const FILE_TYPES: Readonly<Record<string, { readonly contentType: string; readonly compressible: boolean }>> = {
  '.js': { contentType: 'text/javascript; charset=utf-8', compressible: true },
  '.css': { contentType: 'text/css; charset=utf-8', compressible: true },
  '.txt': { contentType: 'text/plain; charset=utf-8', compressible: true },
  '.woff2': { contentType: 'font/woff2', compressible: false },
  '.woff': { contentType: 'font/woff', compressible: false },
  '.ttf': { contentType: 'font/ttf', compressible: true },
  '.svg': { contentType: 'image/svg+xml', compressible: true },
  '.png': { contentType: 'image/png', compressible: false },
};

const fileName = z.string().regex(/^[\w-]+(\.[\w-]+)+$/);
const manifestSchema = z.object({ script: fileName, stylesheet: fileName });

/**
 * Where `npm run build:graphiql` (scripts/build-graphiql.js) writes the bundle: `<package root>/dist/graphiql`,
 * found by walking up so it resolves the same from src/ (ts-jest) and from dist/src/ (npm start).
 * The first package root that has a bundle wins (so a stray dist/package.json cannot hide it);
 * with none built, the nearest root's path is returned for the "not built" message.
 */
export function defaultBundleDir(start: string = __dirname): string {
  let nearest: string | null = null;
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'graphiql');
    if (existsSync(join(dir, 'package.json'))) {
      if (existsSync(join(candidate, MANIFEST_FILE))) return candidate;
      nearest ??= candidate;
    }
    if (dirname(dir) === dir) {
      if (nearest === null) throw new Error(`package.json not found above ${start}`);
      return nearest;
    }
  }
}

export function loadGraphiqlBundle(dir: string): BundleLoad {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { kind: 'missing', reason: `${manifestPath} not found: run \`npm run build:graphiql\`` };
  const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!manifest.success) return { kind: 'missing', reason: `${manifestPath} is malformed: ${manifest.error.message}` };
  const assets = readAssets(dir);
  const { script, stylesheet } = manifest.data;
  if (!assets.has(script) || !assets.has(stylesheet)) return { kind: 'missing', reason: `${dir} lacks ${script} or ${stylesheet}: rebuild it` };
  return { kind: 'ok', bundle: { script, stylesheet, assets } };
}

function readAssets(dir: string): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const fileType = FILE_TYPES[extname(entry.name)];
    if (!entry.isFile() || fileType === undefined) continue;
    const body = readFileSync(join(dir, entry.name));
    assets.set(entry.name, {
      body,
      ...fileType,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
    });
  }
  return assets;
}
