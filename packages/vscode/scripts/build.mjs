#!/usr/bin/env node
// Builds the VS Code extension into packages/vscode/dist:
//   extension.cjs   the extension (CommonJS, as VS Code 1.90 loads extensions), vscode-languageclient inside
//   server.mjs      the language server, langium and all, in one ES module
//   cli.mjs         the `kaidah` command, for "Run on data file…" and "Run tests"
//   diagnostics.md  docs/diagnostics.md, which every diagnostic links to
//   test/extension-host-tests.cjs  the extension's tests for a real extension host (not packaged)
// With --package it then packages dist/ with vsce into packages/vscode/kaidah-<version>.vsix (offline), or
// --out FILE; --no-build packages the bundles already in dist/; --typecheck also type-checks src/.
// The server and the CLI are bundled from the compiled packages (packages/*/dist): run the root
// `npm run build` first (it runs this script last).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { esmBanner } from '../../cli/scripts/esm-banner.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = path.resolve(here, '..');
const repo = path.resolve(extensionDir, '../..');
const dist = path.join(extensionDir, 'dist');
const packageJson = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const args = new Set(process.argv.slice(2));
const started = Date.now();

const serverEntry = path.join(repo, 'packages/language/dist/lsp/main.js');
const cliMain = path.join(repo, 'packages/cli/dist/main.js');
for (const file of [serverEntry, cliMain]) {
    if (!existsSync(file)) {
        console.error(`kaidah-vscode: ${path.relative(repo, file)} is missing; run \`npm run build\` at the root first.`);
        process.exit(1);
    }
}

if (!args.has('--no-build')) {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });

    const common = {
        bundle: true,
        platform: 'node',
        target: 'node18',
        sourcemap: 'linked',
        sourcesContent: false,
        logLevel: 'warning',
        legalComments: 'none',
        minifyWhitespace: true,
        minifySyntax: true,
    };

    await Promise.all([
        esbuild.build({
            ...common,
            entryPoints: [path.join(extensionDir, 'src/extension.ts')],
            outfile: path.join(dist, 'extension.cjs'),
            format: 'cjs',
            external: ['vscode'],
        }),
        // The extension's own tests, for a real extension host (test/editor); never packaged.
        esbuild.build({
            ...common,
            entryPoints: [path.join(extensionDir, 'src/test/extension-host-tests.ts')],
            outfile: path.join(dist, 'test/extension-host-tests.cjs'),
            format: 'cjs',
            external: ['vscode'],
        }),
        esbuild.build({
            ...common,
            entryPoints: [serverEntry],
            outfile: path.join(dist, 'server.mjs'),
            format: 'esm',
            banner: {
                js: `${esmBanner}\n// The bundled server carries its own copy of docs/diagnostics.md.\n`
                    + "process.env.KAIDAH_DIAGNOSTICS_DOC ??= __kaidahFileURLToPath(new globalThis.URL('./diagnostics.md', import.meta.url));",
            },
        }),
        esbuild.build({
            ...common,
            stdin: {
                contents: `import { main } from ${JSON.stringify(cliMain)};\nprocess.exitCode = await main(process.argv);\n`,
                resolveDir: path.dirname(cliMain),
                sourcefile: 'kaidah-cli.js',
            },
            outfile: path.join(dist, 'cli.mjs'),
            format: 'esm',
            // The database engines load these on use; the editor's CLI runs the JS engine, so DuckDB's
            // native binary and node-postgres's optional native part stay out of the extension.
            external: ['@duckdb/node-api', 'pg-native'],
            banner: { js: esmBanner },
        }),
    ]);
    copyFileSync(path.join(repo, 'docs/diagnostics.md'), path.join(dist, 'diagnostics.md'));
    console.log(`kaidah-vscode: bundled extension, server and CLI into ${path.relative(repo, dist)} in ${Date.now() - started} ms`);
}

if (args.has('--typecheck') || (args.has('--package') && !args.has('--no-build'))) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(extensionDir, 'tsconfig.json')], { stdio: 'inherit' });
}

if (args.has('--package')) {
    const outIndex = process.argv.indexOf('--out');
    const vsix = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(extensionDir, `kaidah-${packageJson.version}.vsix`);
    const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
    // --no-dependencies: everything the extension needs is in dist/ (nothing is fetched).
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository',
        '--out', vsix], { cwd: extensionDir, stdio: 'inherit' });
    console.log(`kaidah-vscode: packaged ${path.relative(repo, vsix)} in ${Date.now() - started} ms`);
}
