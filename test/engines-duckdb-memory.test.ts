/**
 * DuckDB short of memory is the officer's problem to solve, not an internal error: the run says
 * how much DuckDB had and how to give it more, in the officer's language, and writes nothing.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const sample = path.join(examplesDir, 'data/households-sample.csv');

describe('kaidah run --engine duckdb with too little memory', () => {
    for (const [lang, said] of [
        ['en', 'DuckDB needed more memory than the 16MB it may use, and nothing was written. Give it more with KAIDAH_DUCKDB_MEMORY'],
        ['id', 'DuckDB membutuhkan memori lebih dari 16MB yang boleh dipakainya, dan tidak ada yang ditulis. Beri lebih banyak dengan KAIDAH_DUCKDB_MEMORY'],
    ] as const) {
        it(`says how to give it more (${lang}), exit 1, no output`, () => {
            const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-duckdb-memory-')), 'decisions.csv');
            const result = kaidah(['run', '--lang', lang, '--data', sample, '--engine', 'duckdb', '--out', out], { env: { KAIDAH_DUCKDB_MEMORY: '16MB' } });
            expect(result.status).toBe(1);
            expect(result.stderr).toContain(said);
            expect(result.stderr).not.toMatch(/internal error|kesalahan internal/i);
            expect(existsSync(out)).toBe(false);
        });
    }

    it('runs with the memory KAIDAH_DUCKDB_MEMORY gives', () => {
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-duckdb-memory-')), 'decisions.csv');
        const result = kaidah(['run', '--data', sample, '--engine', 'duckdb', '--out', out], { env: { KAIDAH_DUCKDB_MEMORY: '512MB' } });
        expect(result.status).toBe(0);
        expect(existsSync(out)).toBe(true);
    });
});
