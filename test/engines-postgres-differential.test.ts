/**
 * Three engines, one meaning: the JS engine (the reference), DuckDB (`--engine duckdb`) and
 * PostgreSQL (`--database`) give the same decisions file (explanations included), the same rejects
 * (row, column, value, reason) and the same summary — on every PKH example with its sample data, on
 * an export as officers send it, and on generated caseloads (fast-check) with dirty cells, district
 * spellings, duplicates, ties, shortfalls, per-unit targets, `% of households`, dated values,
 * `years since` and the cap. The same CSV text is loaded into a table of text columns; its rows
 * have the header's shape and no blank lines, so a row's number in the table is its line.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirtyRow } from './support/dirty-rows.js';
import { jemberSample } from './support/scoped-rules.js';
import { examplesDir, fixturesDir } from './support/run-cli.js';
import { runSide, type Side } from './support/engine-side.js';
import { postgresMissing, startPostgres, type PostgresServer } from './support/postgres-server.js';

const missing = postgresMissing();
if (missing !== undefined && process.env.KAIDAH_REQUIRE_POSTGRES) throw new Error(missing);
const differential = path.join(fixturesDir, 'engines/differential.kaidah');

describe.skipIf(missing !== undefined)(`JS, DuckDB and PostgreSQL decide alike${missing === undefined ? '' : ` (skipped: ${missing})`}`, () => {
    let server: PostgresServer;
    let tables = 0;
    beforeAll(async () => {
        server = await startPostgres();
    }, 120_000);
    afterAll(() => server?.stop());


    async function runAll(rules: string, csv: string, extra: string[] = []): Promise<{ js: Side; duckdb: Side; postgres: Side }> {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'kaidah-engines3-data-')), 'households.csv');
        writeFileSync(file, csv);
        const table = `households_${++tables}`;
        await server.loadCsv(table, csv);
        const shown = path.relative(process.cwd(), file);
        return {
            js: runSide(['run', rules, '--data', file, ...extra], shown),
            duckdb: runSide(['run', rules, '--data', file, '--engine', 'duckdb', ...extra], shown),
            postgres: runSide(['run', rules, '--database', server.url, '--table', table, ...extra], table),
        };
    }

    function expectSame(all: { js: Side; duckdb: Side; postgres: Side }): void {
        for (const engine of [all.postgres, all.duckdb]) {
            expect(engine.stderr).toBe(all.js.stderr);
            expect(engine.status).toBe(all.js.status);
            expect(engine.stdout).toBe(all.js.stdout);
            expect(engine.rejects).toBe(all.js.rejects);
            expect(engine.decisions).toBe(all.js.decisions);
        }
    }

    describe('every PKH example with its sample data', () => {
        for (const example of readdirSync(examplesDir).filter((f) => f.endsWith('.kaidah'))) {
            const data = example === 'probolinggo.kaidah' ? 'probolinggo-sample.csv' : 'households-sample.csv';
            it(`${example} on ${data}`, async () => {
                // jember.kaidah (district-scoped rules) on the sample with Pandeglang's households in Jember
                const csv = example === 'jember.kaidah' ? jemberSample() : readFileSync(path.join(examplesDir, 'data', data), 'utf8');
                const all = await runAll(path.join(examplesDir, example), csv);
                expect(all.js.status).toBe(0);
                expectSame(all);
            }, 120_000);
        }
    });

    const HEADER = 'no;kab;kec;pdp;anak;lansia;gaji;hadir;usaha;desil;masuk';

    it('an export as officers send it: dirty cells, spellings, duplicates and conflicts, in both languages', async () => {
        const csv = [
            HEADER,
            '351301;Kabupaten Probolinggo;Leces;PDP-A;1;0;Rp 1.500.000;85%;ya;3;01/03/2015',
            '351302;KAB. PROBOLINGGO;Leces;pdp-a ;0;0;Rp 2.000.000,50;0,9;YA;2;2016-07-15',
            '351303;3513;Dringu;PDP-B;2;1;1.250.000;90;Tidak;5;1/1/2010',
            '351304;PROBOLINGGO;Dringu;PDP-B;1;0;Rp 1,5 juta;80%;ya;4;29/02/2016',
            '351305;Kota Malang;Klojen;PDP-M;0;2;Rp 3.000.000,-;85%;y;3;01/03/2019',
            '351306;Jember;Kaliwates;PDP-J;0;0;500000;100%;tidak;1;31/12/2000',
            '351307;Kab Jember;Kaliwates;PDP-J;1;1;abc;85%;ya;3;01/03/2015',
            '3.51E+15;Jember;Kaliwates;PDP-J;1;1;Rp 1.000.000;85%;ya;3;01/03/2015',
            '351309;Jember;Kaliwates;PDP-J;-1;1,5;Rp 1.000.000,005;150%;mungkin;11;31/02/2015',
            '351301;Kabupaten Probolinggo;Leces;PDP-A;1;0;1500000;85%;ya;3;2015-03-01',
            '351306;Jember;Kaliwates;PDP-J;0;0;600000;100%;tidak;1;31/12/2000',
            '351306;Jember;Kaliwates;PDP-J;0;0;600000;100%;tidak;1;31/12/2000',
            '351315;Kabupaten Bogor;X;Y;0;0;1;1%;ya;3;01/03/2015',
            '351316;;Leces;PDP-A;0;0;1;85%;ya;3;01/03/2015',
            '351317;Kabupaten Probolinggo;Leces;PDP-A;0;0;9007199254740993;85%;ya;3;01/03/2015',
            '351318;Kabupaten Probolinggo;Leces;PDP-A;0;0;;85%;;3;',
        ].join('\r\n') + '\r\n';
        const all = await runAll(differential, csv);
        expect(all.js.rejects).toContain('with different data');
        expectSame(all);
        expectSame(await runAll(differential, csv, ['--lang', 'id']));
    }, 240_000);

    // a row that is not blank: a table holds no blank rows, a file may
    const row = dirtyRow.filter((line) => line.replace(/[;\s]/g, '') !== '');

    it('generated caseloads: the three engines agree', async () => {
        await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), async (rows) => {
            expectSame(await runAll(differential, `${[HEADER, ...rows].join('\r\n')}\r\n`));
        }), { numRuns: 6 });
    }, 400_000);
});
