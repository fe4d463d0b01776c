/**
 * The JS engine and DuckDB (`kaidah run --engine duckdb`) decide alike: the same decisions file,
 * byte for byte (explanations included), the same rejects file (row, column, value, reason) and
 * the same summary on the terminal — on every PKH example with its sample data, on hand-made
 * exports full of what officers' files hold, and on generated caseloads (fast-check) that exercise
 * dirty cells, district spellings, repeats, ties, shortfalls, per-unit targets, `% of households`,
 * dated values, `years since` and the cap.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirtyRow } from './support/dirty-rows.js';
import { jemberSample } from './support/scoped-rules.js';
import { examplesDir, fixturesDir, kaidah } from './support/run-cli.js';

const differential = path.join(fixturesDir, 'engines/differential.kaidah');

interface Side {
    status: number | null;
    stdout: string;
    stderr: string;
    decisions?: string;
    rejects?: string;
    worklists?: Record<string, string>;
}

function runBoth(rules: string, data: string, extra: string[] = [], withWorklists = false): { js: Side; duckdb: Side } {
    const run = (engine: string[]): Side => {
        const dir = mkdtempSync(path.join(tmpdir(), 'kaidah-engines-'));
        const out = path.join(dir, 'decisions.csv');
        const lists = path.join(dir, 'worklists');
        const result = kaidah(['run', rules, '--data', data, '--out', out, ...(withWorklists ? ['--worklists', lists] : []), ...extra, ...engine]);
        const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
        const worklists = existsSync(lists) ? Object.fromEntries(readdirSync(lists).map((f) => [f, readFileSync(path.join(lists, f), 'utf8')])) : undefined;
        return {
            status: result.status,
            stdout: result.stdout.split(dir).join('DIR'),
            stderr: result.stderr.split(dir).join('DIR'),
            decisions: read(out),
            rejects: read(path.join(dir, 'decisions.rejects.csv')),
            ...(worklists === undefined ? {} : { worklists }),
        };
    };
    return { js: run([]), duckdb: run(['--engine', 'duckdb']) };
}

function expectSame(both: { js: Side; duckdb: Side }): void {
    expect(both.duckdb.stderr).toBe(both.js.stderr);
    expect(both.duckdb.status).toBe(both.js.status);
    expect(both.duckdb.stdout).toBe(both.js.stdout);
    expect(both.duckdb.rejects).toBe(both.js.rejects);
    expect(both.duckdb.decisions).toBe(both.js.decisions);
    expect(both.duckdb.worklists).toEqual(both.js.worklists);
}

describe('every PKH example with its sample data', () => {
    const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.kaidah'));
    for (const example of examples) {
        const data = example === 'probolinggo.kaidah' ? 'probolinggo-sample.csv' : 'households-sample.csv';
        it(`${example} on ${data}`, () => {
            // jember.kaidah (district-scoped rules) on the sample with Pandeglang's households in Jember
            const file = example === 'jember.kaidah' ? writeData(jemberSample().trimEnd().split('\n')) : path.join(examplesDir, 'data', data);
            const both = runBoth(path.join(examplesDir, example), file);
            expect(both.js.status).toBe(0);
            expectSame(both);
        });
    }
});

const HEADER = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';

function writeData(lines: string[]): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-engines-data-')), 'households.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    return file;
}

describe('an export as officers send it', () => {
    const data = writeData([
        `\uFEFF${HEADER}`,
        '351301;Kabupaten Probolinggo;Leces;PDP-A;1;0;Rp 1.500.000;85%;ya;3;01/03/2015',
        '351302;KAB. PROBOLINGGO;Leces;pdp-a ;0;0;Rp 2.000.000,50;0,9;YA;2;2016-07-15',
        '351303;3513;Dringu;PDP-B;2;1;1.250.000;90;Tidak;5;1/1/2010',
        '351304;PROBOLINGGO;Dringu;PDP-B;1;0;Rp 1,5 juta;80%;ya;4;29/02/2016',
        '351305;Kota Malang;Klojen;PDP-M;0;2;Rp 3.000.000,-;85%;y;3;01/03/2019',
        '351306;Jember;Kaliwates;PDP-J;0;0;500000;100%;tidak;1;31/12/2000',
        '351307;Kab Jember;Kaliwates;PDP-J;1;1;abc;85%;ya;3;01/03/2015',
        '3.51E+15;Jember;Kaliwates;PDP-J;1;1;Rp 1.000.000;85%;ya;3;01/03/2015',
        '351309;Jember;Kaliwates;PDP-J;-1;1,5;Rp 1.000.000,005;150%;mungkin;11;31/02/2015',
        '351310;Jember;Kaliwates;PDP-J;1;1;1234.567;0,85;ya;3;01/03/24',
        '351301;Kabupaten Probolinggo;Leces;PDP-A;1;0;1500000;85%;ya;3;2015-03-01',
        '351306;Jember;Kaliwates;PDP-J;0;0;600000;100%;tidak;1;31/12/2000',
        '351306;Jember;Kaliwates;PDP-J;0;0;600000;100%;tidak;1;31/12/2000',
        '351311;Jember;Kaliwates;PDP-J;1;1',
        '351312;Jember;Kaliwates;PDP-J;1;1;Rp 1.000.000;85%;ya;3;01/03/2015;extra',
        '351313;Jember;Kaliwates;PDP-J;1;1;Rp 1.000.000;85%;ya;3;01/03/2015;;',
        ';;;;;;;;;;',
        '',
        '351314;"Kabupaten',
        'Probolinggo";Leces;PDP-A;0;0;Rp 900.000;85%;ya;2;01/03/2015',
        '351315;Kabupaten Bogor;X;Y;0;0;1;1%;ya;3;01/03/2015',
        '351316;;Leces;PDP-A;0;0;1;85%;ya;3;01/03/2015',
        '351317;Kabupaten Probolinggo;Leces;PDP-A;0;0;9007199254740993;85%;ya;3;01/03/2015',
        '351318;Kabupaten Probolinggo;Leces;PDP-A;0;0;;85%;;3;',
    ]);

    it('decides and rejects alike, with lines, reasons and repeats', () => {
        const both = runBoth(differential, data, [], true);
        expect(both.js.rejects).toContain('with different data');
        expect(Object.keys(both.js.worklists ?? {}).length).toBeGreaterThan(0);
        expectSame(both);
    });

    it('alike in Indonesian too', () => {
        expectSame(runBoth(differential, data, ['--lang', 'id']));
    });
});

describe('generated caseloads', () => {
    it('JS and DuckDB agree on decisions, rejects and summaries', () => {
        fc.assert(fc.property(fc.array(dirtyRow, { minLength: 1, maxLength: 60 }), (rows) => {
            const both = runBoth(differential, writeData([HEADER, ...rows]));
            expectSame(both);
        }), { numRuns: 8 });
    }, 240_000);
});
