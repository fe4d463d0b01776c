#!/usr/bin/env node
// Bundles the compiled `kaidah` command (packages/cli/dist, from `tsc -b`) into one module, and the
// caseload's worker thread into another beside it, in packages/cli/bundle/: beside dist/, so that
// what the code finds next to itself (../package.json, ./worker.js) is where it is for the compiled
// modules. Node loads one file in far less time than it takes to find and load the modules the
// command imports (about 1.900 files: langium, chevrotain, lodash-es, exceljs): every command
// starts sooner (`kaidah check` 0,6 s → 0,3 s). bin/kaidah.js runs the bundle.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { esmBanner } from './esm-banner.mjs';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(cli, 'dist');
const out = path.join(cli, 'bundle');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: esmBanner },
    // loaded on use, from node_modules: DuckDB's native binary, node-postgres (with its optional native
    // part) and ExcelJS (its dependencies call the deprecated Buffer(), which Node warns of outside
    // node_modules: bundled, every .xlsx run printed the warning), and the zip reader a
    // workbook's layout is read with (data/sheet-layout.ts), for the same reason
    external: ['@duckdb/node-api', 'pg', 'pg-native', 'exceljs', 'unzipper'],
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(dist, 'main.js')], outfile: path.join(out, 'main.js') }),
    esbuild.build({ ...common, entryPoints: [path.join(dist, 'caseload/parallel/worker.js')], outfile: path.join(out, 'worker.js') }),
    esbuild.build({ ...common, entryPoints: [path.join(dist, 'engines/duckdb/duckdb-explain-worker.js')], outfile: path.join(out, 'duckdb-explain-worker.js') }),
]);
