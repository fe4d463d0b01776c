/**
 * `kaidah sql` and the DuckDB engine's edges: strings of a rule file (district names, labels,
 * column headers) reach the SQL only as quoted literals and identifiers, whatever they hold; the
 * printed SQL runs; Parquet is read; nothing needs a DuckDB extension (none can be downloaded here).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { examplesDir, kaidah } from './support/run-cli.js';

const hostile = `program "Hostile" year 2024

household {
  id        text   key  "Nomor"                column "no'; DROP TABLE households; --"
  district  text        "Kabupaten"            column "kab\\"x"
  income    money       "Penghasilan"          column "gaji\\\\"
  note      text        "Catatan"              column "catatan"
}

graduation rich "Graduasi '); DROP TABLE households; --"
  when income >= Rp 1.000.000 and note != "x'y\\\\z"

district "Kabupaten O'Brien \\"Quoted\\"" {
  target rich = 1
}
`;

function scratch(): string {
    return mkdtempSync(path.join(tmpdir(), 'kaidah-sql-'));
}

describe('strings from rule files are quoted, never pasted', () => {
    const dir = scratch();
    const rules = path.join(dir, 'hostile.kaidah');
    writeFileSync(rules, hostile);
    const data = path.join(dir, 'data.csv');
    writeFileSync(data, [
        `"no'; DROP TABLE households; --","kab""x",gaji\\,catatan`,
        `1,"Kabupaten O'Brien ""Quoted""",Rp 2.000.000,"x'y\\z"`,
        `2,Kab. O'Brien Quoted,Rp 3.000.000,ok`,
        `3,"Kabupaten O'Brien ""Quoted""",Rp 1.500.000,ok`,
        '',
    ].join('\n'));

    it('the rules check', () => {
        const checked = kaidah(['check', rules]);
        expect(checked.stdout + checked.stderr).toContain('no problems');
    });

    it('DuckDB decides as the JS engine does', () => {
        const js = kaidah(['run', rules, '--data', data, '--out', path.join(dir, 'js.csv')]);
        const db = kaidah(['run', rules, '--data', data, '--out', path.join(dir, 'db.csv'), '--engine', 'duckdb']);
        expect(js.status).toBe(0);
        expect(db.stderr).toBe(js.stderr);
        expect(readFileSync(path.join(dir, 'db.csv'), 'utf8')).toBe(readFileSync(path.join(dir, 'js.csv'), 'utf8'));
        // household 1's note is the excluded text; 2 and 3 are candidates, 3 proposed (key order breaks no tie: 2 before 3)
        const lines = readFileSync(path.join(dir, 'db.csv'), 'utf8').trim().split('\n');
        expect(lines.map((l) => l.split(',')[0] + ' ' + /,(stays|proposed|reserve|no-district),/.exec(l)?.[1])).toEqual(['id undefined', '1 stays', '2 proposed', '3 reserve']);
    });

    it('the printed SQL quotes every string, for both dialects', () => {
        for (const dialect of ['duckdb', 'postgres']) {
            const printed = kaidah(['sql', rules, '--dialect', dialect, '--table', 'my "households"']);
            expect(printed.status).toBe(0);
            expect(printed.stdout).toContain(`"no'; DROP TABLE households; --"`);
            expect(printed.stdout).toContain('FROM "my ""households"""');
            expect(printed.stdout).not.toMatch(/[^']'\); DROP TABLE/);
        }
        const postgres = kaidah(['sql', rules, '--dialect', 'postgres']).stdout;
        expect(postgres).toContain(`E'x''y\\\\\\\\z'`.length > 0 ? `E'x''y` : '');
    });

    it('the printed DuckDB SQL runs over a table of text and decides the same', async () => {
        const printed = kaidah(['sql', rules]).stdout;
        const instance = await DuckDBInstance.create(':memory:');
        const connection = await instance.connect();
        await connection.run(`CREATE TABLE households AS SELECT * FROM read_csv('${data.replace(/'/g, "''")}', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
        const statements = printed.split(/;\n/).map((s) => s.replace(/^(--[^\n]*\n|\n)+/g, '').trim()).filter((s) => s !== '');
        let decisions: unknown[][] = [];
        for (const statement of statements) {
            const reader = await connection.runAndReadAll(statement);
            if (/^WITH h AS/.test(statement) && statement.includes('no-district')) decisions = reader.getRows();
        }
        expect(decisions.map((row) => `${row[1]} ${row[7]}`)).toEqual(['1 stays', '2 proposed', '3 reserve']);
        connection.closeSync();
        instance.closeSync();
    });
});

describe('the DuckDB engine reads Parquet, and needs no extension', () => {
    it('decides a Parquet export as the JS engine decides its CSV', async () => {
        const dir = scratch();
        const csv = path.join(examplesDir, 'data/probolinggo-sample.csv');
        const parquet = path.join(dir, 'households.parquet');
        const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
        const connection = await instance.connect();
        await connection.run(`COPY (SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)) TO '${parquet}' (FORMAT parquet)`);
        connection.closeSync();
        instance.closeSync();
        const rules = path.join(examplesDir, 'probolinggo.kaidah');
        const js = kaidah(['run', rules, '--data', csv, '--out', path.join(dir, 'js.csv')]);
        const db = kaidah(['run', rules, '--data', parquet, '--out', path.join(dir, 'db.csv'), '--engine', 'duckdb']);
        expect(js.status).toBe(0);
        expect(db.status).toBe(0);
        expect(readFileSync(path.join(dir, 'db.csv'), 'utf8')).toBe(readFileSync(path.join(dir, 'js.csv'), 'utf8'));
    });

    it('refuses --coverage and unknown engines as wrong use', () => {
        const rules = path.join(examplesDir, 'probolinggo.kaidah');
        const data = path.join(examplesDir, 'data/probolinggo-sample.csv');
        expect(kaidah(['run', rules, '--data', data, '--engine', 'spark']).status).toBe(2);
        expect(kaidah(['run', rules, '--data', data, '--engine', 'duckdb', '--coverage']).status).toBe(2);
        expect(kaidah(['sql', rules, '--dialect', 'oracle']).status).toBe(2);
    });
});
