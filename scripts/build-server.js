#!/usr/bin/env node
// @ts-check
// Compiles the server (src/ → dist/src/) with tsc, incrementally: tsconfig.build.json sets
// `incremental` with its buildinfo in dist/, so an unchanged tree is checked in ~2 s instead of
// compiled in 5-14 s (2 shared cores) and `npm start` (prestart) answers in seconds from the second
// start on. tsc re-checks every
// input by content hash, so any source change is rebuilt, whatever its mtime.
//
// tsc trusts its buildinfo for what it emitted: an output deleted since (dist/src/x.js removed, or
// dist/src wiped with the buildinfo kept) is never written again. So when any output is missing,
// the buildinfo is dropped first, and tsc compiles everything.
//
//   node scripts/build-server.js                          build (npm run build; prestart)
//   node scripts/build-server.js --project <tsconfig>     another project (tests)
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');

/** @param {string} project @returns {import('typescript').ParsedCommandLine} */
function parseProject(project) {
  /** @type {import('typescript').ParseConfigFileHost} */
  const host = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic(diagnostic) {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(project, undefined, host);
  if (parsed === undefined) throw new Error(`cannot read ${project}`);
  return parsed;
}

/**
 * The files tsc would write for the project's inputs (.js, .js.map, ...) that are not on disk.
 * @param {import('typescript').ParsedCommandLine} parsed
 * @returns {string[]}
 */
function missingOutputs(parsed) {
  const ignoreCase = !ts.sys.useCaseSensitiveFileNames;
  return parsed.fileNames.flatMap((file) => ts.getOutputFileNames(parsed, file, ignoreCase)).filter((output) => !fs.existsSync(output));
}

function main() {
  const flag = process.argv.indexOf('--project');
  const project = path.resolve(flag === -1 ? path.join(ROOT, 'tsconfig.build.json') : (process.argv[flag + 1] ?? ''));
  const parsed = parseProject(project);
  const buildInfo = ts.getTsBuildInfoEmitOutputFilePath(parsed.options);
  if (buildInfo !== undefined && fs.existsSync(buildInfo)) {
    const missing = missingOutputs(parsed);
    if (missing.length > 0) {
      process.stdout.write(`build-server: ${missing.length} compiled file(s) missing (e.g. ${path.relative(process.cwd(), missing[0] ?? '')}): full rebuild\n`);
      fs.rmSync(buildInfo);
    }
  }
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}

main();
