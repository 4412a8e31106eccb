#!/usr/bin/env node
// @ts-check
// Bundles GraphiQL (+ React, CodeMirror, its CSS and fonts) from node_modules into static files the
// server serves itself, so the page works with no CDN and no internet: dist/graphiql/ holds
// content-hashed app-<hash>.js / app-<hash>.css (cacheable forever), their licence notices and a
// manifest.json naming the entry files. Plain JS, not TS, so it runs before anything is compiled.
//
//   node scripts/build-graphiql.js             build (npm run build:graphiql)
//   node scripts/build-graphiql.js --if-stale  build only if a source is newer than the manifest or a
//                                             file it names is gone (npm run build, prestart, tests)
//   ... --out-dir <dir>                        write the bundle there instead of dist/graphiql (tests)
'use strict';

const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** Keep in step with src/graphiql/graphiqlBundle.ts, which reads the bundle from here (`--out-dir`: elsewhere, for tests). */
const OUT_DIR = outDirArgument() ?? path.join(ROOT, 'dist', 'graphiql');
const MANIFEST = 'manifest.json';
const ENTRY = path.join(ROOT, 'src', 'graphiql', 'browser', 'app.tsx');
/** What the bundle is made of: a change to any of these makes the bundle stale. */
const INPUTS = [path.join(ROOT, 'src', 'graphiql', 'browser'), path.join(ROOT, 'src', 'graphiql', 'pageConfig.ts'), path.join(ROOT, 'package-lock.json'), __filename];

/** @returns {string | undefined} */
function outDirArgument() {
  const flag = process.argv.indexOf('--out-dir');
  const value = flag === -1 ? undefined : process.argv[flag + 1];
  return value === undefined ? undefined : path.resolve(value);
}

/** @param {string} target @returns {number} newest mtime of a file or of the files in a folder */
function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

/** Built after its newest input, with the files its manifest names still there (a deleted one is stale too). */
function isFresh() {
  const manifest = path.join(OUT_DIR, MANIFEST);
  if (!fs.existsSync(manifest)) return false;
  if (fs.statSync(manifest).mtimeMs < Math.max(...INPUTS.map(newestMtime))) return false;
  /** @type {{ script?: unknown, stylesheet?: unknown }} */
  let named;
  try {
    named = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  } catch {
    return false;
  }
  return [named.script, named.stylesheet].every((name) => typeof name === 'string' && fs.existsSync(path.join(OUT_DIR, name)));
}

/** @param {string} outDir */
async function bundle(outDir) {
  const result = await esbuild.build({
    entryPoints: { app: ENTRY },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    // React picks its production build from this; nothing else should read process.env in a browser.
    define: { 'process.env.NODE_ENV': '"production"' },
    // GraphiQL's CSS inlines its fonts as data: URLs; any other asset becomes a hashed file next to the bundle.
    loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    // Licence notices of the bundled packages go to app-<hash>.js.LEGAL.txt, served alongside.
    legalComments: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  const script = outputs.find((name) => name.startsWith('app-') && name.endsWith('.js'));
  const stylesheet = outputs.find((name) => name.startsWith('app-') && name.endsWith('.css'));
  if (script === undefined || stylesheet === undefined) throw new Error(`esbuild produced no app js/css: ${outputs.join(', ')}`);
  fs.writeFileSync(path.join(outDir, MANIFEST), `${JSON.stringify({ script, stylesheet }, null, 2)}\n`);
}

/**
 * Builds into a private folder, then swaps it in with renames, so a server starting meanwhile (other
 * test runs share this checkout) never reads a half-written bundle.
 */
async function build() {
  const staging = `${OUT_DIR}.tmp-${process.pid}`;
  const retired = `${OUT_DIR}.old-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  await bundle(staging);
  if (fs.existsSync(OUT_DIR)) fs.renameSync(OUT_DIR, retired);
  try {
    fs.renameSync(staging, OUT_DIR);
  } catch (error) {
    // Another build swapped its own (identical) bundle in between our two renames: keep theirs.
    if (!fs.existsSync(OUT_DIR)) throw error;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  fs.rmSync(retired, { recursive: true, force: true });
}

async function main() {
  if (process.argv.includes('--if-stale') && isFresh()) return;
  const started = Date.now();
  await build();
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT_DIR, MANIFEST), 'utf8'));
  process.stdout.write(`graphiql bundle: ${path.relative(ROOT, OUT_DIR)}/{${manifest.script},${manifest.stylesheet}} in ${Date.now() - started} ms\n`);
}

main().catch((error) => {
  process.stderr.write(`build-graphiql failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
