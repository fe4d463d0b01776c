/**
 * The caseload benchmark (bench/run-caseload.mjs) on a small caseload: Kaidah (JS engine, DuckDB
 * on CSV and Parquet, PostgreSQL where installed), DuckDB's own query, the bare splitter, the
 * hand-written program and json-rules-engine must decide every household alike, or the benchmark
 * compares nothing. The timings themselves are `npm run bench`'s business, not a test's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from './support/run-cli.js';
import { postgresMissing } from './support/postgres-server.js';

describe('bench/run-caseload.mjs', () => {
    it('runs all programs on 3.000 households, and they all decide alike', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-bench-test-'));
        onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
        const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench/run-caseload.mjs')], {
            cwd: repoRoot,
            encoding: 'utf8',
            env: { ...process.env, BENCH_HOUSEHOLDS: '3000', BENCH_REPS: '1', BENCH_DATA_DIR: dir, BENCH_RESULTS_DIR: dir },
        });
        expect(result.stderr).not.toContain('failed');
        expect(result.status).toBe(0);
        const ids = ['kaidah', 'duckdb', 'parquet', 'duckdb-sql', ...(postgresMissing() === undefined ? ['postgres'] : []), 'bare', 'hand', 'hand-decisions', 'jre'];
        expect(result.stdout).toContain(`Decisions: all ${ids.length} programs give every one of the 3.000 households the same category, status and rank.`);
        expect(result.stdout).toMatch(/Goal: kaidah run --engine duckdb on Parquet at most 0,50× the bare splitter's wall time: [\d,]+× \(CPU [\d,]+×\) — (met|not met)\./);
        expect(result.stdout).toMatch(/kaidah run \(field-reports\.kaidah\) +[\d,]+ s +[\d,]+ s +([\d,]+× +){4}[\d.]+ MB/);
        const saved = JSON.parse(readFileSync(path.join(dir, 'caseload-3000.json'), 'utf8')) as { sameDecisions: boolean; programs: { id: string }[] };
        expect(saved.sameDecisions).toBe(true);
        expect(saved.programs.map((p) => p.id)).toEqual(ids);
    }, 300_000);
});
