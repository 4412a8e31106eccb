#!/usr/bin/env node
// @ts-check
// Prints the client schema: the SDL a frontend's tooling reads (relay-compiler, graphql-codegen,
// Apollo Client / urql type generation, editors), without the Federation part that only routers
// need (`@link`, `_service`, `_entities`). Plain JS over schema/*.graphql and each provider's
// src/providers/<provider>/graph/*.graphql (the files codegen reads), so it needs no build:
//
//   npm run -s schema:print > schema.graphql
//
// The served schema is this one plus Federation's additions (two root fields, its directives and
// their types; src/schema.ts buildSchema); test/scripts/printSchema.test.ts checks the two agree.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { buildSchema, printSchema } = require('graphql');

const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
/** Keep in step with src/schema.ts FEDERATION_SDL: the one file plain GraphQL cannot build. */
const FEDERATION_SDL = 'federation.graphql';

const PROVIDERS_DIR = path.resolve(__dirname, '..', 'src', 'providers');

/** @param {string} dir @returns {string[]} the .graphql files of `dir`, sorted */
const graphqlFiles = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.graphql'))
        .sort()
        .map((name) => path.join(dir, name))
    : [];

const files = [
  ...graphqlFiles(SCHEMA_DIR).filter((file) => path.basename(file) !== FEDERATION_SDL),
  ...fs
    .readdirSync(PROVIDERS_DIR)
    .sort()
    .flatMap((provider) => graphqlFiles(path.join(PROVIDERS_DIR, provider, 'graph'))),
];
const sdl = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
process.stdout.write(`${printSchema(buildSchema(sdl))}\n`);
