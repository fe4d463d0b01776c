import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const examplesDir = path.join(repoRoot, 'examples/pkh');
export const fixturesDir = path.join(repoRoot, 'test/fixtures');
const bin = path.join(repoRoot, 'packages/cli/bin/kaidah.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `kaidah` command as a user would, in English unless told otherwise. */
export function kaidah(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
    const result = spawnSync(process.execPath, [bin, ...args], {
        cwd: options.cwd ?? repoRoot,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', ...options.env },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder holding a copy of the PKH examples, so tests may write outputs and extra rule files. */
export function scratchCopyOfExamples(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-test-'));
    cpSync(examplesDir, dir, { recursive: true });
    return dir;
}

/**
 * A CSV output as records, in either style Kaidah writes (output/csv-style.ts): plain, or for
 * Excel (`;` between cells, a BOM, number-like text written `="…"`, which is read back as its text).
 */
export function readCsv(filePath: string): Record<string, string>[] {
    const text = readFileSync(filePath, 'utf8');
    const excel = text.startsWith('\uFEFF') && /^[^\n,]*;/.test(text.slice(1));
    return parse(text, {
        columns: true,
        bom: true,
        delimiter: excel ? ';' : ',',
        cast: excel ? (value) => (/^="(.*)"$/s.test(value) ? value.slice(2, -1).replace(/""/g, '"') : value) : false,
    }) as Record<string, string>[];
}
