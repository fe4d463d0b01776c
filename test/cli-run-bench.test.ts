/**
 * The caseload benchmark (bench/run-caseload.mjs) on a small caseload: Kaidah (JS and DuckDB engines), the hand-written
 * program and json-rules-engine must decide every household alike, or the benchmark compares
 * nothing. The timings themselves are `npm run bench`'s business, not a test's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/run-cli.js';

describe('bench/run-caseload.mjs', () => {
    it('runs all programs on 3.000 households, and they all decide alike', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-bench-test-'));
        const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench/run-caseload.mjs')], {
            cwd: repoRoot,
            encoding: 'utf8',
            env: { ...process.env, BENCH_HOUSEHOLDS: '3000', BENCH_REPS: '1', BENCH_DATA_DIR: dir, BENCH_RESULTS_DIR: dir },
        });
        expect(result.stderr).not.toContain('failed');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Decisions: all 5 programs give every one of the 3.000 households the same category, status and rank.');
        expect(result.stdout).toMatch(/kaidah run \(field-reports\.kaidah\) +[\d,]+ s +[\d,]+ s +[\d,]+× +[\d,]+× +[\d.]+ MB/);
        const saved = JSON.parse(readFileSync(path.join(dir, 'caseload-3000.json'), 'utf8')) as { sameDecisions: boolean; programs: { id: string }[] };
        expect(saved.sameDecisions).toBe(true);
        expect(saved.programs.map((p) => p.id)).toEqual(['kaidah', 'duckdb', 'hand', 'hand-decisions', 'jre']);
    }, 120_000);
});
