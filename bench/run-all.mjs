// Runs every benchmark in bench/ (each `*.mjs` file but this one; helpers that are not benchmarks
// go in a subfolder or start with `_`) in turn, each in its own Node process so that one
// benchmark's warm JIT and heap do not flatter the next. Not part of `npm test`.
// Usage: npm run bench [-- NAME...]   (NAME: a benchmark's file name without `.mjs`, to run only those)

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const self = path.basename(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);

const benchmarks = readdirSync(benchDir)
    .filter((name) => name.endsWith('.mjs') && name !== self && !name.startsWith('_'))
    .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.mjs$/, '')))
    .sort();

if (benchmarks.length === 0) {
    console.error(wanted.length ? `no benchmark named ${wanted.join(', ')} in bench/` : 'no benchmarks in bench/');
    process.exit(2);
}

const failed = [];
for (const name of benchmarks) {
    console.log(`\n=== ${name} ${'='.repeat(Math.max(0, 72 - name.length))}\n`);
    const result = spawnSync(process.execPath, [path.join(benchDir, name)], { stdio: 'inherit' });
    if (result.status !== 0) failed.push(`${name} (exit ${result.status ?? result.signal})`);
}

console.log(`\n${benchmarks.length - failed.length} of ${benchmarks.length} benchmarks ran; results in bench/results/.`);
if (failed.length > 0) {
    console.error(`failed: ${failed.join(', ')}`);
    process.exit(1);
}
