/**
 * The DuckDB engine reads its results a chunk (2048 rows) at a time and column by column, text that
 * repeats through a list of its words and other text in two pieces: on caseloads of several chunks
 * it still writes the JS engine's files byte for byte — from a CSV without blank rows (each record
 * numbered by DuckDB's row id), from one with blank rows and a quoted line break (numbered again),
 * and from Parquet.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { fixturesDir, kaidah } from './support/run-cli.js';

const rules = path.join(fixturesDir, 'engines/differential.kaidah');
const HEADER = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';
const DISTRICTS = ['Kabupaten Probolinggo', 'KAB. PROBOLINGGO', '3513', 'Kota Malang', 'Jember', 'Kab Jember', 'Kabupaten Bogor'];
const SUBDISTRICTS = ['Leces', 'Dringu', 'Kraksaan Ĝ', 'Pakuniran – Timur', 'Tegalsiwalan'];

/** Household `i` of a caseload: deterministic, the cells of every 11th and 97th dirty; keys past 12 bytes, some not ASCII. */
function row(i: number): string {
    const key = i % 5 === 0 ? `3513-${i}-Ñoño` : i % 5 === 1 ? String(3513000000000000 + i) : `K${i}`;
    const kab = DISTRICTS[i % DISTRICTS.length]!;
    const kec = SUBDISTRICTS[(i * 7) % SUBDISTRICTS.length]!;
    // a facilitator per household: too many distinct texts for a list of words
    const pdp = `PDP-${i % 3 === 0 ? 'ü' : ''}${i}`;
    const income = i % 97 === 0 ? 'abc' : i % 3 === 0 ? `Rp ${1 + (i % 3)}.${String(i % 1000).padStart(3, '0')}.000` : String((i * 104729) % 3_000_000);
    const attendance = `${60 + (i % 41)}%`;
    const business = i % 11 === 0 ? 'mungkin' : i % 2 === 0 ? 'ya' : 'tidak';
    const joined = `${1 + (i % 28)}/${1 + (i % 12)}/${2005 + (i % 19)}`;
    return [key, kab, kec, pdp, i % 4, i % 3, income, attendance, business, 1 + (i % 10), joined].join(';');
}

function writeCsv(lines: string[]): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-chunks-')), 'households.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    return file;
}

function run(data: string, engine: string[]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-chunks-out-'));
    const out = path.join(dir, 'decisions.csv');
    const result = kaidah(['run', rules, '--data', data, '--out', out, ...engine]);
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return { status: result.status, stdout: result.stdout.split(dir).join('DIR'), decisions: read(out), rejects: read(path.join(dir, 'decisions.rejects.csv')) };
}

const households = Array.from({ length: 5000 }, (_, i) => row(i + 1));

describe('caseloads of several chunks', () => {
    it('a CSV without blank rows: the same decisions, rejects and summary', () => {
        const data = writeCsv([HEADER, ...households]);
        const js = run(data, []);
        const duckdb = run(data, ['--engine', 'duckdb']);
        expect(js.status).toBe(0);
        // the caseload exercises what it claims: thousands decided, rejects on lines past the first chunk
        expect(js.decisions!.split('\n').length).toBeGreaterThan(4000);
        expect(js.rejects).toMatch(/households\.csv,4852,usaha,mungkin,/); // household 4851 = 11 × 441
        expect(js.decisions).toContain('3513-5000-Ñoño');
        expect(duckdb).toEqual(js);
    }, 120_000);

    it('a CSV with blank rows and a quoted line break: rejects name the file\'s lines', () => {
        const lines = [HEADER, ...households.slice(0, 2500), ';;;;;;;;;;', '', ...households.slice(2500)];
        const fields = lines[3001]!.split(';');
        fields[1] = `"${fields[1]}\nbaris"`; // a district cell holding a line break
        lines[3001] = fields.join(';');
        const data = writeCsv(lines);
        const js = run(data, []);
        const duckdb = run(data, ['--engine', 'duckdb']);
        expect(js.status).toBe(0);
        // household 4851, after two blank lines and a line break
        expect(js.rejects).toMatch(/households\.csv,4855,usaha,mungkin,/);
        expect(duckdb).toEqual(js);
    }, 120_000);

    it('Parquet: the decisions the JS engine gives for the same rows as CSV', async () => {
        const clean = households.filter((_, i) => (i + 1) % 97 !== 0 && (i + 1) % 11 !== 0);
        const csv = writeCsv([HEADER, ...clean]);
        const parquet = path.join(path.dirname(csv), 'households.parquet');
        const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
        const connection = await instance.connect();
        await connection.run(`COPY (SELECT * FROM read_csv('${csv}', delim = ';', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet)`);
        connection.closeSync();
        instance.closeSync();
        const js = run(csv, []);
        const duckdb = run(parquet, ['--engine', 'duckdb']);
        expect(js.status).toBe(0);
        expect(js.rejects).toBeUndefined();
        expect(duckdb.status).toBe(0);
        expect(duckdb.decisions).toBe(js.decisions);
    }, 120_000);
});
