/**
 * One engine's side of a differential test: `kaidah` run with `--out` into a fresh folder, its
 * decisions, rejects and messages read back with the folder and the data's name (a file for JS
 * and DuckDB, a table for PostgreSQL) both written as DIR and DATA, so that the sides compare.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { kaidah } from './run-cli.js';

export interface Side { status: number | null; stdout: string; stderr: string; decisions?: string; rejects?: string }

/** The line PostgreSQL alone prints (where it stored the decisions), left out of the comparison. */
const STORED = /^(Decisions of .* stored in the table|Keputusan .* disimpan di tabel) /;

export function runSide(args: string[], name: string): Side {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-engines-side-'));
    const out = path.join(dir, 'decisions.csv');
    const result = kaidah([...args, '--out', out]);
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split(name).join('DATA') : undefined);
    const clean = (text: string) => text.split(dir).join('DIR').split(name).join('DATA').split('\n').filter((l) => !STORED.test(l)).join('\n');
    return { status: result.status, stdout: clean(result.stdout), stderr: clean(result.stderr), decisions: read(out), rejects: read(path.join(dir, 'decisions.rejects.csv')) };
}
