/**
 * `--engine duckdb` explains the decided households in a thread beside the main one, which makes the
 * CSV decision lines too, or in the main thread (`--threads 1`): either way, and for every format
 * of decisions file, the JS engine's files byte for byte, over caseloads of several chunks.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const rules = path.join(examplesDir, 'field-reports.kaidah');
// 3.000 households: a chunk of 2.048 and one more, with candidates in both
const data = path.join(examplesDir, 'data/households-sample.csv');

function run(out: string, args: string[]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-explain-threads-'));
    const file = path.join(dir, out);
    const result = kaidah(['run', rules, '--data', data, '--out', file, ...args]);
    return { status: result.status, stderr: result.stderr, decisions: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
}

describe('DuckDB decisions explained beside the main thread or in it', () => {
    for (const [out, options] of [['decisions.csv', []], ['decisions.csv', ['--mask', '--csv', 'excel']], ['decisions.json', []]] as const) {
        it(`${out} ${options.join(' ')}: the JS engine's bytes`, () => {
            const js = run(out, [...options]);
            expect(js.status).toBe(0);
            expect(js.decisions!.length).toBeGreaterThan(100_000);
            for (const threads of ['1', '2', '3']) {
                expect(run(out, [...options, '--engine', 'duckdb', '--threads', threads])).toEqual(js);
            }
        }, 120_000);
    }
});
